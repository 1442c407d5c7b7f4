import Testing
import Playground
@testable import PlaygroundUI

@Suite("The loss chart against literal lines")
struct LossChartWidgetTests {
    @Test func lossChartShowsValuesCurvesAndTheBestEpoch() throws {
        var state = try makeState()
        state.snapshot.history = (0...8).map { epoch in
            let train = 1 - Double(epoch) / 8, test = epoch <= 4 ? 1 - Double(epoch) / 8 : 0.5 + Double(epoch - 4) / 8
            return EpochRecord(epoch: epoch, trainLoss: train, testLoss: test, trainAccuracy: nil, testAccuracy: nil)
        }
        state.snapshot.bestTestEpoch = 4
        state.snapshot.bestTestRecord = state.snapshot.history[4]
        state.snapshot.restores = [6]
        var screen = Screen(width: 40, height: 9)
        LossChartWidget.draw(state, into: &screen, frame: Rect(x: 0, y: 0, width: 40, height: 9))
        // Without colour, train is braille and test is •; where they lie on each other (up to epoch 4) the
        // train's braille shows. Train falls in a straight line; test falls with it, then rises after epoch 4,
        // where the best-test marker stands (labelled in the title); ↺ marks a restore.
        // Loss labels on the left, epoch ticks below.
        #expect(
            screen.lines == [
                "┌ loss · ┊ best test 0.5000 @ 4 ───────┐",
                "│⣿ train 0  • test 1.000               │",
                "│1.00 ⠉⠓⠒⠦⢤⣀⡀         ┊       ↺  ••••••│",
                "│           ⠉⠉⠓⠲⠤⢤⣀⡀  ┊   ••••••••     │",
                "│                  ⠉⠉⠓⠲••••            │",
                "│                     ┊   ⠉⠙⠒⠲⠤⣄⣀⡀     │",
                "│   0                 ┊          ⠉⠙⠒⠦⠤⣄│",
                "│     0               4        8 epochs│",
                "└──────────────────────────────────────┘",
            ])
        state.colorMode = .full
        LossChartWidget.draw(state, into: &screen, frame: Rect(x: 0, y: 0, width: 40, height: 9))
        #expect(screen[6, 2].style == Theme.bothSeries && screen[28, 5].style == Theme.trainSeries, "where they meet")
        #expect(screen[33, 2].style == Theme.testSeries, "test alone in its colour")
        #expect(Theme.testSeries.foreground != Theme.trainSeries.foreground)
        #expect(screen.lines[1].hasPrefix("│━ train 0  ━ test 1.000  ━ both"), "a legend in the series' colours")
    }
}
