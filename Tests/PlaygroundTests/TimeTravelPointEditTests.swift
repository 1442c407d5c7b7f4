import Testing
@testable import Playground

@Suite("Time travel across a point edit")
struct TimeTravelPointEditTests {
    /// Adding a point keeps the weights and, now, the checkpoints: going back to epoch 30 after the edit shows
    /// epoch 30's weights (it used to show epoch 0: 51 checkpoints became 1).
    @Test func addingAPointKeepsThePast() throws {
        var config = SessionConfig()
        config.dataset = .xor
        let valid = try config.validated()
        let session = TrainingSession(config: valid)
        session.train(epochs: 50)
        let before = try #require(session.checkpoint(atOrBefore: 30))
        let data = PreparedData(
            train: session.data.train + [DataPoint(x: 1, y: 1, label: 1)], test: session.data.test,
            config: valid.config, head: session.head)
        let edited = TrainingSession(config: valid, data: data)
        edited.adoptWeights(of: session)
        let after = try #require(edited.checkpoint(atOrBefore: 30))
        #expect(after.epoch == 30 && after.network == before.network)
        #expect(edited.checkpoints.count == session.checkpoints.count && edited.epoch == 50)
    }
}
