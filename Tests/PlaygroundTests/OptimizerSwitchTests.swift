import Dispatch
import Testing
@testable import Playground

/// The optimizer's state is per kind: a live switch through the session and through the trainer's queue
/// starts the new kind fresh and keeps the weights.
@Suite("Switching the optimizer live")
struct OptimizerSwitchTests {
    func config(_ kind: OptimizerKind) throws -> ValidConfig {
        var config = SessionConfig()
        (config.dataset, config.optimizer, config.learningRate) = (.xor, kind, 0.01)
        return try config.validated()
    }

    @Test func throughTheSessionTheNewKindStartsFresh() throws {
        let session = TrainingSession(config: try config(.momentum))
        session.train(epochs: 20)
        guard case .momentum(let velocity) = session.trainer.optimizer.state else {
            Issue.record("not momentum"); return
        }
        #expect(velocity.contains { $0 != 0 }, "momentum has a velocity")
        let weights = session.network.parameters
        session.takeLiveSettings(of: try config(.adam))
        #expect(session.network.parameters == weights, "a live change keeps the weights")
        #expect(session.trainer.optimizer.state == .fresh(.adam, count: weights.count))
        session.trainEpoch()
        guard case .adam(_, _, let t) = session.trainer.optimizer.state else { Issue.record("not adam"); return }
        #expect(t == session.trainer.optimizer.steps && t > 0)
    }

    @Test func throughTheTrainersQueueTheSameHolds() throws {
        let trainer = Trainer(config: try config(.adam))
        trainer.send(.step)
        trainer.send(.step)
        trainer.sync()
        let before = trainer.latest
        trainer.send(.live(try config(.momentum)))
        trainer.send(.step)
        trainer.sync()
        let after = trainer.latest
        #expect(after.config.optimizer == .momentum && after.epoch == before.epoch + 1)
        #expect(after.latest.map { $0.trainLoss.isFinite } == true)
    }
}
