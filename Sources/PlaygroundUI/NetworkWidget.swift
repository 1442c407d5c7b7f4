import Playground

/// The network from inputs to output: every input feature (active ones as thumbnails; a click toggles one),
/// each neuron as a small heatmap of its own output, the weights into each neuron as a strip of coloured
/// cells (orange negative, blue positive, stronger = more saturated), and under each layer the norm of its
/// weight gradient: tiny norms in early layers are vanishing gradients.
enum NetworkWidget {
    /// Thumbnail pixels per side (a box is 4 cells wide, 2 tall, two pixels per cell).
    static let thumbnailPixels = 4
    static let boxWidth = 4
    static let maxStrip = 6

    enum Hit: Equatable {
        case neuron(layer: Int, index: Int)
        case feature(Feature)
    }

    /// Where one column of boxes sits.
    struct Column {
        var x: Int
        /// Row of each visible box.
        var rows: [Int]
        /// Boxes not shown for lack of room.
        var hidden: Int
        /// Width of the weight strip to the left of the boxes (0 for inputs or compact layouts).
        var strip: Int
    }

    struct Geometry {
        var columns: [Column]
        var boxHeight: Int
        var labelRow: Bool
        var top: Int
    }

    static func geometry(_ state: AppState, area: Rect) -> Geometry? {
        let shape = state.snapshot.network.shape.widths
        // The inputs column lists every feature (inactive ones can be clicked on); fan-ins are the real ones.
        let widths = [Feature.allCases.count] + shape.dropFirst()
        let top = area.y + 1, bottom = area.y + area.height - 1  // header row above, norms row below
        let available = bottom - top
        let tallest = widths.max() ?? 1
        let (boxHeight, pitch) = tallest * 3 <= available ? (2, 3) : (tallest * 2 <= available ? (1, 2) : (1, 1))
        let labelRow = pitch == 3
        for stripLimit in [maxStrip, 2, 0] {
            var x = area.x + 1, columns: [Column] = []
            for (index, count) in widths.enumerated() {
                let strip = index == 0 ? 0 : Swift.min(shape[index - 1], stripLimit)
                x += strip + (index == 0 ? 0 : 1)
                let visible = Swift.max(0, Swift.min(count, available / pitch - (count * pitch > available ? 1 : 0)))
                let rows = (0..<visible).map { top + $0 * pitch }
                columns.append(Column(x: x, rows: rows, hidden: count - visible, strip: strip))
                x += boxWidth + 1
            }
            if x <= area.x + area.width { return Geometry(columns: columns, boxHeight: boxHeight, labelRow: labelRow, top: top) }
        }
        return nil
    }

    static func draw(_ state: AppState, into screen: inout Screen, frame: Rect) {
        screen.box(x: frame.x, y: frame.y, width: frame.width, height: frame.height, title: "network", style: Theme.dim)
        let area = frame.inner
        guard let geometry = geometry(state, area: area) else {
            let text = state.snapshot.network.shape.widths.map(String.init).joined(separator: "→")
            screen.write(text, x: area.x + 1, y: area.y + 1, limit: area.width - 1)
            return
        }
        let snapshot = state.snapshot, network = snapshot.network
        for (index, column) in geometry.columns.enumerated() {
            let header = index == 0 ? "in" : (index == geometry.columns.count - 1 ? "out" : "L\(index)")
            screen.write(header, x: column.x, y: area.y, style: Theme.heading, limit: boxWidth)
            if index == 0 {
                drawInputs(state, column: column, geometry: geometry, into: &screen)
                continue
            }
            let layer = index - 1
            for (neuron, row) in column.rows.enumerated() {
                let grid = layer < snapshot.neurons.count && neuron < snapshot.neurons[layer].count
                    ? snapshot.neurons[layer][neuron] : nil
                drawBox(grid, x: column.x, y: row, height: geometry.boxHeight, mode: state.colorMode, into: &screen)
                if state.heatmapSource == .neuron(layer: layer, index: neuron) {
                    screen[column.x - 1, row] = Cell("▸", Theme.heading)
                }
                if column.strip > 0 {
                    drawStrip(network, layer: layer, neuron: neuron, x: column.x - column.strip - 1, y: row,
                              width: column.strip, mode: state.colorMode, into: &screen)
                }
            }
            if column.hidden > 0 {
                screen.write("+\(column.hidden)", x: column.x, y: (column.rows.last ?? geometry.top) + geometry.boxHeight,
                             style: Theme.dim, limit: boxWidth)
            }
            if layer < snapshot.gradientNorms.count {
                screen.write(normText(snapshot.gradientNorms[layer]), x: column.x - 1, y: area.y + area.height - 1,
                             style: Theme.dim, limit: boxWidth + 1)
            }
        }
        screen.write("∇", x: area.x, y: area.y + area.height - 1, style: Theme.dim)
    }

