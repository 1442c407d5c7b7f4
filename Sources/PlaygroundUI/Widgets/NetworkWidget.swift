import Playground

/// The network from inputs to output, as Playground draws it: the active input features as thumbnails of
/// themselves over the plane, each neuron as a thumbnail of its own output, and every weight as a link
/// from neuron to neuron — orange negative, blue positive, paler when small, the strongest drawn last. Wide
/// layers show only each unit's strongest link (the title says so). Inactive features are listed
/// apart (a click turns one on); under each layer, its weight-gradient norm, averaged over recent epochs.
enum NetworkWidget {
    /// Thumbnail grid points per side: enough for the largest box (12 cells, 12 pixels wide).
    static let thumbnailPixels = NetworkLayout.maximumBox.width
    /// Above this many links between two columns, only each unit's strongest link is drawn.
    static let linksDrawnInFull = 48

    enum Hit: Equatable {
        case neuron(layer: Int, index: Int)
        case feature(Feature)
    }

    static func counts(_ state: AppState) -> [Int] {
        [state.config.features.count] + state.snapshot.network.layers.map(\.outputCount)
    }

    /// With the step panel or the sharpness chart open, the neurons stand above it (it covers none of them);
    /// the inactive features and the ∇ row stay on the panel's last rows, under it.
    static func layout(_ state: AppState, area: Rect) -> NetworkLayout? {
        guard state.snapshot.network.shape.inputCount == state.config.features.count else { return nil }
        let panel = state.layout.step
        guard state.lowerPanelOpen, panel.y > area.y, panel.y < area.y + area.height, panel.x < area.x + area.width
        else { return NetworkLayout(counts: counts(state), area: area) }
        let above = Rect(x: area.x, y: area.y, width: area.width, height: panel.y - area.y + 2)
        guard var layout = NetworkLayout(counts: counts(state), area: above) else { return nil }
        (layout.inactiveRow, layout.normRow) = (area.y + area.height - 2, area.y + area.height - 1)
        return layout
    }

    static func draw(_ state: AppState, into screen: inout Screen, frame: Rect) {
        let area = frame.inner
        let network = state.snapshot.network
        let condensed = network.layers.contains { $0.inputCount * $0.outputCount > linksDrawnInFull }
        let titles =
            condensed
            ? [
                "network · wide layers: each unit's strongest link", "network · each unit's strongest link",
                "network · top links",
            ]
            : ["network"]
        let title = titles.first { $0.count + 4 <= frame.width } ?? titles[titles.count - 1]
        screen.box(x: frame.x, y: frame.y, width: frame.width, height: frame.height, title: title, style: Theme.dim)
        guard let layout = layout(state, area: area) else {
            let text = network.shape.widths.map(String.init).joined(separator: " → ")
            screen.write(text, x: area.x + 1, y: area.y + 1, limit: area.width - 1)
            drawNorms(state, columns: nil, area: area, into: &screen)
            return
        }
        let traced = inspected(state)
        for layer in network.layers.indices {
            var values: [Float]?, highlight: (from: Int, to: Int)?
            if let (inspector, inspection) = traced {
                if InspectorState.deltaKnown(layer: layer, step: inspector.step, layerCount: network.layers.count) {
                    values = inspection.trace.layers[layer].weightGradient
                }
                let link = inspection.request.link
                if link.layer == layer { highlight = (link.from, link.to) }
            }
            NetworkLinks.draw(
                network, layer: layer, from: layout.columns[layer], to: layout.columns[layer + 1],
                layout: layout, mode: state.colorMode, values: values, highlight: highlight, into: &screen)
        }
        for (index, column) in layout.columns.enumerated() {
            for (neuron, row) in column.rows.enumerated() {
                if let (inspector, inspection) = traced {
                    InspectorBoxes.draw(
                        inspection.trace, column: index, neuron: neuron, step: inspector.step,
                        x: column.x(of: neuron), y: row, width: layout.boxWidth, height: layout.boxHeight,
                        mode: state.colorMode, into: &screen)
                    continue
                }
                let grid =
                    index == 0
                    ? state.snapshot.features[safe: neuron] : state.snapshot.neurons[safe: index - 1]?[safe: neuron]
                drawBox(
                    grid, x: column.x(of: neuron), y: row, width: layout.boxWidth, height: layout.boxHeight,
                    mode: state.colorMode,
                    into: &screen)
            }
            if column.hiddenCount > 0, let last = column.rows.last {
                screen.write(
                    "+\(column.hiddenCount)", x: column.x, y: last + layout.boxHeight, style: Theme.dim,
                    limit: Swift.max(layout.boxWidth, 3))
            }
        }
        drawInputNames(state, layout: layout, into: &screen)
        let boxed = traced.map { NeuronID(layer: $0.0.layer, index: $0.0.neuron) } ?? state.snapshot.decisionSource
        if let focused = boxed, focused.layer + 1 < layout.columns.count,
            let row = layout.columns[focused.layer + 1].rows[safe: focused.index]
        {
            let x = layout.columns[focused.layer + 1].x(of: focused.index)
            screen.box(
                x: x - 1, y: row - 1, width: layout.boxWidth + 2, height: layout.boxHeight + 2, style: Theme.heading)
        }
        // Columns closer than "L1 " are named by their number alone ("in 1 2 3 4 5 6 out").
        let pitch = layout.columns.count > 1 ? layout.columns[1].x - layout.columns[0].x : area.width
        for (index, column) in layout.columns.enumerated() {  // last: the focus box may reach the header row
            let last = index == layout.columns.count - 1
            let header = index == 0 ? "in" : last ? "out" : pitch < 4 ? "\(index % 10)" : "L\(index)"
            let centred = column.x + Swift.max(0, (column.span - header.count) / 2)
            let start = index == 0 && pitch < 4 ? Swift.max(area.x, column.x - 1) : centred
            let headerX = Swift.min(start, area.x + area.width - header.count)
            screen.write(header, x: headerX, y: layout.headerRow, style: Theme.heading, limit: header.count)
        }
        drawInactive(state, row: layout.inactiveRow, area: area, into: &screen)
        drawNorms(state, columns: layout.columns, area: area, into: &screen)
    }

