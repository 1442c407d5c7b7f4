import Testing
@testable import Playground

@Suite("A run's past is one value")
struct RunPastTests {
    /// Through the trainer, as the playground does it: 50 steps, a point added, and going back to epoch 30
    /// still shows epoch 30; the bests, restores and sharpness readings came along whole.
    @Test func aPointAddedThroughTheTrainerKeepsThePast() throws {
        var config = SessionConfig()
        (config.dataset, config.learningRate) = (.xor, 0.3)
        let trainer = try Trainer(config: config)
        trainer.send(Array(repeating: .step, count: 50) + [.restoreBest])
        trainer.sync()
        let before = trainer.latest
        var request = GridRequest.standard
        request.travelEpoch = 30
        trainer.send([.addPoint(DataPoint(x: 1, y: 1, label: 1)), .setGrids(request)])
        trainer.sync()
        let after = trainer.latest
        #expect(after.travelledEpoch == 30 && after.checkpointEpochs == before.checkpointEpochs)
        #expect(after.history == before.history && after.restores == before.restores && after.restores.count == 1)
        #expect(after.bestTestEpoch == before.bestTestEpoch && after.stabilityHistory == before.stabilityHistory)
        #expect(after.train.count == before.train.count + 1)
    }

    /// Loading weights starts a new past: one record (epoch 0), one checkpoint, no restores, no best yet
    /// beyond epoch 0, and a fresh sharpness reading at epoch 0.
    @Test func aLoadClearsThePastWhole() throws {
        let session = try TrainingSession(config: SessionConfig())
        session.train(epochs: 120)
        session.restoreBestWeights()
        let model = SavedModel(network: session.network, config: session.config, preset: nil, epoch: session.epoch)
        session.train(epochs: 5)
        try session.load(model)
        #expect(session.history.count == 1 && session.epoch == 0 && session.checkpoints.map(\.epoch) == [0])
        #expect(session.restores.isEmpty && session.bestTest.epoch == 0 && session.divergedAt == nil)
        #expect(session.stabilityHistory.map(\.epoch) == [0] && session.stability?.epoch == 0)
    }
}

@Suite("The diagnosis of a past epoch")
struct PastHealthTests {
    /// The diagnosis as of a past epoch is what the same run said at that epoch: a second session with the
    /// same seed, trained only that far, says the same (this setup's gradients are not vanishing, the one
    /// reading the past does not keep).
    @Test(arguments: [3, 10, 30, 80])
    func thePastsDiagnosisIsWhatTheRunSaidThen(epoch: Int) throws {
        var config = SessionConfig()
        config.hidden = [4]
        let session = try TrainingSession(config: config)
        session.train(epochs: 120)
        let then = try TrainingSession(config: config)
        then.train(epochs: epoch)
        #expect(session.health(asOf: epoch) == then.health, "epoch \(epoch)")
        #expect(session.health(asOf: session.epoch) == session.health)
    }
}
