import Playground

/// The links of one layer, as braille lines from the middle of each source thumbnail's right edge to the
/// middle of each target's left edge. A cell shows the dots of every link through it, in the colour of the
/// strongest (links are drawn weakest first). Wide layers draw only each unit's strongest link. Without colour, only links above the median magnitude are
/// drawn, their size as density (solid above half the largest, dotted below) and their sign as a `+` or `-`
/// at their middle.
enum NetworkLinks {
    /// `values` replaces the weights as what the links show (the inspector's ∂L/∂w, laid out like the
    /// weights); `highlight` (from, to) is drawn last, in the marker colour.
    static func draw(
        _ network: Network, layer: Int, from source: NetworkLayout.Column, to target: NetworkLayout.Column,
        layout: NetworkLayout, mode: ColorMode, values: [Float]? = nil, highlight: (from: Int, to: Int)? = nil,
        into screen: inout Screen
    ) {
        let layerLayout = network.layers[layer]
        var links: [(from: Int, to: Int, weight: Float)] = []
        for i in 0..<layerLayout.inputCount {
            for j in 0..<layerLayout.outputCount {
                let value =
                    values?[safe: i * layerLayout.outputCount + j] ?? network.weight(layer: layer, from: i, to: j)
                links.append((i, j, value))
            }
        }
        links = links.filter { $0.weight.isFinite }.sorted { Swift.abs($0.weight) < Swift.abs($1.weight) }
        guard let largest = links.last.map({ Swift.abs($0.weight) }), largest > 0 else { return }
        let highlighted = highlight.flatMap { h in links.first { $0.from == h.from && $0.to == h.to } }
        if links.count > NetworkWidget.linksDrawnInFull { links = strongestPerUnit(links) }
        if let highlighted {  // drawn last, whatever its size
            links.removeAll { $0.from == highlighted.from && $0.to == highlighted.to }
            links.append(highlighted)
        }
        let keepFrom = mode == .monochrome ? links.count / 2 : 0
        let left = source.x + source.span, right = target.x - 1  // the gap's first and last cell columns
        guard right >= left else { return }
        let width = right - left + 1
        let top = layout.headerRow + 1, height = layout.inactiveRow - top
        var canvas = BrailleCanvas(width: width, height: height)
        var colors = [Float?](repeating: nil, count: width * height)
        var marked = Set<Int>()
        var signs: [(x: Int, y: Int, positive: Bool)] = []
        for link in links[keepFrom...] {
            guard let fromRow = source.rows[safe: link.from], let toRow = target.rows[safe: link.to] else { continue }
            let y0 = (fromRow - top) * 4 + layout.boxHeight * 2, y1 = (toRow - top) * 4 + layout.boxHeight * 2
            let dots = width * 2
            func y(atDot dx: Int) -> Int {
                Int((Float(y0) + Float(y1 - y0) * Float(dx) / Float(Swift.max(dots - 1, 1))).rounded())
            }
            let strength = Swift.abs(link.weight) / largest
            let stride = mode == .monochrome && strength < 0.5 ? 3 : 1  // weak links dotted without colour
            let isHighlight = highlighted.map { $0.from == link.from && $0.to == link.to } ?? false
            for dx in 0..<dots where dx % stride == 0 || isHighlight {
                let a = y(atDot: dx), b = dx + 1 < dots && (stride == 1 || isHighlight) ? y(atDot: dx + 1) : a
                for cell in canvas.column(dx, from: a, to: b) {
                    colors[cell] = link.weight / largest
                    if isHighlight { marked.insert(cell) }  // drawn last: nothing covers it after
                }
            }
            if mode == .monochrome { signs.append((width / 2, y(atDot: dots / 2) / 4, link.weight >= 0)) }
        }
        for y in 0..<height {
            for x in 0..<width {
                guard let glyph = canvas.glyph(y * width + x) else { continue }
                let index = y * width + x
                screen[left + x, top + y] = Cell(
                    glyph, marked.contains(index) ? Theme.markerBold : style(colors[index] ?? 0, mode: mode))
            }
        }
        for sign in signs where sign.y < height {  // strongest last, so it wins a shared cell
            screen[left + sign.x, top + sign.y] = Cell(sign.positive ? "+" : "-", Style(bold: true))
        }
    }

    /// The condensed form of a wide layer: each target's strongest incoming link and each source's strongest
    /// outgoing one (so every unit shows what it listens to most), weakest first as given.
    static func strongestPerUnit(_ links: [(from: Int, to: Int, weight: Float)]) -> [(
        from: Int, to: Int, weight: Float
    )] {
        var bestIn: [Int: Int] = [:], bestOut: [Int: Int] = [:]
        for (index, link) in links.enumerated() {  // ascending magnitude: the last seen is the strongest
            bestIn[link.to] = index
            bestOut[link.from] = index
        }
        let kept = Set(bestIn.values).union(bestOut.values)
        return links.indices.filter(kept.contains).map { links[$0] }
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
