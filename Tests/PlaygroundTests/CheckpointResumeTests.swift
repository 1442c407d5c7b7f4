import Foundation
import NeuralEngine
import Testing
@testable import Playground

@Suite("Checkpoints resume exactly")
struct CheckpointResumeTests {
    /// 200 epochs, saved (through JSON, as a file is), loaded into a new session and trained 100 more:
    /// the weights and every one of the last 100 records equal an uninterrupted 300-epoch run, bit for bit,
    /// with every optimizer (dropout on, so the generator's state matters too).
    @Test(arguments: OptimizerKind.allCases)
    func twoHundredPlusOneHundredIsThreeHundred(kind: OptimizerKind) throws {
        var config = SessionConfig()
        (config.dataset, config.optimizer, config.learningRate, config.dropout) = (.spiral, kind, 0.01, 0.1)
        config.hidden = [8, 8]
        let whole = try TrainingSession(config: config)
        whole.train(epochs: 300)

        let first = try TrainingSession(config: config)
        first.train(epochs: 200)
        let saved = SavedModel(
            network: first.network, config: config, preset: nil, epoch: first.epoch, training: first.checkpoint)
        let data = try JSONEncoder().encode(saved)
        let model = try JSONDecoder().decode(SavedModel.self, from: data)
        let resumed = try TrainingSession(config: model.config)
        #expect(try resumed.load(model).isEmpty)
        #expect(resumed.epoch == 200)
        resumed.train(epochs: 100)

        #expect(resumed.epoch == 300)
        #expect(resumed.network.parameters == whole.network.parameters, "\(kind): the weights")
        #expect(Array(resumed.history.suffix(100)) == Array(whole.history.suffix(100)), "\(kind): every epoch")
        #expect(resumed.bestTest.epoch == whole.bestTest.epoch)
    }

    /// A version 2 file (no training state) still loads: from its weights, counting from 0, with a note.
    @Test func anOlderModelLoadsWithANote() throws {
        let session = try TrainingSession(config: SessionConfig())
        session.train(epochs: 20)
        var saved = SavedModel(network: session.network, config: session.config, preset: nil, epoch: 20)
        saved.version = 2
        let json = try JSONEncoder().encode(saved)
        var object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        object["version"] = 2
        let model = try JSONDecoder().decode(SavedModel.self, from: JSONSerialization.data(withJSONObject: object))
        let fresh = try TrainingSession(config: SessionConfig())
        let notes = try fresh.load(model)
        #expect(notes.count == 1 && notes[0].contains("no optimizer state") && fresh.epoch == 0)
        #expect(fresh.network.parameters == session.network.parameters)
    }

    /// A checkpoint whose arrays do not fit is refused with the key at fault, not half taken.
    @Test func aCheckpointThatDoesNotFitIsRefused() throws {
        var config = SessionConfig()
        config.optimizer = .adam
        let session = try TrainingSession(config: config)
        session.train(epochs: 5)
        var checkpoint = session.checkpoint
        checkpoint.optimizer.m = [1, 2, 3]
        let model = SavedModel(
            network: session.network, config: config, preset: nil, epoch: 5, training: checkpoint)
        let other = try TrainingSession(config: config)
        #expect(throws: ModelError.self) { try other.load(model) }
        checkpoint = session.checkpoint
        checkpoint.randomState = "not a number"
        let broken = SavedModel(network: session.network, config: config, preset: nil, epoch: 5, training: checkpoint)
        #expect(throws: ModelError.self) { try TrainingSession(config: config).load(broken) }
    }
}

@Suite("The playground saves and loads models")
struct TrainerModelTests {
    /// The trainer's saved model (the m key) continued by another trainer (--load-model in the playground)
    /// goes on exactly as the first one does.
    @Test func aModelSavedFromOneTrainerContinuesInAnother() throws {
        var config = SessionConfig()
        (config.dataset, config.optimizer) = (.xor, .adam)
        let first = try Trainer(config: config)
        first.send(Array(repeating: .step, count: 40))
        let model = try #require(first.savedModel(preset: "xor"))
        #expect(model.epoch == 40 && model.training != nil && model.preset == "xor")
        let second = try Trainer(config: model.config)
        second.send(.load(model))
        first.send(Array(repeating: .step, count: 10))
        second.send(Array(repeating: .step, count: 10))
        first.sync()
        second.sync()
        #expect(second.latest.epoch == 50 && second.latest.network == first.latest.network)
    }
}
