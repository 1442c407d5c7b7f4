import Playground

/// The sharpness chart (`H`): λ, the largest curvature of the training loss (the Hessian's largest
/// eigenvalue, measured every few epochs), over the epochs, against the line 2/η where gradient descent at
/// rate η starts to overshoot the sharpest direction. Full-batch descent sharpens the valley until λ meets
/// the line, then stays there while the loss keeps falling: the edge of stability.
enum SharpnessPanel {
    static func draw(_ state: AppState, into screen: inout Screen, frame: Rect) {
        guard let area = StepPanel.open(frame, title: "sharpness λ · ┄ limit · H hides", into: &screen) else { return }
        let readings = state.snapshot.stabilityHistory
        let eta = state.snapshot.config.learningRate
        guard let last = readings.last, let line = threshold(last, learningRate: eta), readings.count >= 2 else {
            screen.write(
                "λ is measured every \(TrainingSession.sharpnessInterval) epochs: press space",
                x: area.x, y: area.y, style: Theme.dim, limit: area.width)
            return
        }
        let caption = self.caption(last, learningRate: eta, width: area.width)
        let plot = Rect(x: area.x + 4, y: area.y, width: area.width - 4, height: area.height - caption.lines.count - 1)
        guard plot.height > 1, plot.width > 4 else { return }
        let top = Swift.max(readings.map(\.sharpness).max() ?? 0, line.value) * 1.15
        drawCurve(readings, top: top, threshold: line.value, plot: plot, into: &screen)
        screen.write(StepPanel.format(top), x: area.x, y: plot.y, style: Theme.dim, limit: 4)
        screen.write("0", x: area.x, y: plot.y + plot.height - 1, style: Theme.dim)
        let first = readings[0].epoch
        let axis =
            "\(first)"
            + String(repeating: " ", count: Swift.max(1, plot.width - "\(first)".count - "\(last.epoch) epochs".count))
            + "\(last.epoch) epochs"
        screen.write(axis, x: plot.x, y: plot.y + plot.height, style: Theme.dim, limit: plot.width)
        for (row, text) in caption.lines.enumerated() {
            screen.write(
                text, x: area.x, y: plot.y + plot.height + 1 + row, style: row == 0 ? Theme.title : caption.style,
                limit: area.width)
        }
    }

    /// The curvature at which rate η reaches the stability limit (2/η for gradient descent), and how it is
    /// written: the reading's formula with η for λ.
    static func threshold(_ reading: StabilityReading, learningRate: Double) -> (value: Double, label: String)? {
        guard let limit = reading.limit, learningRate > 0 else { return nil }
        return (limit * reading.sharpness / learningRate, reading.formula.replacingOccurrences(of: "λ", with: "η"))
    }

    /// "λ 19.5 · 2/η 20" and what it means, in the warning colour past the limit.
    static func caption(_ reading: StabilityReading, learningRate: Double, width: Int) -> (
        lines: [String], style: Style
    ) {
        guard let line = threshold(reading, learningRate: learningRate) else { return ([], Theme.dim) }
        let numbers = "λ \(StepPanel.format(reading.sharpness)) · \(line.label) \(StepPanel.format(line.value))"
        let ratio = reading.sharpness / line.value
        let (verdict, style): (String, Style) =
            ratio > 1.15
            ? ("past the limit: each step overshoots the sharpest direction", Theme.warning)
            : ratio >= 0.85
                ? ("at the edge of stability: λ ≈ \(line.label), the loss zigzags and still falls", Theme.marker)
                : ("below the limit: steps are stable along every direction", Theme.good)
        return ([numbers] + NotesPanel.wrap(verdict, width: width), style)
    }

    private static func drawCurve(
        _ readings: [StabilityReading], top: Double, threshold: Double, plot: Rect,
        into screen: inout Screen
    ) {
        var canvas = BrailleCanvas(width: plot.width, height: plot.height)
        // The closures must not read `canvas` while it draws.
        let (dotsWide, dotsHigh) = (canvas.dotsWide, canvas.dotsHigh)
        let first = Double(readings[0].epoch), span = Swift.max(Double(readings.last!.epoch) - first, 1)
        func row(_ value: Double) -> Int {
            let share = Swift.min(Swift.max(value / Swift.max(top, 1e-300), 0), 1)
            return Swift.min(Int(((1 - share) * Double(dotsHigh - 1)).rounded()), dotsHigh - 1)
        }
        func sharpness(atDot dot: Int) -> Double {
            let epoch = first + span * Double(dot) / Double(Swift.max(dotsWide - 1, 1))
            guard let after = readings.firstIndex(where: { Double($0.epoch) >= epoch }) else {
                return readings.last!.sharpness
            }
            guard after > 0 else { return readings[0].sharpness }
            let a = readings[after - 1], b = readings[after]
            let t = (epoch - Double(a.epoch)) / Swift.max(Double(b.epoch - a.epoch), 1)
            return a.sharpness * (1 - t) + b.sharpness * t
        }
        canvas.curve { row(sharpness(atDot: $0)) }
        let lineRow = row(threshold) / 4
        for x in 0..<plot.width {
            screen[plot.x + x, plot.y + lineRow] = Cell("┄", Theme.marker)
        }
        for y in 0..<plot.height {
            for x in 0..<plot.width {
                if let glyph = canvas.glyph(y * plot.width + x) {
                    screen[plot.x + x, plot.y + y] = Cell(glyph, Theme.trainSeries)
                }
            }
        }
    }
}
