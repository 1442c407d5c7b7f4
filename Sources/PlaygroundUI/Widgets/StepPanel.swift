import Playground

/// "The step" (`L`): the training loss along the current gradient step, L(w − s·η·∇L) for s from 0 to 2,
/// as the lecture slide on too high a learning rate draws it — the start (●) and where the step lands (◆,
/// s = 1). A good rate lands in the valley, lower; past 2 / curvature it lands on the far wall, higher.
enum StepPanel {
    /// The lower part of the network panel, above its inactive-features and gradient-norm rows.
    static func frame(in network: Rect) -> Rect {
        let height = Swift.min(14, Swift.max(7, (network.height - 3) / 2))
        return Rect(x: network.x, y: network.y + network.height - 3 - height, width: network.width, height: height)
    }

    static func draw(_ state: AppState, into screen: inout Screen, frame: Rect) {
        guard let area = open(frame, title: "the step · loss along w − s·η·∇L · L hides", into: &screen) else { return }
        guard let profile = state.snapshot.stepProfile else {
            screen.write(
                state.snapshot.divergedAt != nil ? "diverged: no step to draw" : "computing…",
                x: area.x, y: area.y, style: Theme.dim, limit: area.width)
            return
        }
        let rows = Swift.max(3, area.height - 5)
        let verdict = Self.caption(profile, width: area.width, rows: rows)
        // The rate against its limit above the verdict when there is a row to spare (the verdict comes first).
        let stability = verdict.count < rows ? StabilityLine.text(state.snapshot) : nil
        let caption = (stability.map { [$0.text] } ?? []) + verdict
        let captionRows = caption.count
        let plot = Rect(x: area.x, y: area.y, width: area.width, height: area.height - captionRows - 1)
        guard plot.height > 0 else { return }
        drawCurve(profile, plot: plot, into: &screen)
        let axis = "s = 0" + String(repeating: " ", count: Swift.max(1, plot.width / 2 - 7)) + "1 (the step)"
        screen.write(axis, x: plot.x, y: plot.y + plot.height, style: Theme.dim, limit: plot.width)
        screen.write("2", x: plot.x + plot.width - 1, y: plot.y + plot.height, style: Theme.dim)
        for (row, line) in caption.prefix(captionRows).enumerated() {
            let verdictStyle = profile.landsHigher ? Theme.warning : Theme.good
            let style = row == 0 && stability != nil ? (stability!.pastLimit ? Theme.warning : Theme.dim) : verdictStyle
            screen.write(line, x: area.x, y: plot.y + plot.height + 1 + row, style: style, limit: area.width)
        }
    }

    /// What the step did, in at most `rows` lines of `width`: in full when it fits, else the short form,
    /// which still names the cause (the verdict is the point of the panel; cut, it lost "η too large").
    static func caption(_ profile: StepProfile, width: Int, rows: Int) -> [String] {
        let numbers = "start \(format(profile.start)) → lands \(format(profile.landing))"
        if profile.isWithinNoise {
            return Array(
                NotesPanel.wrap(numbers + ": at the bottom — the difference is floating-point noise", width: width)
                    .prefix(rows))
        }
        let full = NotesPanel.wrap(
            numbers + ": "
                + (profile.landsHigher
                    ? "lands higher than it starts: the step overshoots the valley (η too large)"
                    : "lands lower than it starts: a step down into the valley"),
            width: width)
        if full.count <= rows { return full }
        let short = NotesPanel.wrap(
            "\(format(profile.start)) → \(format(profile.landing)): "
                + (profile.landsHigher
                    ? "higher — overshoots, η too large" : "lower — down into the valley"),
            width: width)
        return Array(short.prefix(rows))
    }

    private static func drawCurve(_ profile: StepProfile, plot: Rect, into screen: inout Screen) {
        let dotsWide = plot.width * 2, dotsHigh = plot.height * 4
        // The scale spans the curve from the start to a quarter step past the landing, so the landing stands
        // clearly on its wall; the far end (s = 2), often far higher, runs off the top.
        let near = profile.losses.prefix(Int((Double(profile.losses.count - 1) * 0.625).rounded()) + 1)
        let low = near.min()!, high = Swift.max(near.max()!, low + 1e-12)
        func row(_ loss: Double) -> Int {
            Swift.min(Swift.max(Int(((high - loss) / (high - low) * Double(dotsHigh - 1)).rounded()), 0), dotsHigh - 1)
        }
        func loss(atDot dot: Int) -> Double {
            let position = Double(dot) / Double(dotsWide - 1) * Double(profile.losses.count - 1)
            let below = Swift.min(Int(position), profile.losses.count - 1),
                above = Swift.min(below + 1, profile.losses.count - 1)
            let t = position - Double(below)
            return profile.losses[below] * (1 - t) + profile.losses[above] * t
        }
        // Past the top of the scale the curve leaves the plot (an ↑ where it does) instead of running flat along it.
        let exit = (0..<dotsWide).first { loss(atDot: $0) > high + 1e-12 * Swift.max(1, abs(high)) }
        var canvas = BrailleCanvas(width: plot.width, height: plot.height)
        canvas.curve(through: exit) { row(loss(atDot: $0)) }
        for y in 0..<plot.height {
            for x in 0..<plot.width {
                if let glyph = canvas.glyph(y * plot.width + x) {
                    screen[plot.x + x, plot.y + y] = Cell(glyph, Theme.dim)
                }
            }
        }
        if let exit { screen[plot.x + Swift.min(exit / 2, plot.width - 1), plot.y] = Cell("↑", Theme.dim) }
        screen[plot.x, plot.y + row(profile.start) / 4] = Cell("●", Theme.title)
        screen[plot.x + plot.width / 2, plot.y + row(profile.landing) / 4] =
            Cell("◆", profile.landsHigher ? Theme.warning : Theme.good)
    }

    /// Clears `frame` over the network panel and boxes it under `title`; its inside, or `nil` when too small
    /// to draw in (the step panel's and the sharpness chart's frame).
    static func open(_ frame: Rect, title: String, into screen: inout Screen) -> Rect? {
        screen.fill(x: frame.x, y: frame.y, width: frame.width, height: frame.height, with: .blank)
        screen.box(x: frame.x, y: frame.y, width: frame.width, height: frame.height, title: title, style: Theme.heading)
        let area = frame.inner
        return area.width > 8 && area.height > 3 ? area : nil
    }

    static func format(_ value: Double) -> String { NumberFormat.significant(value, digits: 3) }
}
