import Foundation
import Testing
import Playground
@testable import PlaygroundUI

@Suite("A loss chart that keeps the lesson on long runs")
struct LossChartAxisTests {
    /// The overfitting lesson 10,000 epochs on: the history is thinned past its best epoch (42), the title
    /// still names it, the default axis has turned logarithmic, so the marker stands well inside the plot
    /// and the rise after it has room.
    @Test func theBestEpochKeepsItsMarkerAndLabelAt10000Epochs() throws {
        var state = try makeState(width: 120, height: 40)
        let records = (0...10_000).map { epoch in
            let e = Double(epoch), train = 0.5 * exp(-e / 30) + 0.02
            let test = epoch <= 42 ? 0.5 * exp(-e / 30) + 0.26 : 0.3833 + 0.00002 * (e - 42)
            return EpochRecord(epoch: epoch, trainLoss: train, testLoss: test, trainAccuracy: nil, testAccuracy: nil)
        }
        state.snapshot.history = records.thinned(to: Snapshot.historyLimit)
        #expect(!state.snapshot.history.contains { $0.epoch == 42 }, "thinned past the best epoch")
        state.snapshot.epoch = 10_000
        state.snapshot.bestTestEpoch = 42
        state.snapshot.bestTestRecord = records[42]
        let frame = state.layout.chart
        var screen = Screen(width: state.width, height: state.height)
        LossChartWidget.draw(state, into: &screen, frame: frame)
        let lines = screen.lines
        let title = String(Array(lines[frame.y])[frame.x..<frame.x + frame.width])
        #expect(title.hasPrefix("┌ loss · log epochs · ┊ best test 0.3833 @ 42 ─"), "\(title)")
        let rows = (frame.y + 2..<frame.y + frame.height - 2).map { Array(lines[$0]) }
        let marker = try #require(rows.compactMap { $0.firstIndex(of: "┊") }.first)
        #expect(marker - frame.x > frame.width * 2 / 5, "the marker stands inside the plot: column \(marker - frame.x)")
        // `z` to the plain axis: all epochs evenly, the marker lost against the left edge (under the curves).
        state.chartAxis = .all
        screen = Screen(width: state.width, height: state.height)
        LossChartWidget.draw(state, into: &screen, frame: frame)
        let plain = (frame.y + 2..<frame.y + frame.height - 2).map { Array(screen.lines[$0]) }
        let edge = plain.compactMap { $0.firstIndex(of: "┊") }.first.map { $0 - frame.x }
        #expect(!screen.lines[frame.y].contains("log epochs") && (edge ?? 0) < frame.width / 5)
    }

    /// A log loss scale reaches down to the lowest loss drawn, not to a fixed 1e-6.
    @Test func theLogScalesFloorFollowsTheData() throws {
        var state = try makeState(width: 120, height: 40)
        state.snapshot.history = (0...100).map { epoch in
            let loss = pow(10, -Double(epoch) / 10)
            return EpochRecord(epoch: epoch, trainLoss: loss, testLoss: loss * 2, trainAccuracy: nil, testAccuracy: nil)
        }
        state.logScale = true
        state.chartAxis = .all
        let frame = state.layout.chart
        var screen = Screen(width: state.width, height: state.height)
        LossChartWidget.draw(state, into: &screen, frame: frame)
        let bottom = screen.lines[frame.y + frame.height - 3]
        #expect(bottom.contains("1e-10") || bottom.contains("1.00e-10"), "\(bottom)")
    }
}
