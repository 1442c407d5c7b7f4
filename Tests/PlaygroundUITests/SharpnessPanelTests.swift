import Testing
import Playground
@testable import PlaygroundUI

@Suite("The sharpness chart")
struct SharpnessPanelTests {
    /// λ climbing from 4 to 20 = 2/η (η 0.1) over 400 epochs and hovering there: the curve meets the dotted
    /// line and runs along it, the caption names the edge of stability.
    @Test func sharpnessMeetsTheLineAtTheEdgeOfStability() throws {
        var state = try makeState()
        state.snapshot.config.learningRate = 0.1
        state.snapshot.stabilityHistory = (0...10).map { i in
            let lambda = i < 5 ? 4 + 4 * Double(i) : 20
            return StabilityReading(epoch: 80 * i, sharpness: lambda, limit: 2 / lambda, formula: "2/λ")
        }
        var screen = Screen(width: 36, height: 11)
        SharpnessPanel.draw(state, into: &screen, frame: Rect(x: 0, y: 0, width: 36, height: 11))
        #expect(
            screen.lines == [
                "┌ sharpness λ · ┄ limit · H hides ─┐",
                "│23.0┄┄┄┄┄┄┄┄┄┄┄⣀⡤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤│",
                "│           ⢀⣠⠴⠋⠁                  │",
                "│        ⣀⡤⠞⠉                      │",
                "│    ⢀⣠⠖⠋⠁                         │",
                "│0   ⠉                             │",
                "│    0                   800 epochs│",
                "│λ 20.0 · 2/η 20.0                 │",
                "│at the edge of stability: λ ≈ 2/η,│",
                "│the loss zigzags and still falls  │",
                "└──────────────────────────────────┘",
            ])
        state.snapshot.stabilityHistory = [state.snapshot.stabilityHistory[0]]
        SharpnessPanel.draw(state, into: &screen, frame: Rect(x: 0, y: 0, width: 36, height: 11))
        #expect(screen.lines[1].hasPrefix("│λ is measured every 80 epochs"))
    }

    @Test func pastTheLineIsAWarningBelowItCalm() {
        let past = SharpnessPanel.caption(
            StabilityReading(epoch: 0, sharpness: 30, limit: 2 / 30, formula: "2/λ"), learningRate: 0.1, width: 60)
        #expect(
            past.lines == ["λ 30.0 · 2/η 20.0", "past the limit: each step overshoots the sharpest direction"]
                && past.style == Theme.warning)
        let adam = SharpnessPanel.caption(
            StabilityReading(epoch: 0, sharpness: 100, limit: 0.38, formula: "38/λ"), learningRate: 0.01, width: 60)
        #expect(adam.lines[0] == "λ 100 · 38/η 3800" && adam.style == Theme.good)
    }
}
