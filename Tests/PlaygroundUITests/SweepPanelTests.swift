import Foundation
import Testing
import Playground
@testable import PlaygroundUI

@Suite("The learning-rate sweep in the playground")
struct SweepPanelTests {
    /// Synthetic runs at the 12 default rates: a valley of best test losses, the two largest diverged, one
    /// still running.
    func sweptState() throws -> AppState {
        var state = try makeState(width: 100, height: 30)
        _ = update(&state, .toggleSweep)
        let rates = LearningRateSweep.rates()
        for (index, rate) in rates.enumerated() where index != 5 {
            let distance = abs(log10(rate) - log10(0.1))
            let loss = 0.01 * pow(10, distance / 2)
            let run = SweepRun(
                learningRate: rate, finalTrainLoss: loss * 0.8, finalTestLoss: loss, bestTestLoss: loss,
                testAccuracy: 0.9, divergedAt: index >= 10 ? 3 : nil)
            _ = update(&state, .sweepRun(index: index, run: run))
        }
        state.message = nil
        return state
    }

    @Test func panelPlotsLossAgainstLearningRate() throws {
        let state = try sweptState()
        // The valley's floor at 0.152 (◆), ✕ for the two that diverged, · for the run still going.
        #expect(
            lines(render(state), state.layout.inspectorPanel) == [
                "┌ learning-rate sweep · 11 of 12 runs × 500 epochs ──────────────────┐",
                "│loss                                                          ✕    ✕│",
                "│0.32   ●                                                            │",
                "│            ●     ●                                                 │",
                "│                       ●     ●                                      │",
                "│                             +                     ●    ●           │",
                "│0.0099                            ·     ●    ◆                      │",
                "│η →    1e-4        0.001       0.01        0.1         1          10│",
                "│◆ best η = 0.152 (test 0.0123)  ● test  + train  ✕ diverged         │",
                "└────────────────────────────────────────────────────────────────────┘",
            ])
    }

    /// Enter applies the best rate live and closes the sweep (stopping it); Esc closes without changing it.
    @Test func enterTakesTheBestRateAndEscCloses() throws {
        var state = try sweptState()
        let effects = route(&state, key: .enter)
        #expect(state.sweep == nil && effects.contains(.stopSweep))
        #expect(Swift.abs(state.config.learningRate - LearningRateSweep.rates()[7]) < 1e-12)
        #expect(effects.trainerCommands.contains(.live(try state.config.validated())))
        var other = try sweptState()
        let rate = other.config.learningRate
        #expect(
            route(&other, key: .escape).contains(.stopSweep) && other.sweep == nil && other.config.learningRate == rate)
    }
}
