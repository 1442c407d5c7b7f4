import Testing
import Playground
@testable import PlaygroundUI

@Suite("The step panel against literal lines")
struct StepPanelWidgetTests {
    /// A bowl with its minimum at s = 0.45: a step of s = 1 lands on the far wall, higher than the start.
    @Test func stepPanelDrawsTheLossAlongTheStepWithStartAndLanding() throws {
        var state = try makeState()
        state.snapshot.stability = nil
        func bowl(_ minimum: Double) -> StepProfile {
            StepProfile(
                fractions: (0...8).map { Double($0) / 4 },
                losses: (0...8).map {
                    let s = Double($0) / 4; return 1 + 2.2 * (s - minimum) * (s - minimum) - 0.45
                },
                learningRate: 0.16)
        }
        state.snapshot.stepProfile = bowl(0.45)
        var screen = Screen(width: 40, height: 10)
        StepPanel.draw(state, into: &screen, frame: Rect(x: 0, y: 0, width: 40, height: 10))
        #expect(
            screen.lines == [
                "┌ the step · loss along w − s·η·∇L · L ┐",
                "│                     ⢀⡤↑              │",
                "│                   ⢀⡴⠋                │",
                "│●⣀             ⢀⣠⠴⠚◆                  │",
                "│ ⠈⠉⠓⠦⠤⠤⣄⣀⣀⣀⡤⠤⠖⠚⠉                      │",
                "│s = 0            1 (the step)        2│",
                "│start 0.996 → lands 1.22: lands higher│",
                "│than it starts: the step overshoots   │",
                "│the valley (η too large)              │",
                "└──────────────────────────────────────┘",
            ])
        #expect(screen[20, 3].character == "◆" && screen[20, 3].style == Theme.warning)
        #expect(screen[24, 1].character == "↑", "the far wall leaves the plot at its top, not along it")
        state.snapshot.stepProfile = bowl(0.8)
        StepPanel.draw(state, into: &screen, frame: Rect(x: 0, y: 0, width: 40, height: 10))
        #expect(screen.lines[6].hasPrefix("│start 1.96 → lands 0.638: lands lower"), "\(screen.lines[6])")
        // As narrow as at 80×24: the full caption would need five rows, so the short one names the cause.
        state.snapshot.stepProfile = bowl(0.45)
        var narrow = Screen(width: 24, height: 9)
        StepPanel.draw(state, into: &narrow, frame: Rect(x: 0, y: 0, width: 24, height: 9))
        #expect(
            Array(narrow.lines[5...7]) == [
                "│0.996 → 1.22: higher —│",
                "│overshoots, η too     │",
                "│large                 │",
            ])
        // With the sharpness measured and a row to spare, the rate against its limit heads the caption.
        state.snapshot.stability = StabilityReading(epoch: 0, sharpness: 100, limit: 0.02, formula: "2/λ")
        var tall = Screen(width: 40, height: 12)
        StepPanel.draw(state, into: &tall, frame: Rect(x: 0, y: 0, width: 40, height: 12))
        #expect(tall.lines[7] == "│η 0.03 · limit 0.0200                 │")
        #expect(tall.lines[8].hasPrefix("│start 0.996 → lands 1.22"))
        #expect(tall[1, 7].style == Theme.warning, "η past the limit: warning colour")
    }
}
