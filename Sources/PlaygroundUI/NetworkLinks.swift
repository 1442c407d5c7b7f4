import Playground

/// The links of one layer, as braille lines from the middle of each source thumbnail's right edge to the
/// middle of each target's left edge. A cell shows the dots of every link through it, in the colour of the
/// strongest (links are drawn weakest first). Without colour, only links above the median magnitude are
/// drawn, so the strong ones read as lines.
enum NetworkLinks {
    static func draw(_ network: Network, layer: Int, from source: NetworkLayout.Column, to target: NetworkLayout.Column,
                     layout: NetworkLayout, mode: ColorMode, into screen: inout Screen) {
        let layerLayout = network.layers[layer]
        var links: [(from: Int, to: Int, weight: Float)] = []
        for i in 0..<layerLayout.inputCount {
            for j in 0..<layerLayout.outputCount { links.append((i, j, network.weight(layer: layer, from: i, to: j))) }
        }
        links = links.filter { $0.weight.isFinite }.sorted { Swift.abs($0.weight) < Swift.abs($1.weight) }
        guard let largest = links.last.map({ Swift.abs($0.weight) }), largest > 0 else { return }
        let condensed = links.count > NetworkWidget.linksDrawnInFull
        let keepFrom = condensed ? links.count * 3 / 4 : (mode == .monochrome ? links.count / 2 : 0)
        let left = source.x + layout.boxWidth, right = target.x - 1  // the gap's first and last cell columns
        guard right >= left else { return }
        let width = right - left + 1
        let top = layout.headerRow + 1, height = layout.inactiveRow - top
        var canvas = BrailleCanvas(width: width, height: height)
        var colors = [Float?](repeating: nil, count: width * height)
        for link in links[keepFrom...] {
            guard let fromRow = source.rows[safe: link.from], let toRow = target.rows[safe: link.to] else { continue }
            let y0 = (fromRow - top) * 4 + layout.boxHeight * 2, y1 = (toRow - top) * 4 + layout.boxHeight * 2
            let dots = width * 2
            func y(atDot dx: Int) -> Int { Int((Float(y0) + Float(y1 - y0) * Float(dx) / Float(Swift.max(dots - 1, 1))).rounded()) }
            for dx in 0..<dots {
                let a = y(atDot: dx), b = dx + 1 < dots ? y(atDot: dx + 1) : a
                for cell in canvas.column(dx, from: a, to: b) { colors[cell] = link.weight / largest }
            }
        }
        for y in 0..<height {
            for x in 0..<width {
                guard let glyph = canvas.glyph(y * width + x) else { continue }
                screen[left + x, top + y] = Cell(glyph, style(colors[y * width + x] ?? 0, mode: mode))
            }
        }
    }

    /// Orange for negative, blue for positive, paler when small (the heatmap's scale).
    static func style(_ value: Float, mode: ColorMode) -> Style {
        switch mode {
        case .full:
            let strength = 0.35 + 0.65 * Swift.min(Swift.abs(value), 1)
            return Style(foreground: .rgb(Palette.color(for: value < 0 ? -strength : strength)))
        case .eight: return Style(foreground: .rgb(value < 0 ? Palette.negative : Palette.positive))
        case .monochrome: return .plain
        }
    }
}
