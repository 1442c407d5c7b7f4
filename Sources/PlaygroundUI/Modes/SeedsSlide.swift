import Foundation
import Playground

/// The seeds view as a slide (`E` in the view): 1280×720 SVG with the setup and the share that reaches the
/// goal on top, and every run as the view shows it: its final decision boundary framed by how it ended
/// (thick: reached the goal, thin: did not, dashed: diverged; not by hue, which the classes use), its final test
/// loss and accuracy under it.
enum SeedsSlide {
    static func render(_ seeds: SeedsView, name: String, classCount: Int) -> String {
        typealias S = SlideSVG
        var svg = S.Builder()
        let (width, height) = (Double(S.width), Double(S.height))
        svg.open(
            ##"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="\##(S.width)" height="\##(S.height)" viewBox="0 0 \##(S.width) \##(S.height)" font-family="Helvetica, Arial, sans-serif">"##
        )
        svg.add(##"<rect x="0" y="0" width="\##(S.width)" height="\##(S.height)" fill="#ffffff"/>"##)
        let heading = "\(name) · \(seeds.runs) runs × \(seeds.epochs) epochs"
        let size = Swift.min(30, Int((width - 80) / (0.62 * Double(heading.count))))  // long names: smaller
        svg.add(
            ##"<text x="40" y="50" font-size="\##(size)" font-weight="bold" fill="#222222">\##(S.escape(heading))</text>"##
        )
        let line = seeds.summaryLine
        svg.add(##"<text x="40" y="84" font-size="21" fill="#333333">\##(S.escape(line))</text>"##)
        let key =
            "\(seeds.vary.words) each run · thick frame: reached \(seeds.goalWords) · thin: did not · dashed: diverged"
        svg.add(##"<text x="40" y="112" font-size="16" fill="#777777">\##(S.escape(key))</text>"##)
        let (top, label) = (130.0, 40.0)
        let grid = tiles(seeds.runs, width: width - 80, height: height - top - 20, label: label)
        svg.open(##"<g id="runs" shape-rendering="crispEdges">"##)
        for index in 0..<seeds.runs {
            let x = 40 + Double(index % grid.columns) * grid.pitch.x + (grid.pitch.x - grid.side) / 2
            let y = top + Double(index / grid.columns) * grid.pitch.y
            tile(index, seeds, classCount: classCount, into: &svg, x: x, y: y, side: grid.side)
        }
        svg.close("</g>")
        svg.close("</svg>")
        return svg.text
    }

    /// The columns and the largest square that fit `count` tiles (each with a label row under it) in the area.
    private static func tiles(_ count: Int, width: Double, height: Double, label: Double)
        -> (columns: Int, side: Double, pitch: (x: Double, y: Double))
    {
        var best = (columns: 1, side: 0.0)
        for columns in 1...Swift.max(1, count) {
            let rows = (count + columns - 1) / columns
            let side = Swift.min(width / Double(columns) - 16, height / Double(rows) - label - 10)
            if side > best.side { best = (columns, side) }
        }
        let rows = Double((count + best.columns - 1) / best.columns)
        return (best.columns, best.side, (width / Double(best.columns), height / rows))
    }

    private static func tile(
        _ index: Int, _ seeds: SeedsView, classCount: Int, into svg: inout SlideSVG.Builder, x: Double, y: Double,
        side: Double
    ) {
        typealias S = SlideSVG
        let f = S.f
        let tile = seeds.tiles[index]
        svg.open(##"<g class="run">"##)
        if let tile, !tile.run.diverged, tile.grid.width > 1 {
            let grid = tile.grid
            let pixels = Pixels(
                grid: grid, width: grid.width, height: grid.height, classCount: classCount, discretize: false)
            let (cellWidth, cellHeight) = (side / Double(grid.width), side / Double(grid.height))
            for row in 0..<grid.height {
                var column = 0
                while column < grid.width {  // runs of one colour as one rectangle
                    let color = pixels.color(column: column, pixelRow: row)
                    var end = column + 1
                    while end < grid.width, pixels.color(column: end, pixelRow: row) == color { end += 1 }
                    svg.add(
                        ##"<rect x="\##(f(x + Double(column) * cellWidth))" y="\##(f(y + Double(row) * cellHeight))" width="\##(f(Double(end - column) * cellWidth + 0.3))" height="\##(f(cellHeight + 0.3))" fill="\##(S.hex(color))"/>"##
                    )
                    column = end
                }
            }
        } else {
            svg.add(
                ##"<rect x="\##(f(x))" y="\##(f(y))" width="\##(f(side))" height="\##(f(side))" fill="\##(S.hex(Palette.neutral))"/>"##
            )
            let words = tile == nil ? "training" : "diverged"
            svg.add(
                ##"<text x="\##(f(x + side / 2))" y="\##(f(y + side / 2 + 6))" font-size="16" text-anchor="middle" fill="#a02828">\##(words)</text>"##
            )
        }
        let (stroke, widthOfLine, dash, mark): (String, Double, String, String) =
            switch seeds.outcome(of: index) {
            case .reached: ("#1e1e1e", 6, "", "✓")
            case .missed: ("#8a8a8a", 1.5, "", "✗")
            case .diverged: ("#1e1e1e", 3, ##" stroke-dasharray="8 5""##, "✕")
            case nil: ("#bbbbbb", 1, "", "…")
            }
        svg.add(
            ##"<rect x="\##(f(x))" y="\##(f(y))" width="\##(f(side))" height="\##(f(side))" fill="none" stroke="\##(stroke)" stroke-width="\##(f(widthOfLine))"\##(dash)/>"##
        )
        let caption = "\(mark) \(seeds.vary.runName) \(seeds.seed(of: index))"
        var figures = ""
        if let run = tile?.run, !run.diverged {
            figures = "test loss \(NumberFormat.significant(run.finalTestLoss, digits: 2))"
            if let accuracy = run.testAccuracy { figures += " · \(Int((accuracy * 100).rounded()))%" }
        }
        svg.add(
            ##"<text x="\##(f(x + side / 2))" y="\##(f(y + side + 18))" font-size="14" font-weight="bold" text-anchor="middle" fill="#333333">\##(S.escape(caption))</text>"##
        )
        svg.add(
            ##"<text x="\##(f(x + side / 2))" y="\##(f(y + side + 34))" font-size="13" text-anchor="middle" fill="#555555">\##(S.escape(figures))</text>"##
        )
        svg.close("</g>")
    }
}