    private static func drawInputs(_ state: AppState, column: Column, geometry: Geometry, into screen: inout Screen) {
        let active = state.config.features
        for (index, row) in column.rows.enumerated() {
            let feature = Feature.allCases[index]
            if let position = active.firstIndex(of: feature), position < state.snapshot.features.count {
                drawBox(state.snapshot.features[position], x: column.x, y: row, height: geometry.boxHeight,
                        mode: state.colorMode, into: &screen)
            } else {
                screen.write(shortName(feature), x: column.x, y: row, style: Theme.dim, limit: boxWidth)
            }
            if geometry.labelRow && active.contains(feature) {
                screen.write(shortName(feature), x: column.x, y: row + 2, style: Style(bold: true), limit: boxWidth)
            }
        }
    }

    /// A thumbnail of a unit's output: values mapped like the heatmap (±1 at the ends).
    private static func drawBox(_ grid: DecisionGrid?, x: Int, y: Int, height: Int, mode: ColorMode, into screen: inout Screen) {
        guard let grid, grid.width > 0 else { return }
        let scale = Swift.max(grid.values.map { Swift.abs($0) }.filter(\.isFinite).max() ?? 1, 1)
        func value(_ column: Int, _ pixelRow: Int) -> Float {
            let gx = Swift.min(column * grid.width / boxWidth, grid.width - 1)
            let gy = Swift.min(pixelRow * grid.height / (height * 2), grid.height - 1)
            let v = grid.values[gy * grid.width + gx]
            return v.isFinite ? v / scale : 0
        }
        for row in 0..<height {
            for column in 0..<boxWidth {
                let top = value(column, 2 * row), bottom = value(column, 2 * row + 1)
                screen[x + column, y + row] = glyph(top: top, bottom: bottom, mode: mode)
            }
        }
    }

    static func glyph(top: Float, bottom: Float, mode: ColorMode) -> Cell {
        switch mode {
        case .full:
            return Cell("▀", Style(foreground: .rgb(Palette.color(for: top)), background: .rgb(Palette.color(for: bottom))))
        case .eight:
            let level = Swift.min(Int((Swift.abs(top) * 4).rounded()), 4)
            return Cell(HeatmapWidget.shades[level], Style(foreground: .rgb(top < 0 ? Palette.negative : Palette.positive)))
        case .monochrome:
            return Cell(Palette.asciiGlyph(for: top))
        }
    }

    /// The weights into one neuron, one cell per input (the first `width − 1` and an ellipsis if more).
    private static func drawStrip(
        _ network: Network, layer: Int, neuron: Int, x: Int, y: Int, width: Int, mode: ColorMode, into screen: inout Screen
    ) {
        let layout = network.layers[layer]
        let weights = (0..<layout.inputCount).map { network.weight(layer: layer, from: $0, to: neuron) }
        let largest = Swift.max(weights.map { Swift.abs($0) }.filter(\.isFinite).max() ?? 1, 1e-6)
        let shown = weights.count > width ? width - 1 : weights.count
        for i in 0..<shown {
            let v = weights[i].isFinite ? weights[i] / largest : 0
            switch mode {
            case .full, .eight:
                let color = mode == .full ? Palette.color(for: v) : (v < 0 ? Palette.negative : Palette.positive)
                screen[x + i, y] = Cell(mode == .full ? "█" : (Swift.abs(v) > 0.5 ? "█" : "▒"), Style(foreground: .rgb(color)))
            case .monochrome:
                screen[x + i, y] = Cell(Swift.abs(v) < 0.2 ? "·" : (v > 0 ? "+" : "-"))
            }
        }
        if shown < weights.count { screen[x + shown, y] = Cell("…", Theme.dim) }
    }

    static func shortName(_ feature: Feature) -> String {
        switch feature {
        case .x1: return "x1"
        case .x2: return "x2"
        case .x1sq: return "x1²"
        case .x2sq: return "x2²"
        case .x1x2: return "x1x2"
        case .sinx1: return "sin1"
        case .sinx2: return "sin2"
        case .cosx1: return "cos1"
        case .cosx2: return "cos2"
        }
    }

    static func normText(_ norm: Float) -> String {
        guard norm.isFinite else { return "—" }
        if norm == 0 { return "0" }
        var exponent = 0, mantissa = norm
        while mantissa < 1 { mantissa *= 10; exponent -= 1 }
        while mantissa >= 10 { mantissa /= 10; exponent += 1 }
        return exponent >= -1 && exponent <= 1 ? String("\((norm * 100).rounded() / 100)".prefix(4)) : "\(Int(mantissa))e\(exponent)"
    }

    /// What a click at (x, y) lands on, if anything in the network panel.
    static func hit(x: Int, y: Int, in state: AppState) -> Hit? {
        let area = state.layout.network.inner
        guard area.contains(x: x, y: y), let geometry = geometry(state, area: area) else { return nil }
        for (index, column) in geometry.columns.enumerated() where x >= column.x && x < column.x + boxWidth {
            for (position, row) in column.rows.enumerated() where y >= row && y < row + geometry.boxHeight {
                return index == 0 ? .feature(Feature.allCases[position]) : .neuron(layer: index - 1, index: position)
            }
        }
        return nil
    }
}
