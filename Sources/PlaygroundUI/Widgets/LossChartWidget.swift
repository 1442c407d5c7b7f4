import Playground

/// Train and test loss over epochs, in two colours (two glyphs without colour) with a legend, loss values
/// on the left, epoch ticks below, and markers at the best test epoch (┊, where early stopping would stop)
/// and at restores of its weights (↺). Curves are braille dots (2×4 per cell).
enum LossChartWidget {
    /// `sharing`: the compared run's history — the vertical scale holds its losses too (both charts share
    /// one scale) and its test curve is drawn dimmed under this run's, so the two can be read against each
    /// other; `label` names the side.
    static func draw(
        _ state: AppState, into screen: inout Screen, frame: Rect, sharing: [EpochRecord] = [], label: String? = nil
    ) {
        let snapshot = state.snapshot
        let axis = axis(state)
        let axisName =
            switch (state.chartAxis, axis) {
            case (.auto, .logEpochs): " · log epochs"
            case (_, .auto), (_, .all): ""
            default: " · \(axis.rawValue)"
            }
        let name = (label.map { $0 + " · " } ?? "") + "loss" + (state.logScale ? " (log)" : "")
        var titles = [name + axisName]
        if let latest = snapshot.latest, let best = snapshot.bestTestRecord, best.epoch < latest.epoch {
            // The best epoch's label, shorter on a narrow chart rather than cut.
            titles = [
                name + axisName + " · ┊ best test \(format(best.testLoss)) @ \(best.epoch)",
                name + " · ┊ best \(format3(best.testLoss)) @ \(best.epoch)",
                "┊ best \(format3(best.testLoss)) @ \(best.epoch)",
                "┊ best @ \(best.epoch)",
            ]
        }
        let title = titles.first { $0.count + 4 <= frame.width } ?? titles[titles.count - 1]
        screen.box(x: frame.x, y: frame.y, width: frame.width, height: frame.height, title: title, style: Theme.dim)
        let area = frame.inner
        guard area.width > 2, area.height > 1, let latest = snapshot.shown else { return }
        var coincide = false
        if snapshot.history.count > 1 {
            coincide = drawPlot(
                state, sharing: sharing,
                area: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1), into: &screen)
        }
        drawLegend(latest, mode: state.colorMode, coincide: coincide, area: area, into: &screen)
    }

    /// The epoch axis the chart draws: `auto` resolved for this run.
    static func axis(_ state: AppState) -> ChartTimeAxis {
        state.chartAxis.resolved(last: state.snapshot.epoch, best: state.snapshot.bestTestEpoch)
    }

    /// `coincide`: some of the curves lie on each other, drawn in `Theme.bothSeries` (said last, if it fits).
    private static func drawLegend(
        _ latest: EpochRecord, mode: ColorMode, coincide: Bool, area: Rect, into screen: inout Screen
    ) {
        let (trainGlyph, testGlyph) = mode == .monochrome ? ("⣿", testDot) : ("━", "━")
        let accuracy = latest.trainAccuracy.flatMap { train in
            latest.testAccuracy.map { "  acc \(percent(train))/\(percent($0))" }
        }
        // The longest form that fits: named series, then the values alone (the header names them), never a
        // cut number.
        let forms: [(train: String, test: String)] = [
            ("\(trainGlyph) train \(format(latest.trainLoss))  ", "\(testGlyph) test \(format(latest.testLoss))"),
            ("\(trainGlyph) \(format(latest.trainLoss))  ", "\(testGlyph) \(format(latest.testLoss))"),
            ("\(trainGlyph)\(format3(latest.trainLoss)) ", "\(testGlyph)\(format3(latest.testLoss))"),
        ]
        let form = forms.first { $0.train.count + $0.test.count <= area.width } ?? forms[forms.count - 1]
        var x = area.x
        func put(_ text: String, _ style: Style) {
            x += screen.write(text, x: x, y: area.y, style: style, limit: Swift.max(0, area.x + area.width - x))
        }
        put(form.train, Theme.trainSeries)
        put(form.test, Theme.testSeries)
        if let accuracy, x + accuracy.count <= area.x + area.width { put(accuracy, Theme.dim) }
        let both = "  ━ both"
        if coincide, mode != .monochrome, x + both.count <= area.x + area.width { put(both, Theme.bothSeries) }
    }

    /// The glyph of the test curve without colour (the train curve stays braille).
    static let testDot = "•"

    /// Draws the axes and the curves; returns whether the curves coincide anywhere.
    private static func drawPlot(
        _ state: AppState, sharing: [EpochRecord], area: Rect, into screen: inout Screen
    ) -> Bool {
        let history = state.snapshot.history
        let scaled = sharing.isEmpty ? history : (history + sharing.filter(\.isFinite)).sorted { $0.epoch < $1.epoch }
        // Loss labels on the left and epoch ticks below, when there is room for a readable plot beside them.
        let range = ChartScale(history: scaled, axis: axis(state), logLoss: state.logScale, dotsWide: 2)
        let labels = [range.loss(at: 1), range.loss(at: 0)].map { format3($0) }
        let labelWidth = (labels.map(\.count).max() ?? 0) + 1
        let withAxes = area.width - labelWidth >= 12 && area.height >= 3
        let plot =
            withAxes
            ? Rect(x: area.x + labelWidth, y: area.y, width: area.width - labelWidth, height: area.height - 1) : area
        let scale = range.spread(over: plot.width * 2)
        if withAxes {
            screen.write(labels[0].leftPadded(to: labelWidth - 1), x: area.x, y: plot.y, style: Theme.dim)
            screen.write(
                labels[1].leftPadded(to: labelWidth - 1), x: area.x, y: plot.y + plot.height - 1, style: Theme.dim)
            drawTicks(scale, plot: plot, y: area.y + area.height - 1, into: &screen)
        }
        return drawCurves(state, scale: scale, plot: plot, other: sharing, into: &screen)
    }

    private static func drawTicks(_ scale: ChartScale, plot: Rect, y: Int, into screen: inout Screen) {
        let positions = [0, plot.width / 2, plot.width - 1]
        var taken = plot.x - 1
        for (n, column) in positions.enumerated() {
            let dot = n == positions.count - 1 ? scale.dotsWide - 1 : column * 2  // the last tick: the last epoch
            let epoch = Int(scale.epoch(atDot: dot).rounded())
            var text = "\(epoch)"
            if n == positions.count - 1 { text += " epochs" }
            let x = n == 0 ? plot.x : Swift.min(plot.x + column - text.count / 2, plot.x + plot.width - text.count)
            guard x > taken else { continue }
            taken = x + screen.write(text, x: x, y: y, style: Theme.dim, limit: plot.x + plot.width - x)
        }
    }

    /// `other`: the compared run's history, whose test curve is drawn dimmed under this run's curves. Where
    /// train and test share dots, the cell takes `Theme.bothSeries` (without colour, the train's braille),
    /// so a train curve under an equal test curve stays visible. Returns whether that happened.
    private static func drawCurves(
        _ state: AppState, scale: ChartScale, plot: Rect, other: [EpochRecord], into screen: inout Screen
    ) -> Bool {
        let monochrome = state.colorMode == .monochrome
        func dots(_ history: [EpochRecord], _ key: KeyPath<EpochRecord, Double>) -> [UInt8] {
            var canvas = BrailleCanvas(width: plot.width, height: plot.height)
            let dotsHigh = canvas.dotsHigh
            canvas.curve { scale.dotRow(history.value(at: scale.epoch(atDot: $0), key), dotsHigh: dotsHigh) }
            return canvas.bits
        }
        let history = state.snapshot.history
        let train = dots(history, \.trainLoss), test = dots(history, \.testLoss)
        let ghost = other.count > 1 ? dots(other, \.testLoss) : []
        let best = scale.dot(ofEpoch: state.snapshot.bestTestEpoch).map { $0 / 2 }
        let restores = Set(state.snapshot.restores.compactMap { scale.dot(ofEpoch: $0).map { $0 / 2 } })
        var coincide = false
        for row in 0..<plot.height {
            for column in 0..<plot.width {
                let index = row * plot.width + column
                let x = plot.x + column, y = plot.y + row
                let shared = train[index] & test[index] != 0
                coincide = coincide || shared
                if test[index] != 0, monochrome, !shared {
                    screen[x, y] = Cell(Character(testDot), Theme.testSeries)
                } else if train[index] | (monochrome ? 0 : test[index]) != 0 {
                    let bits = train[index] | (monochrome ? 0 : test[index])
                    let style =
                        shared && !monochrome
                        ? Theme.bothSeries : test[index] != 0 && !monochrome ? Theme.testSeries : Theme.trainSeries
                    screen[x, y] = Cell(BrailleCanvas.glyph(bits: bits), style)
                } else if !ghost.isEmpty, ghost[index] != 0 {
                    screen[x, y] = Cell(monochrome ? "·" : BrailleCanvas.glyph(bits: ghost[index]), Theme.dim)
                } else if row == 0, restores.contains(column) {
                    screen[x, y] = Cell("↺", Theme.marker)
                } else if column == best, state.snapshot.bestTestEpoch < scale.last {
                    screen[x, y] = Cell("┊", Theme.marker)
                }
            }
        }
        // Time travel: a bright cursor at the epoch the picture and the network show, over the curves.
        if let travelled = state.snapshot.travelledEpoch, let dot = scale.dot(ofEpoch: travelled) {
            for row in 0..<plot.height { screen[plot.x + dot / 2, plot.y + row] = Cell("│", Theme.markerBold) }
        }
        return coincide
    }

    /// A loss with 4 significant digits (scientific only when tiny or huge).
    static func format(_ value: Double) -> String { NumberFormat.significant(value, digits: 4) }

    /// An axis label: 3 significant digits.
    static func format3(_ value: Double) -> String { NumberFormat.significant(value, digits: 3) }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}

extension String {
    /// Right-aligned in `width` columns (never cut).
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
