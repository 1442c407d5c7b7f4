import Foundation
import Playground

/// A slide of the run as SVG (1280×720; `--export-svg`, `E` in the playground): the decision boundary with
/// the points, the network (each unit a thumbnail of its output, each weight a line coloured by sign and as
/// thick as it is strong) and the loss curves, titled with the dataset, the epoch and the losses. Plain
/// SVG 1.1 that any browser opens.
public enum SlideSVG {
    public static let width = 1280, height = 720

    public static func render(_ snapshot: Snapshot, title: String?) -> String {
        var svg = Builder()
        svg.open(
            ##"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="\##(width)" height="\##(height)" viewBox="0 0 \##(width) \##(height)" font-family="Helvetica, Arial, sans-serif">"##
        )
        svg.add(##"<rect x="0" y="0" width="\##(width)" height="\##(height)" fill="#ffffff"/>"##)
        let heading = [title, snapshot.config.dataName].compactMap { $0 }.joined(separator: " · ")
        svg.add(##"<text x="40" y="50" font-size="30" font-weight="bold" fill="#222222">\##(escape(heading))</text>"##)
        var figures = "epoch \(snapshot.divergedAt ?? snapshot.epoch)"
        if let latest = snapshot.latest {
            figures +=
                "   train loss \(NumberFormat.significant(latest.trainLoss, digits: 4))   test loss \(NumberFormat.significant(latest.testLoss, digits: 4))"
            if let accuracy = latest.testAccuracy { figures += "   test accuracy \(Int((accuracy * 100).rounded()))%" }
        }
        svg.add(##"<text x="40" y="82" font-size="20" fill="#555555">\##(escape(figures))</text>"##)
        legend(snapshot, into: &svg, right: Double(width) - 40, y: 50)
        boundary(snapshot, into: &svg, x: 40, y: 100, side: 580)
        network(snapshot, into: &svg, x: 670, y: 100, width: 570, height: 330)
        lossCurves(snapshot, into: &svg, x: 670, y: 470, width: 570, height: 210)
        svg.close("</svg>")
        return svg.text
    }

    /// Writes the slide to `path` (`SafeFile`: atomically, only over a regular file).
    @discardableResult
    public static func write(_ snapshot: Snapshot, title: String?, to path: String) throws(FileWriteError) -> String? {
        try SafeFile.write(Data(render(snapshot, title: title).utf8), to: path)
    }

    // MARK: - Parts

    static func network(
        _ snapshot: Snapshot, into svg: inout Builder, x: Double, y: Double, width: Double, height: Double
    ) {
        let network = snapshot.network
        let counts = [network.shape.inputCount] + network.layers.map(\.outputCount)
        let tallest = Double(counts.max() ?? 1)
        let box = Swift.min(40, (height - 20) / tallest * 0.8, width / Double(counts.count) * 0.45)
        func center(_ column: Int, _ index: Int) -> (Double, Double) {
            let cx = x + box / 2 + Double(column) * (width - box) / Double(Swift.max(counts.count - 1, 1))
            let pitch = (height - 20) / tallest
            let stack = Double(counts[column]) * pitch
            return (cx, y + 20 + (height - 20 - stack) / 2 + (Double(index) + 0.5) * pitch)
        }
        svg.open(##"<g id="network">"##)
        for (layer, layout) in network.layers.enumerated() {
            let largest =
                (0..<layout.inputCount).flatMap { i in
                    (0..<layout.outputCount).map { Swift.abs(network.weight(layer: layer, from: i, to: $0)) }
                }
                .filter(\.isFinite).max() ?? 1
            // Wide layers as the UI draws them: each unit's strongest link only.
            var links = (0..<layout.inputCount).flatMap { i in
                (0..<layout.outputCount).map { j in
                    (from: i, to: j, weight: network.weight(layer: layer, from: i, to: j))
                }
            }
            .sorted { Swift.abs($0.weight) < Swift.abs($1.weight) }
            if links.count > NetworkWidget.linksDrawnInFull { links = NetworkLinks.strongestPerUnit(links) }
            for (i, j, w) in links {
                guard w.isFinite, largest > 0 else { continue }
                let (x1, y1) = center(layer, i), (x2, y2) = center(layer + 1, j)
                let strength = Double(Swift.abs(w) / largest)
                svg.add(
                    ##"<line class="link" x1="\##(f(x1 + box / 2))" y1="\##(f(y1))" x2="\##(f(x2 - box / 2))" y2="\##(f(y2))" stroke="\##(hex(Palette.color(for: w < 0 ? -1 : 1)))" stroke-opacity="\##(f(0.25 + 0.75 * strength))" stroke-width="\##(f(0.5 + 3.5 * strength))"/>"##
                )
            }
        }
        for (column, count) in counts.enumerated() {
            let header = column == 0 ? "inputs" : (column == counts.count - 1 ? "output" : "layer \(column)")
            svg.add(
                ##"<text x="\##(f(center(column, 0).0))" y="\##(f(y + 12))" font-size="14" text-anchor="middle" fill="#555555">\##(header)</text>"##
            )
            for index in 0..<count {
                let (cx, cy) = center(column, index)
                let grid =
                    column == 0 ? snapshot.features[safe: index] : snapshot.neurons[safe: column - 1]?[safe: index]
                thumbnail(grid, into: &svg, x: cx - box / 2, y: cy - box / 2, side: box)
                if column == 0, let feature = snapshot.config.features[safe: index] {
                    svg.add(
                        ##"<text x="\##(f(cx - box / 2 - 4))" y="\##(f(cy + 5))" font-size="13" text-anchor="end" fill="#333333">\##(escape(NetworkWidget.shortName(feature)))</text>"##
                    )
                }
            }
        }
        svg.close("</g>")
    }

    static func thumbnail(_ grid: DecisionGrid?, into svg: inout Builder, x: Double, y: Double, side: Double) {
        guard let grid, grid.width > 0, grid.height > 0 else {
            svg.add(
                ##"<rect x="\##(f(x))" y="\##(f(y))" width="\##(f(side))" height="\##(f(side))" fill="\##(hex(Palette.neutral))" stroke="#888888"/>"##
            )
            return
        }
        let scale = Swift.max(grid.values.map { Swift.abs($0) }.filter(\.isFinite).max() ?? 1, 1)
        let step = Swift.max(1, grid.width / 12)
        let cells = (grid.width + step - 1) / step
        let cell = side / Double(cells)
        for row in 0..<cells {
            for column in 0..<cells {
                let v = grid.values[
                    Swift.min(row * step, grid.height - 1) * grid.width + Swift.min(column * step, grid.width - 1)]
                svg.add(
                    ##"<rect x="\##(f(x + Double(column) * cell))" y="\##(f(y + Double(row) * cell))" width="\##(f(cell + 0.2))" height="\##(f(cell + 0.2))" fill="\##(hex(Palette.color(for: v.isFinite ? v / scale : 0)))"/>"##
                )
            }
        }
        svg.add(
            ##"<rect x="\##(f(x))" y="\##(f(y))" width="\##(f(side))" height="\##(f(side))" fill="none" stroke="#888888"/>"##
        )
    }

    static func lossCurves(
        _ snapshot: Snapshot, into svg: inout Builder, x: Double, y: Double, width: Double, height: Double
    ) {
        svg.open(##"<g id="loss">"##)
        svg.add(
            ##"<rect x="\##(f(x))" y="\##(f(y))" width="\##(f(width))" height="\##(f(height))" fill="none" stroke="#bbbbbb"/>"##
        )
        let history = snapshot.history.filter { $0.trainLoss.isFinite && $0.testLoss.isFinite }
        let top = history.flatMap { [$0.trainLoss, $0.testLoss] }.max() ?? 1
        let last = Double(history.last?.epoch ?? 1)
        func point(_ epoch: Int, _ loss: Double) -> String {
            "\(f(x + Double(epoch) / Swift.max(last, 1) * width)),\(f(y + height - loss / Swift.max(top, 1e-12) * height))"
        }
        for (name, color, value) in [
            ("train-loss", "#00afaf", \EpochRecord.trainLoss), ("test-loss", "#d75faf", \EpochRecord.testLoss),
        ] {
            let points = history.map { point($0.epoch, $0[keyPath: value]) }.joined(separator: " ")
            if !points.isEmpty {
                svg.add(
                    ##"<polyline class="\##(name)" points="\##(points)" fill="none" stroke="\##(color)" stroke-width="2.5"/>"##
                )
            }
        }
        if let best = snapshot.bestTestRecord, best.epoch < Int(last) {  // where early stopping would stop
            let bx = x + Double(best.epoch) / Swift.max(last, 1) * width
            svg.add(
                ##"<line class="best" x1="\##(f(bx))" y1="\##(f(y))" x2="\##(f(bx))" y2="\##(f(y + height))" stroke="#c8a000" stroke-width="1.5" stroke-dasharray="5,4"/>"##
            )
            let anchor = bx > x + width * 0.7 ? "end" : "start"
            svg.add(
                ##"<text x="\##(f(bx + (anchor == "end" ? -6 : 6)))" y="\##(f(y + 18))" font-size="14" text-anchor="\##(anchor)" fill="#8a6d00">best test \##(NumberFormat.significant(best.testLoss, digits: 4)) @ \##(best.epoch)</text>"##
            )
        }
        svg.add(
            ##"<text x="\##(f(x))" y="\##(f(y - 8))" font-size="16" fill="#333333">loss: <tspan fill="#00afaf">train</tspan> <tspan fill="#d75faf">test</tspan>   (0 … \##(NumberFormat.significant(top, digits: 3)), epochs 0 … \##(Int(last)))</text>"##
        )
        svg.close("</g>")
    }

    // MARK: - Text

    struct Builder {
        var text = ##"<?xml version="1.0" encoding="UTF-8"?>"## + "\n"
        var depth = 0
        mutating func open(_ line: String) { add(line); depth += 1 }
        mutating func close(_ line: String) { depth -= 1; add(line) }
        mutating func add(_ line: String) { text += String(repeating: "  ", count: depth) + line + "\n" }
    }

    static func f(_ v: Double) -> String { String(format: "%.1f", v) }
    static func hex(_ c: Palette.RGB) -> String { String(format: "#%02x%02x%02x", c.r, c.g, c.b) }
    static func escape(_ s: String) -> String {
        s.withoutControlCharacters.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(
            of: "<", with: "&lt;"
        )
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
