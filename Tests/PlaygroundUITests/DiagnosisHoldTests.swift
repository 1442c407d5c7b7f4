import Playground
import Testing
@testable import PlaygroundUI

@Suite("The diagnosis line holds against flicker")
struct DiagnosisHoldTests {
    /// Observes `states` at epochs `from`, `from + 1`, … of generation 1 and returns what was shown after each.
    func shown(_ states: [TrainingHealth], from: Int = 1, hold: DiagnosisHold = DiagnosisHold()) -> [String] {
        var hold = hold
        return states.enumerated().map { offset, health in
            hold.observe(health, epoch: from + offset, generation: 1)
            return hold.shown.name
        }
    }

    @Test func twoStatesTakingTurnsKeepTheFirst() {
        let alternating = (0..<30).map { $0 % 2 == 0 ? TrainingHealth.oscillating(overshoot: nil) : .stalled }
        #expect(Set(shown(alternating)) == ["oscillating"], "a rate bouncing on a rule's threshold reads as one state")
    }

    @Test func aNewStateShowsOnceItOutlastsTheHold() {
        let states =
            [TrainingHealth](repeating: .learningFixture, count: 5) + [TrainingHealth](repeating: .stalled, count: 15)
        let names = shown(states)
        #expect(names[5 + DiagnosisHold.epochs / 2 - 1] == "learning", "not before the hold")
        #expect(names[5 + DiagnosisHold.epochs] == "stalled", "once it is most of the hold's observations")
        #expect(names.last == "stalled")
    }

    /// A run taking turns between two problems and "learning" (a relu circle at rate 3) is shown as its
    /// commonest problem, not as learning.
    @Test func mostlyProblemsIsAProblem() {
        let mixed = (0..<30).map {
            [TrainingHealth.learningFixture, .oscillating(overshoot: nil), .stalled, .oscillating(overshoot: nil)][
                $0 % 4]
        }
        #expect(shown(mixed).last == "oscillating")
    }

    /// A warning said at one spike gives way once the run stops saying it: a relu circle at rate 3 said
    /// "diverging" at epoch 1 and then bounced between "stalled" and "oscillating" for 700 epochs, and the line
    /// said "diverging" all along, which its own future contradicts.
    @Test func aWarningTheRunNoLongerSaysGivesWay() {
        let bouncing = (0..<40).map { $0 % 5 < 3 ? TrainingHealth.stalled : .oscillating(overshoot: nil) }
        let names = shown([.diverging(factor: 1.7, overshoot: nil)] + bouncing)
        #expect(names[1] == "diverging" && names[DiagnosisHold.epochs - 1] == "diverging", "it shows, and holds")
        #expect(names.last == "stalled", "then the run's commonest problem replaces it")
        let spikes = (0..<40).map { $0 % 4 == 0 ? TrainingHealth.diverging(factor: 1.3, overshoot: nil) : .stalled }
        #expect(shown(spikes).allSatisfy { $0 == "diverging" }, "said again and again, at once each time, it stays")
    }

    @Test func divergingAndANewRunShowAtOnce() {
        #expect(
            shown([.learningFixture, .learningFixture, .diverging(factor: 1.3, overshoot: nil)]).last == "diverging")
        #expect(
            shown([.learningFixture, .learningFixture, .symmetric]).last == "symmetric", "exact: zero init, stepped")
        #expect(shown([.learningFixture, .vanishingGradients(ratio: 0)]).last == "vanishing_gradients", "step units")
        #expect(shown([.learningFixture, .vanishingGradients(ratio: 0.001)]).last == "learning", "a ratio can hover")
        var hold = DiagnosisHold()
        hold.observe(.learningFixture, epoch: 40, generation: 1)
        hold.observe(.symmetric, epoch: 3, generation: 1)
        #expect(hold.shown == .symmetric, "an earlier epoch is a reset: nothing to hold")
        hold.observe(.converged, epoch: 4, generation: 2)
        #expect(hold.shown == .converged, "another generation: another run")
    }

    @Test func theSameStateKeepsItsNumbersCurrent() {
        var hold = DiagnosisHold()
        hold.observe(.vanishingGradients(ratio: 0.01), epoch: 10, generation: 1)
        hold.observe(.vanishingGradients(ratio: 0.002), epoch: 11, generation: 1)
        #expect(hold.shown == .vanishingGradients(ratio: 0.002))
    }

    /// What the screen says follows the held state, and a frame drawn from a fresh state says the
    /// snapshot's own diagnosis.
    @Test func theDiagnosisLineReadsTheHeldState() throws {
        var state = try makeState(epochs: 30)
        let first = state.diagnosis.shown
        #expect(
            DiagnosisLine.text(state.snapshot, shown: state.diagnosis.shown).text
                == DiagnosisLine.text(state.snapshot).text)
        var next = state.snapshot
        next.epoch += 1
        next.health = first.name == "stalled" ? .oscillating(overshoot: nil) : .stalled
        _ = update(&state, .published(next))
        #expect(state.diagnosis.shown.name == first.name, "one epoch of another state is not shown")
    }
}

extension DiagnosisHoldTests {
    /// A paused trainer republishes one epoch many times: 300 snapshots of it must not outvote ten new epochs.
    @Test func repeatedSnapshotsOfOneEpochAddNothing() {
        var hold = DiagnosisHold()
        for epoch in 1...20 { hold.observe(.learningFixture, epoch: epoch, generation: 1) }
        for _ in 0..<300 { hold.observe(.stalled, epoch: 21, generation: 1) }
        for epoch in 22...31 { hold.observe(.learningFixture, epoch: epoch, generation: 1) }
        #expect(hold.shown.name == "learning")
        for epoch in 32...45 { hold.observe(.stalled, epoch: epoch, generation: 1) }
        #expect(hold.shown.name == "stalled", "new epochs do count")
    }

    /// After `b` the line must not keep saying "test loss rising" for the hold's ten epochs.
    @Test func aRestoreStartsAfresh() {
        var hold = DiagnosisHold()
        for epoch in 1...30 { hold.observe(.overfitting(since: 5, warning: true), epoch: epoch, generation: 1) }
        hold.observe(.learningFixture, epoch: 31, generation: 1, restoredAt: 30)
        #expect(hold.shown.name == "learning")
    }
}

extension TrainingHealth {
    static let learningFixture = TrainingHealth.learning(LossTrend(change: -0.2, epochs: 50, isSignificant: true))
}
