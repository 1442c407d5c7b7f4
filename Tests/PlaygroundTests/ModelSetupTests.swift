import Foundation
import Testing
@testable import Playground
@testable import NeuralEngine

/// Saved models through the settings table (version 2): the setup by preset key, defaults for keys left out,
/// unknown keys refused with their line; version 1 files still load.
@Suite("Saved models spell their setup as presets do")
struct ModelSetupTests {
    func write(_ json: [String: Any]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-setup-\(UUID()).json").path
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys]).write(
            to: URL(fileURLWithPath: path))
        return path
    }

    func saved(_ config: SessionConfig) throws -> [String: Any] {
        let session = try TrainingSession(config: config)
        let data = try JSONEncoder().encode(SavedModel(network: session.network, config: config, preset: nil, epoch: 0))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func aKeyLeftOutTakesItsDefaultAndAnUnknownKeyIsRefusedWithItsLine() throws {
        var config = SessionConfig()
        (config.dataset, config.momentum, config.learningRate) = (.xor, 0.5, 0.1)
        var json = try saved(config)
        var setup = try #require(json["setup"] as? [String: Any])
        #expect(
            json["version"] as? Int == 3 && setup["learning_rate"] as? String == "0.1"
                && setup["dataset"] as? String == "xor")
        setup.removeValue(forKey: "momentum")
        json["setup"] = setup
        var path = try write(json)
        let model = try SavedModel.read(from: path)
        #expect(model.config.momentum == SessionConfig().momentum && model.config.learningRate == 0.1)
        setup["foo"] = "1"
        json["setup"] = setup
        path = try write(json)
        var refusal: String?
        do { _ = try SavedModel.read(from: path) } catch { refusal = error.description }
        let message = try #require(refusal)
        let line =
            try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("\"foo\"") }! + 1
        #expect(
            message
                == "\(path):\(line): setup.foo: unknown key; a setup uses the preset keys (learning_rate, hidden, …)")
    }

    /// A version 1 file (the setup as Swift's own encoding of the config) still loads, the same setup.
    @Test func versionOneFilesStillLoad() throws {
        var config = SessionConfig()
        (config.dataset, config.hidden) = (.circle, [3])
        var json = try saved(config)
        json["version"] = 1
        json.removeValue(forKey: "setup")
        json["config"] = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(config))
        let model = try SavedModel.read(from: try write(json))
        #expect(model.config == config)
    }
}
