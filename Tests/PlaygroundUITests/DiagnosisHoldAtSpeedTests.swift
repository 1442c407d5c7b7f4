import Playground
import Testing
@testable import PlaygroundUI

@Suite("The diagnosis hold at speed")
struct DiagnosisHoldAtSpeedTests {
    /// At 400 epochs/s the snapshots are some 15 epochs apart: the hold is 1.5 s of training (600 epochs), so
    /// two states taking turns from snapshot to snapshot still read as one.
    @Test func atSpeedTheHoldIsSecondsOfTraining() {
        var hold = DiagnosisHold()
        var names: Set<String> = []
        for step in 0..<40 {
            hold.observe(
                step % 3 == 0 ? .stalled : .oscillating(overshoot: nil), epoch: 100 + 15 * step, generation: 1,
                epochsPerSecond: 400)
            names.insert(hold.shown.name)
        }
        #expect(names == ["stalled"])
        for step in 40..<90 {
            hold.observe(.oscillating(overshoot: nil), epoch: 100 + 15 * step, generation: 1, epochsPerSecond: 400)
        }
        #expect(hold.shown == .oscillating(overshoot: nil), "750 epochs of it at 400/s: shown")
    }
}
