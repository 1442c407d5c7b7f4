import Playground

/// The decision boundary (or one neuron's output) over [−6, 6]², with the data points on top.
///
/// 256 colours: each cell is two pixels, the upper half block `▀` with foreground = upper pixel and
/// background = lower pixel. 8 colours: shade glyphs ` ░▒▓█` in the class colours. Monochrome: the ASCII
/// ramp ` .:-=+*#%@` (class 0 … class 1), points as `x`/`o` (test points `X`/`O`).
public enum HeatmapWidget {
    static let shades = Array(" ░▒▓█")

    /// Draws the heatmap in `frame`, its x2 ticks in `axis` (left of the frame; may be empty).
    /// `label` names the side when comparing ("A", "B ◂ keys").
    static func draw(
        _ state: AppState, into screen: inout Screen, frame: Rect, axis: Rect = Rect.empty,
        label: String? = nil
    ) {
        let snapshot = state.snapshot
        var title = "output"
        // The title names what the grid shows (the snapshot's), which lags a key press by one publication.
        if let neuron = snapshot.decisionSource {
            let (layer, index) = (neuron.layer, neuron.index)
            let isOutput = layer == snapshot.network.layers.count - 1
            // A softmax output neuron is named by its class, as the legend numbers them (from 0).
            title =
                isOutput
                ? (snapshot.classCount > 2 ? "output for class \(index)" : "output neuron \(index + 1)")
                : "layer \(layer + 1) neuron \(index + 1)"
        }
        if state.discretize { title += " · discretized" }
        if let label { title = label + " · " + title }
        screen.box(x: frame.x, y: frame.y, width: frame.width, height: frame.height, title: title, style: Theme.dim)
        let area = frame.inner
        guard area.width > 0, area.height > 0 else { return }
        if let epoch = snapshot.divergedAt {
            drawDiverged(epoch: epoch, area: area, into: &screen)
            return
        }
        let pixels = Pixels(state: state, width: area.width, height: area.height * 2)
        HeatmapAxes.draw(area: area, frame: frame, axis: axis, into: &screen)
        HeatmapAxes.drawLegend(
            HeatmapAxes.legend(classCount: pixels.classCount, mode: state.colorMode), frame: frame,
            titleLength: title.count, into: &screen)
        let sets: [(points: [DataPoint], test: Bool)] =
            [(snapshot.train, false)] + (state.showTestPoints ? [(snapshot.test, true)] : [])
        drawField(
            pixels, points: sets, classCount: snapshot.classCount, mode: state.colorMode, area: area, into: &screen)
        if let inspector = state.inspector {
            drawInspectorMarks(inspector, snapshot: snapshot, area: area, into: &screen)
        }
    }

    /// The inspector's cursor (✛, while picking) and the training point it follows or would follow (◆).
    private static func drawInspectorMarks(
        _ inspector: InspectorState, snapshot: Snapshot, area: Rect, into screen: inout Screen
    ) {
        let followed = inspector.picking ? snapshot.train.nearest(x1: inspector.x1, x2: inspector.x2) : inspector.point
        if let index = followed, let point = snapshot.train[safe: index] {
            let cell = DecisionGrid.cell(x1: point.x, x2: point.y, width: area.width, height: area.height)
            var style = Theme.markerBold
            style.reverse = true
            screen[area.x + cell.column, area.y + cell.row] = Cell("◆", style)
        }
        if inspector.picking {
            let cell = DecisionGrid.cell(x1: inspector.x1, x2: inspector.x2, width: area.width, height: area.height)
            screen[area.x + cell.column, area.y + cell.row] = Cell("✛", Theme.markerBold)
        }
    }

    /// The decision boundary of `grid` alone, `columns × rows` cells (the grid may be of any size): the
    /// headless picture of `nnplay train`, drawn by the same code as the playground's heatmap.
    public static func picture(
        grid: DecisionGrid, points: [DataPoint], classCount: Int, columns: Int, rows: Int, mode: ColorMode
    ) -> Screen {
        var screen = Screen(width: columns, height: rows)
        let pixels = Pixels(grid: grid, width: columns, height: rows * 2, classCount: classCount, discretize: false)
        drawField(
            pixels, points: [(points, false)], classCount: classCount, mode: mode,
            area: Rect(x: 0, y: 0, width: columns, height: rows), into: &screen)
        return screen
    }

    private static func drawField(
        _ pixels: Pixels, points sets: [(points: [DataPoint], test: Bool)], classCount: Int, mode: ColorMode,
        area: Rect,
        into screen: inout Screen
    ) {
        for row in 0..<area.height {
            for column in 0..<area.width {
                screen[area.x + column, area.y + row] = pixels.cell(column: column, row: row, mode: mode)
            }
        }
        for (points, test) in sets {
            for point in points {
                let cell = DecisionGrid.cell(x1: point.x, x2: point.y, width: area.width, height: area.height)
                let background = pixels.color(column: cell.column, pixelRow: cell.row * 2)
                screen[area.x + cell.column, area.y + cell.row] =
                    pointCell(point, test: test, classCount: classCount, mode: mode, background: background)
            }
        }
    }

