import Foundation
import Testing
@testable import Playground
@testable import NeuralEngine

/// Model files are untrusted input: each reproducer of the hardening issue, rebuilt from its description,
/// gets a message in words (the JSON path at fault, no Swift type) and never reaches the engine.
@Suite("Model files as untrusted input")
struct UntrustedModelTests {
    /// A model of a session on three classes of one's own points, as JSON to mutate.
    func modelJSON() throws -> [String: Any] {
        let data = try CustomData.parse("1,1,0\n2,2,1\n-1,-1,2\n0,1,1\n", source: "pts.csv")
        var config = SessionConfig()
        (config.customData, config.hidden, config.loss) = (data, [3], .crossEntropy)
        let session = try TrainingSession(config: config)
        session.train(epochs: 3)
        let encoded = try JSONEncoder().encode(SavedModel(network: session.network, config: config, preset: "p", epoch: 3))
        return try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
    }

    /// The message reading `json` gives, or `nil` when it loads.
    func message(_ json: [String: Any]) throws -> String? {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-untrusted-\(UUID()).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: path))
        do { _ = try SavedModel.read(from: path) } catch { return error.description }
        return nil
    }

    func withLabel(_ label: Double) throws -> [String: Any] {
        var json = try modelJSON()
        var data = json["points"] as! [String: Any]
        var points = data["points"] as! [[String: Any]]
        points[0]["label"] = label
        data["points"] = points
        json["points"] = data
        return json
    }

    @Test func labelsOutsideTheClassesAreRefusedBeforeAnyTargetIsWritten() throws {
        for label in [7.0, -1, 100_000, 1e30, 0.5] {
            let text = try #require(try message(withLabel(label)), "label \(label) loaded")
            #expect(text.contains("point 1 has label") && text.contains("labels are 0 … 2"), "\(text)")
        }
        #expect(try message(withLabel(2)) == nil, "a label within the classes loads")
    }

    @Test func shapesCountsAndNumbersAreCheckedAgainstTheWidths() throws {
        var json = try modelJSON()
        json["layers"] = [Any]()
        #expect(try message(json)?.contains("layers: 2 for widths 2 → 3 → 3, got 0") == true)
        json = try modelJSON()
        json["layers"] = Array((json["layers"] as! [Any]).prefix(1))
        #expect(try message(json)?.contains("got 1") == true)
        json = try modelJSON()
        json["epoch"] = Int.max
        #expect(try message(json)?.contains("epoch: 0 … 1000000000") == true)
        json = try modelJSON()
        var data = json["points"] as! [String: Any]
        data["points"] = [Any]()
        json["points"] = data
        #expect(try message(json)?.contains("needs at least 2 points (got 0)") == true)
    }

    @Test func decodingErrorsNameThePathNotAType() throws {
        var json = try modelJSON()
        json["layers"] = ["a": 1]
        #expect(try message(json)?.hasSuffix("(at layers: expected a list)") == true)
        json = try modelJSON()
        json["head"] = "zzz"
        #expect(try message(json)?.hasSuffix("(at head: not one of the allowed values)") == true)
        json = try modelJSON()
        json.removeValue(forKey: "epoch")
        let missing = try #require(try message(json))
        #expect(missing.hasSuffix("(missing 'epoch')") && !missing.contains("Dictionary") && !missing.contains("Index"))
    }

    @Test func namesLoseTheirControlCharacters() throws {
        var json = try modelJSON()
        json["preset"] = "a\u{1B}]0;title\u{07}b"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-esc-\(UUID()).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: path))
        let model = try SavedModel.read(from: path)
        #expect(model.preset == "a\u{FFFD}]0;title\u{FFFD}b")
    }

    @Test func onlyARegularFileOfAFewMegabytesIsRead() throws {
        #expect(throws: ModelError("/dev/zero: is a device, not a model file")) { try SavedModel.read(from: "/dev/zero") }
        let folder = FileManager.default.temporaryDirectory.path
        #expect(throws: ModelError("\(folder): is a folder, not a model file")) { try SavedModel.read(from: folder) }
        #expect(throws: ModelError("no file named (an empty path)")) { try SavedModel.read(from: "") }
        let big = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-big-\(UUID()).json").path
        defer { try? FileManager.default.removeItem(atPath: big) }
        #expect(FileManager.default.createFile(atPath: big, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: big))
        try handle.truncate(atOffset: UInt64(SavedModel.maximumBytes + 1))
        try handle.close()
        #expect(throws: ModelError.self) { try SavedModel.read(from: big) }
    }

    /// The engine's own guard: a label outside the classes writes no target at all.
    @Test func theEngineNeverWritesOutsideATargetRow() {
        let targets = OutputHead.softmaxCrossEntropy.targets(for: [7, -1, 1e30, 1], outputCount: 3)
        #expect(targets == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0])
    }
}

/// Saved models through the settings table (version 2): the setup by preset key, defaults for keys left out,
/// unknown keys refused with their line; version 1 files still load.
@Suite("Saved models spell their setup as presets do")
struct ModelSetupTests {
    func write(_ json: [String: Any]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-setup-\(UUID()).json").path
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys]).write(to: URL(fileURLWithPath: path))
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
        #expect(json["version"] as? Int == 2 && setup["learning_rate"] as? String == "0.1" && setup["dataset"] as? String == "xor")
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
        let line = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("\"foo\"") }! + 1
        #expect(message == "\(path):\(line): setup.foo: unknown key; a setup uses the preset keys (learning_rate, hidden, …)")
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

@Suite("Model files and CSVs, fuzzed")
struct FileFuzzTests {
    /// Seeded mutants of a saved model (keys removed, hostile values, arrays cut or grown, flipped bytes):
    /// each is refused in words or loads and trains; none crashes. `nnplay fuzz --kind models` runs thousands.
    @Test func mutatedModelsAreRefusedInWordsOrTrain() throws {
        let data = try CustomData.parse("1,1,0\n2,2,1\n-1,-1,2\n0,1,1\n", source: "pts.csv")
        var config = SessionConfig()
        (config.customData, config.hidden, config.loss) = (data, [3], .crossEntropy)
        let session = try TrainingSession(config: config)
        let base = try JSONEncoder().encode(SavedModel(network: session.network, config: config, preset: "p", epoch: 0))
        let report = FileFuzzReport.models(base: base, count: 300, seed: 7, folder: FileManager.default.temporaryDirectory.path)
        #expect(report.typeDumps.isEmpty, "\(report.typeDumps.prefix(3))")
        #expect(report.slow.isEmpty && report.refused >= 200)
    }

    @Test func mutatedCSVsAreRefusedInWordsOrTrain() {
        let report = FileFuzzReport.csvs(base: "x1,x2,label\n1,1,0\n2,2,1\n-1,-1,2\n0,1,1\n", count: 60, seed: 7)
        #expect(report.typeDumps.isEmpty, "\(report.typeDumps.prefix(3))")
        #expect(report.slow.isEmpty && report.loaded > 0 && report.refused > 0, "\(report.loaded) loaded, \(report.refused) refused")
    }
}
