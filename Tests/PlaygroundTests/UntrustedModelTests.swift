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
        let encoded = try JSONEncoder().encode(
            SavedModel(network: session.network, config: config, preset: "p", epoch: 3))
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
        #expect(throws: ModelError("/dev/zero: is a device, not a model file")) {
            try SavedModel.read(from: "/dev/zero")
        }
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
