import Foundation
import Testing
@testable import Playground

@Suite("Saved models and exported history")
struct SavedModelTests {
    /// Train, save, read back into a fresh session of the same setup: the grid of predictions is identical bit
    /// for bit, and so is the next epoch's loss on a continuing run.
    @Test func aSavedAndReloadedModelPredictsBitForBit() throws {
        var config = SessionConfig()
        config.hidden = [5, 3]
        config.activations = [.relu]
        let session = try TrainingSession(config: config)
        session.train(epochs: 25)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-model-\(UUID()).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try SavedModel(network: session.network, config: config, preset: nil, epoch: session.epoch).write(to: path)
        let model = try SavedModel.read(from: path)
        #expect(model.epoch == 25 && model.widths == [2, 5, 3, 1] && model.layers[0].activation == .relu)
        let fresh = try TrainingSession(config: model.config)
        try fresh.load(model)
        #expect(fresh.network.parameters == session.network.parameters)
        let a = session.decisionGrid(width: 40, height: 40).values, b = fresh.decisionGrid(width: 40, height: 40).values
        #expect(a.map(\.bitPattern) == b.map(\.bitPattern))
        #expect(fresh.latest.testLoss == session.latest.testLoss)
    }

    @Test func aModelOfAnotherShapeOrABrokenFileIsRefused() throws {
        let session = try TrainingSession(config: SessionConfig())
        var model = SavedModel(network: session.network, config: SessionConfig(), preset: "x", epoch: 0)
        var other = SessionConfig()
        other.hidden = [3]
        let wrong = try TrainingSession(config: other)
        #expect(throws: ModelError.self) { try wrong.load(model) }
        model.layers[0].biases[0] = .nan
        #expect(throws: ModelError.self) { try session.load(model) }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-bad-\(UUID()).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("{\"format\": \"nnplay-model\"}".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: ModelError.self) { try SavedModel.read(from: path) }
        #expect(throws: ModelError.self) { try SavedModel.read(from: path + ".missing") }
    }

    @Test func historyCSVHasAHeaderAndARowPerEpoch() throws {
        let session = try TrainingSession(config: SessionConfig())
        session.train(epochs: 3)
        let lines = HistoryCSV.text(session.history).split(separator: "\n").map(String.init)
        #expect(lines.first == "epoch,train_loss,test_loss,train_accuracy,test_accuracy" && lines.count == 5)
        let last = lines[4].split(separator: ",", omittingEmptySubsequences: false)
        #expect(last.count == 5 && last[0] == "3" && Double(last[1]) == session.latest.trainLoss)
    }
}
