import Playground

/// The heatmap's frame as a plot: x1 ticks (−6, 0, 6) on its bottom border, x2 ticks in the two columns
/// left of it, and a colour scale on its top border saying what the colours mean (−1 … +1 for two classes
/// and regression; one swatch per class for more).
enum HeatmapAxes {
    /// Writes the ticks for the pixel area `area` (inside `frame`) and the y ticks into `axis` (may be empty).
    static func draw(area: Rect, frame: Rect, axis: Rect, into screen: inout Screen) {
        let bottom = frame.y + frame.height - 1
        if area.width >= 8 {
            screen.write("-6", x: area.x, y: bottom, style: Theme.dim)
            screen.write("0", x: area.x + (area.width - 1) / 2, y: bottom, style: Theme.dim)
            let right = area.width >= 16 ? "x1 6" : "6"
            screen.write(right, x: area.x + area.width - right.count, y: bottom, style: Theme.dim)
        }
        guard axis.width >= 2, area.height >= 3 else { return }
        screen.write("x2", x: axis.x, y: frame.y, style: Theme.dim)
        screen.write(" 6", x: axis.x, y: area.y, style: Theme.dim)
        screen.write(" 0", x: axis.x, y: area.y + (area.height - 1) / 2, style: Theme.dim)
        screen.write("-6", x: axis.x, y: area.y + area.height - 1, style: Theme.dim)
    }

    /// The colour scale's cells: `-1` swatches `+1`, or `■0 ■1 ■2 …` for more than two classes.
    static func legend(classCount: Int, mode: ColorMode) -> [Cell] {
        func text(_ string: String) -> [Cell] { string.map { Cell($0, Theme.dim) } }
        if classCount > 2 {
            return (0..<classCount).flatMap { index -> [Cell] in
                let swatch: Cell
                switch mode {
                case .monochrome: swatch = Cell(Character(String(UnicodeScalar(UInt8(97 + index % 26)))), Theme.dim)
                case .eight, .full:
                    swatch = Cell("█", Style(foreground: .rgb(Palette.classHues[index % Palette.classHues.count])))
                }
                return (index > 0 ? text(" ") : []) + [swatch] + text(String(index))
            }
        }
        let values: [Float] = [-1, -0.5, 0, 0.5, 1]
        let swatches: [Cell]
        switch mode {
        case .full: swatches = values.map { Cell("█", Style(foreground: .rgb(Palette.color(for: $0)))) }
        case .eight:
            swatches = values.map { v in
                Cell(
                    HeatmapWidget.shades[Int((Swift.abs(v) * 4).rounded())],
                    Style(foreground: .rgb(v < 0 ? Palette.negative : Palette.positive)))
            }
        case .monochrome: swatches = Palette.asciiRamp.dropFirst().map { Cell($0) }
        }
        return text("-1") + swatches + text("+1")
    }

    /// Writes `legend` right-aligned on the frame's top border, if it fits beside a title of `titleLength`.
    static func drawLegend(_ legend: [Cell], frame: Rect, titleLength: Int, into screen: inout Screen) {
        let x = frame.x + frame.width - 2 - legend.count
        guard x > frame.x + titleLength + 3 else { return }
        screen[x - 1, frame.y] = Cell(" ", Theme.dim)
        for (offset, cell) in legend.enumerated() { screen[x + offset, frame.y] = cell }
        screen[x + legend.count, frame.y] = Cell(" ", Theme.dim)
    }
}
