import Testing
@testable import Playground

@Suite("Time travel")
struct TimeTravelTests {
    /// Checkpoints stay few (the stride doubles), keep epoch 0 and evenly spaced epochs, and a snapshot asked
    /// for an earlier epoch shows that checkpoint's weights and boundary — not the present's.
    @Test func checkpointsThinAndSnapshotsShowThePast() throws {
        var config = SessionConfig()
        config.dataset = .xor
        let session = try TrainingSession(config: config)
        session.train(epochs: 300)
        let epochs = session.checkpoints.map(\.epoch)
        #expect(epochs.count <= TrainingSession.checkpointLimit && epochs.first == 0)
        let gaps = Set(zip(epochs.dropFirst(), epochs).map { $0 - $1 })
        #expect(gaps.count == 1, "evenly spaced: \(gaps)")
        var request = GridRequest(decisionWidth: 20, decisionHeight: 20, thumbnailSide: 6)
        let present = session.snapshot(request: request, playing: false, epochsPerSecond: 0, generation: 0)
        request.travelEpoch = 41
        let past = session.snapshot(request: request, playing: false, epochsPerSecond: 0, generation: 0)
        let kept = try #require(session.checkpoint(atOrBefore: 41))
        #expect(past.travelledEpoch == kept.epoch && kept.epoch <= 41)
        #expect(past.network == kept.network && past.network != present.network)
        #expect(past.decision.values != present.decision.values && past.epoch == present.epoch)
        // Playing, the present is shown whatever the request says.
        #expect(
            session.snapshot(request: request, playing: true, epochsPerSecond: 0, generation: 0).travelledEpoch == nil)
    }
}