    /// The inspector and the snapshot's inspection for it, once a point is picked and the trainer answered.
    static func inspected(_ state: AppState) -> (InspectorState, Inspection)? {
        guard let inspector = state.inspector, !inspector.picking, let inspection = state.snapshot.inspection,
            inspection.request == inspector.request,
            inspection.trace.layers.count == state.snapshot.network.layers.count
        else { return nil }
        return (inspector, inspection)
    }

    /// The feature under the keyboard cursor, while the features control is focused.
    static func cursorFeature(_ state: AppState) -> Feature? {
        state.focusedControl == .setting(.features)
            ? Feature.allCases[state.featureCursor % Feature.allCases.count] : nil
    }

    private static func drawInputNames(_ state: AppState, layout: NetworkLayout, into screen: inout Screen) {
        let cursor = cursorFeature(state)
        for (feature, row) in zip(state.config.features, layout.columns[0].rows) {
            // Under the thumbnail when there is a row for it, else over it, running into the links if need be.
            let y = layout.labelsBelow ? row + layout.boxHeight : row
            let style = feature == cursor ? Theme.focused : Style(bold: true)
            let room = Swift.max(layout.boxWidth, 4)  // a name runs into the links rather than lose a letter
            screen.write(state.name(feature), x: layout.columns[0].x, y: y, style: style, limit: room)
        }
    }

    /// The features that are off, dimmed, one click each to turn on.
    private static func drawInactive(_ state: AppState, row: Int, area: Rect, into screen: inout Screen) {
        let positions = inactivePositions(state, area: area)
        let cursor = cursorFeature(state)
        for (feature, x) in positions {
            screen.write(
                state.name(feature), x: x, y: row, style: feature == cursor ? Theme.focused : Theme.dim,
                limit: area.x + area.width - x)
        }
        if !positions.isEmpty { screen.write("off:", x: area.x + 1, y: row, style: Theme.dim) }
    }

    static func inactivePositions(_ state: AppState, area: Rect) -> [(Feature, Int)] {
        var x = area.x + 6, positions: [(Feature, Int)] = []
        for feature in Feature.allCases where !state.config.features.contains(feature) {
            let name = state.name(feature)
            guard x + name.count <= area.x + area.width else { break }
            positions.append((feature, x))
            x += name.count + 2
        }
        return positions
    }

    /// A thumbnail of a unit's output: values mapped like the heatmap (±1 at the ends, or the largest value).
    private static func drawBox(
        _ grid: DecisionGrid?, x: Int, y: Int, width: Int, height: Int, mode: ColorMode,
        into screen: inout Screen
    ) {
        guard let grid, grid.width > 0 else { return }
        let scale = Swift.max(grid.values.map { Swift.abs($0) }.filter(\.isFinite).max() ?? 1, 1)
        func value(_ column: Int, _ pixelRow: Int) -> Float {
            let gx = Swift.min(column * grid.width / width, grid.width - 1)
            let gy = Swift.min(pixelRow * grid.height / (height * 2), grid.height - 1)
            let v = grid.values[gy * grid.width + gx]
            return v.isFinite ? v / scale : 0
        }
        for row in 0..<height {
            for column in 0..<width {
                screen[x + column, y + row] = glyph(
                    top: value(column, 2 * row), bottom: value(column, 2 * row + 1), mode: mode)
            }
        }
    }

    static func glyph(top: Float, bottom: Float, mode: ColorMode) -> Cell {
        switch mode {
        case .full:
            return Cell(
                "▀", Style(foreground: .rgb(Palette.color(for: top)), background: .rgb(Palette.color(for: bottom))))
        case .eight:
            let level = Swift.min(Int((Swift.abs(top) * 4).rounded()), 4)
            return Cell(
                HeatmapWidget.shades[level], Style(foreground: .rgb(top < 0 ? Palette.negative : Palette.positive)))
        case .monochrome:
            return Cell(Palette.asciiGlyph(for: top))
        }
    }

    static func shortName(_ feature: Feature, unicode: Bool = true) -> String {
        switch feature {
        case .x1: return "x1"
        case .x2: return "x2"
        case .x1sq: return unicode ? "x1²" : "x1sq"
        case .x2sq: return unicode ? "x2²" : "x2sq"
        case .x1x2: return "x1x2"
        case .sinx1: return "sin1"
        case .sinx2: return "sin2"
        case .cosx1: return "cos1"
        case .cosx2: return "cos2"
        }
    }

    static func normText(_ norm: Float) -> String { NumberFormat.significant(Double(norm), digits: 2) }

    /// What a click at (x, y) lands on, if anything in the network panel.
    static func hit(x: Int, y: Int, in state: AppState) -> Hit? {
        let area = state.layout.network.inner
        guard area.contains(x: x, y: y), let layout = layout(state, area: area) else { return nil }
        if y == layout.inactiveRow {
            return inactivePositions(state, area: area).first { x >= $0.1 && x < $0.1 + state.name($0.0).count }.map {
                .feature($0.0)
            }
        }
        guard let (column, neuron) = layout.box(atX: x, y: y) else { return nil }
        return column == 0 ? .feature(state.config.features[neuron]) : .neuron(layer: column - 1, index: neuron)
    }
}