    /// One data point's cell. 256 colours: a train point is a dot of its colour (its class's, or for
    /// regression its value's on the heatmap's scale) in the shade `Palette.pointColor(_:on:)` chooses for
    /// the heatmap under it, a test point a ring of the same. 8 colours: a bold dot (ring)
    /// of its class's hue. Monochrome: its letter in reverse video, so it stands out on every ramp glyph.
    static func pointCell(_ point: DataPoint, test: Bool, classCount: Int, mode: ColorMode, background: Palette.RGB)
        -> Cell
    {
        let label = classCount == 0 ? (point.label >= 0 ? 1 : 0) : Int(point.label)
        switch mode {
        case .monochrome:
            let glyph: Character =
                classCount > 2
                ? Character(String(label % 10)) : (label == 1 ? (test ? "O" : "o") : (test ? "X" : "x"))
            return Cell(glyph, Style(bold: true, reverse: true))
        case .eight:
            return Cell(test ? "◎" : "●", Style(foreground: .rgb(Palette.classHues[label % 8]), bold: true))
        case .full:
            let hue =
                classCount == 0 ? Palette.color(for: point.label) : Palette.classHues[label % Palette.classHues.count]
            let glyph: Character = classCount == 0 ? (test ? "○" : "•") : (test ? "○" : "●")
            return Cell(
                glyph,
                Style(
                    foreground: .rgb(Palette.pointColor(hue, on: background)), background: .rgb(background), bold: true)
            )
        }
    }

    private static func drawDiverged(epoch: Int, area: Rect, into screen: inout Screen) {
        screen.fill(x: area.x, y: area.y, width: area.width, height: area.height, with: Theme.neutralFill)
        let lines = TrainingHealth.divergedLines(epoch: epoch)
        // Dark red on white.
        let style = Style(foreground: .rgb(160, 40, 40), background: .rgb(Palette.neutral), bold: true)
        for (offset, line) in lines.enumerated() {
            let y = area.y + area.height / 2 - 1 + offset
            screen.write(
                line, x: area.x + Swift.max(0, (area.width - line.count) / 2), y: y, style: style, limit: area.width)
        }
    }
}

/// The heatmap's pixels: the snapshot's grid resampled to the area (the grid may lag a resize by a frame).
struct Pixels {
    let grid: DecisionGrid
    let width: Int, height: Int
    let classCount: Int
    let discretize: Bool

    init(grid: DecisionGrid, width: Int, height: Int, classCount: Int, discretize: Bool) {
        (self.grid, self.width, self.height, self.classCount, self.discretize) = (
            grid, width, height, classCount, discretize
        )
    }

    init(state: AppState, width: Int, height: Int) {
        self.init(
            grid: state.snapshot.decision, width: width, height: height,
            classCount: state.snapshot.decisionSource == nil ? state.snapshot.classCount : 2,
            discretize: state.discretize)
    }

    /// The value at a pixel in −1 ... 1 (classes: the confidence of the predicted class in 0 ... 1).
    func value(column: Int, pixelRow: Int) -> (value: Float, cls: Int) {
        guard grid.width > 0, grid.height > 0 else { return (0, 0) }
        let gx = Swift.min(column * grid.width / Swift.max(width, 1), grid.width - 1)
        let gy = Swift.min(pixelRow * grid.height / Swift.max(height, 1), grid.height - 1)
        let index = gy * grid.width + gx
        let raw = grid.values[index]
        let v = raw.isFinite ? raw : 0
        if classCount > 2, !grid.classes.isEmpty {
            let k = Float(classCount), probability = (v + 1) / 2
            let confidence = discretize ? 1 : Swift.max(0, (probability - 1 / k) / (1 - 1 / k))
            return (confidence, Int(grid.classes[index]))
        }
        return (discretize ? (v > 0 ? 1 : (v < 0 ? -1 : 0)) : v, v > 0 ? 1 : 0)
    }

    func color(column: Int, pixelRow: Int) -> Palette.RGB {
        let (v, cls) = value(column: column, pixelRow: pixelRow)
        return classCount > 2 ? Palette.color(forClass: cls, confidence: v) : Palette.color(for: v)
    }

    func cell(column: Int, row: Int, mode: ColorMode) -> Cell {
        switch mode {
        case .full:
            return Cell(
                "▀",
                Style(
                    foreground: .rgb(color(column: column, pixelRow: 2 * row)),
                    background: .rgb(color(column: column, pixelRow: 2 * row + 1))))
        case .eight:
            let (v, cls) = value(column: column, pixelRow: 2 * row)
            let strength = classCount > 2 ? v : Swift.abs(v)
            let glyph = HeatmapWidget.shades[Swift.min(Int((strength * 4).rounded()), 4)]
            let hue = classCount > 2 ? Palette.classHues[cls % 8] : (v < 0 ? Palette.negative : Palette.positive)
            return Cell(glyph, Style(foreground: .rgb(hue)))
        case .monochrome:
            let (v, cls) = value(column: column, pixelRow: 2 * row)
            if classCount > 2 { return Cell(Character(String(UnicodeScalar(UInt8(97 + cls % 26)))), Theme.dim) }
            return Cell(Palette.asciiGlyph(for: v))
        }
    }
}
