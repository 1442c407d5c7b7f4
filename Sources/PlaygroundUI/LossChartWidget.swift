import Playground

/// Train and test loss over epochs in braille dots (2×4 per cell), with a marker at the epoch of the best
/// test loss: where early stopping would stop.
enum LossChartWidget {
    static func draw(_ state: AppState, into screen: inout Screen, frame: Rect) {
        let snapshot = state.snapshot
        var title = state.logScale ? "loss (log)" : "loss"
        if let latest = snapshot.latest, snapshot.bestTestEpoch < latest.epoch {
            title += " · best test at epoch \(snapshot.bestTestEpoch) ┊"
        }
        screen.box(x: frame.x, y: frame.y, width: frame.width, height: frame.height, title: title, style: Theme.dim)
        let area = frame.inner
        guard area.width > 2, area.height > 1, let latest = snapshot.latest else { return }
        var x = area.x
        func put(_ text: String, _ style: Style) {
            x += screen.write(text, x: x, y: area.y, style: style, limit: Swift.max(0, area.x + area.width - x))
        }
        put("train ", Theme.trainSeries)
        put(Self.format(latest.trainLoss) + "  ", Style(bold: true))
        put("test ", Theme.testSeries)
        put(Self.format(latest.testLoss), Style(bold: true))
        if let train = latest.trainAccuracy, let test = latest.testAccuracy {
            put("  acc \(percent(train))/\(percent(test))", Theme.dim)
        }
        let plot = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        guard plot.height > 0, snapshot.history.count > 1 else { return }
        drawCurves(state, plot: plot, into: &screen)
    }

    private static func drawCurves(_ state: AppState, plot: Rect, into screen: inout Screen) {
        let history = state.snapshot.history
        let dotsWide = plot.width * 2, dotsHigh = plot.height * 4
        let values = history.flatMap { [$0.trainLoss, $0.testLoss] }.map { transform($0, log: state.logScale) }
        let low = state.logScale ? values.min()! : 0
        var high = values.max()!
        if high - low < 1e-9 { high = low + 1 }
        func dotRow(_ loss: Double) -> Int {
            let t = (transform(loss, log: state.logScale) - low) / (high - low)
            return Swift.min(Swift.max(Int(((1 - t) * Double(dotsHigh - 1)).rounded()), 0), dotsHigh - 1)
        }
        /// The loss at a dot column, interpolated between the two nearest epochs.
        func loss(_ column: Int, _ key: KeyPath<EpochRecord, Double>) -> Double {
            let position = Double(column) * Double(history.count - 1) / Double(Swift.max(dotsWide - 1, 1))
            let below = Swift.min(Int(position), history.count - 1), above = Swift.min(below + 1, history.count - 1)
            let t = position - Double(below)
            return history[below][keyPath: key] * (1 - t) + history[above][keyPath: key] * t
        }

        var train = [UInt8](repeating: 0, count: plot.width * plot.height)
        var test = train
        for (series, key) in [(0, \EpochRecord.trainLoss), (1, \EpochRecord.testLoss)] {
            var previous: Int?
            for column in 0..<dotsWide {
                let row = dotRow(loss(column, key))
                let from = previous.map { Swift.min($0, row) } ?? row, to = previous.map { Swift.max($0, row) } ?? row
                for r in from...to {
                    let index = (r / 4) * plot.width + column / 2
                    let bit = brailleBit(column % 2, r % 4)
                    if series == 0 { train[index] |= bit } else { test[index] |= bit }
                }
                previous = row
            }
        }
        let best = state.snapshot.bestTestEpoch, last = history.last!.epoch, first = history.first!.epoch
        let markerColumn = last > first ? (best - first) * (plot.width - 1) / (last - first) : -1
        for row in 0..<plot.height {
            for column in 0..<plot.width {
                let index = row * plot.width + column
                let bits = train[index] | test[index]
                if bits != 0 {
                    let glyph = Character(UnicodeScalar(0x2800 + UInt32(bits))!)
                    screen[plot.x + column, plot.y + row] = Cell(glyph, test[index] != 0 ? Theme.testSeries : Theme.trainSeries)
                } else if column == markerColumn {
                    screen[plot.x + column, plot.y + row] = Cell("┊", Theme.marker)
                }
            }
        }
    }

    /// The braille dot bit for column 0–1 and row 0–3 of a cell.
    static func brailleBit(_ column: Int, _ row: Int) -> UInt8 {
        let bits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]
        return bits[column][row]
    }

    private static func transform(_ loss: Double, log: Bool) -> Double {
        log ? Libm.log10(Swift.max(loss, 1e-6)) : loss
    }

    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        if value != 0 && Swift.abs(value) < 0.001 { return String(format3e: value) }
        let scaled = (value * 10_000).rounded() / 10_000
        var text = "\(scaled)"
        while text.count < 6 && text.contains(".") { text += "0" }
        return text
    }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}

extension String {
    /// "1.2e-4" style without Foundation.
    init(format3e value: Double) {
        var exponent = 0, mantissa = Swift.abs(value)
        while mantissa < 1 && mantissa > 0 { mantissa *= 10; exponent -= 1 }
        let rounded = (mantissa * 10).rounded() / 10
        self = (value < 0 ? "-" : "") + "\(rounded)e\(exponent)"
    }
}
