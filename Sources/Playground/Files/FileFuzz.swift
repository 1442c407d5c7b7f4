import Dispatch
import Foundation

/// Fuzzing the readers of files people pass around: saved models (`--load-model`) and CSVs of points
/// (`--data`). Each mutant is read as the command line reads it and, when it loads, trained for an epoch;
/// a crash ends the run (the seed reproduces it), and refusals must be sentences, never a Swift type.
public struct FileFuzzReport: Sendable {
    public var loaded = 0
    public var refused = 0
    /// Messages that show a Swift type or a C function instead of words.
    public var typeDumps: [String] = []
    /// Mutants slower than `PresetFuzzReport.slowSeconds`.
    public var slow: [String] = []
    public var slowestSeconds = 0.0

    public init() {}

    /// Words that only a type dump or a C function name contains.
    static let dumpMarkers = [
        "Swift.", "Dictionary<", "Array<", "Optional(", "CodingKeys", "Index ", "yaml_", "NSCocoaErrorDomain",
    ]

    /// Runs `body` (reading mutant `index` and training it) and notes how long it took and its refusal.
    mutating func read(_ index: Int, _ body: () throws -> Void) {
        let start = DispatchTime.now().uptimeNanoseconds
        var message: String?
        do { try body() } catch let error as ConfigError { message = error.commandLineDescription } catch {
            message = String(describing: error)  // the errors here describe themselves in words
        }
        note(index, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, message: message)
    }

    mutating func note(_ index: Int, seconds: Double, message: String?) {
        slowestSeconds = Swift.max(slowestSeconds, seconds)
        if seconds > PresetFuzzReport.slowSeconds { slow.append("mutant \(index): \(seconds) s") }
        guard let message else { loaded += 1; return }
        refused += 1
        if Self.dumpMarkers.contains(where: message.contains) {
            typeDumps.append("mutant \(index): \(message.prefix(200))")
        }
    }

    /// Reads `count` mutants of the model file `base` (JSON) made from `seed`, each from a file in `folder`.
    public static func models(base: Data, count: Int, seed: UInt64, folder: String) -> FileFuzzReport {
        var rng = SplitMix64(seed: seed)
        var report = FileFuzzReport()
        let path = folder + "/fuzz-model-\(getpid()).json"
        defer { unlink(path) }
        guard let root = try? JSONSerialization.jsonObject(with: base) else { return report }
        for index in 0..<count {
            var mutant: Any = root
            for _ in 0..<(1 + Int(rng.next() % 3)) { mutant = JSONMutation.apply(to: mutant, rng: &rng) }
            let data =
                (try? JSONSerialization.data(withJSONObject: mutant, options: [.fragmentsAllowed])) ?? Data("{".utf8)
            let bytes = rng.next() % 8 == 0 ? JSONMutation.flipByte(data, rng: &rng) : data
            guard FileManager.default.createFile(atPath: path, contents: bytes) else { return report }
            report.read(index) {
                let model = try SavedModel.read(from: path)
                let session = try TrainingSession(config: model.config)
                try session.load(model)
                session.trainEpoch()
            }
        }
        return report
    }

    /// Reads `count` mutants of the CSV `base` made from `seed`.
    public static func csvs(base: String, count: Int, seed: UInt64) -> FileFuzzReport {
        var rng = SplitMix64(seed: seed)
        var report = FileFuzzReport()
        let edits: [(String, inout SplitMix64) -> String] = [
            { text, rng in String(decoding: JSONMutation.flipByte(Data(text.utf8), rng: &rng), as: UTF8.self) },
            { text, _ in text.replacingOccurrences(of: "\n", with: "\r\n") },
            { text, _ in text.replacingOccurrences(of: "\n", with: "\r") },
            { text, rng in
                text
                    + [
                        "1e308,1,0", "nan,1,0", "1,1,1e30", "1,1,-1", "1,1,100000", "1,1,7", "1,2", "1,2,3,4",
                        String(repeating: "9", count: 5000) + ",1,0", "\u{1B}[2J,1,0", "0x10,1,0", "",
                    ][Int(rng.next() % 12)] + "\n"
            },
            { text, rng in String(text.prefix(Int(rng.next() % UInt64(text.count + 1)))) },
            { text, _ in "\u{FEFF}" + text },
            { text, rng in String(repeating: "1,1,0\n", count: Int(rng.next() % 3) * 12_000) + text },
        ]
        for index in 0..<count {
            var text = base
            for _ in 0..<(1 + Int(rng.next() % 3)) { text = edits[Int(rng.next() % UInt64(edits.count))](text, &rng) }
            report.read(index) {
                var config = SessionConfig()
                config.customData = try CustomData.parse(text, source: "fuzz.csv")
                config.hidden = [3]
                if config.classCount > 2 { config.loss = .crossEntropy }
                if config.classCount == 0 { config.loss = .squared }
                let session = try TrainingSession(config: config)
                session.trainEpoch()
            }
        }
        return report
    }
}

/// One random edit of a JSON value: a key removed, a value replaced by a hostile one (huge, negative, NaN
/// as text, the wrong type, null, deep nesting, a long or control-character string), an array cut or grown.
enum JSONMutation {
    static var hostile: [Any] {
        [
            Int.max, Int.min, -1, 0, 1e308, -1e308, 1e30, 100_000, 7, 0.5, "nan", "inf", "",
            String(repeating: "x", count: 10_000),
            "a\u{1B}]0;t\u{07}b", NSNull(), true, [Any](), [String: Any](), [[[[[[[[1]]]]]]]], ["a": 1],
        ]
    }

    static func apply(to value: Any, rng: inout SplitMix64) -> Any {
        let depth = 1 + Int(rng.next() % 6)
        return edit(value, depth: depth, rng: &rng)
    }

    private static func edit(_ value: Any, depth: Int, rng: inout SplitMix64) -> Any {
        if depth == 0 || rng.next() % 4 == 0 { return replace(value, rng: &rng) }
        if var object = value as? [String: Any], !object.isEmpty {
            let keys = object.keys.sorted()
            let key = keys[Int(rng.next() % UInt64(keys.count))]
            if rng.next() % 5 == 0 {
                object.removeValue(forKey: key)
            } else {
                object[key] = edit(object[key]!, depth: depth - 1, rng: &rng)
            }
            return object
        }
        if var array = value as? [Any], !array.isEmpty {
            switch rng.next() % 5 {
            case 0: array.removeLast()
            case 1: array.append(array[0])
            default:
                let i = Int(rng.next() % UInt64(array.count))
                array[i] = edit(array[i], depth: depth - 1, rng: &rng)
            }
            return array
        }
        return replace(value, rng: &rng)
    }

    private static func replace(_ value: Any, rng: inout SplitMix64) -> Any {
        let choices = hostile
        return choices[Int(rng.next() % UInt64(choices.count))]
    }

    static func flipByte(_ data: Data, rng: inout SplitMix64) -> Data {
        guard !data.isEmpty else { return data }
        var bytes = [UInt8](data)
        bytes[Int(rng.next() % UInt64(bytes.count))] ^= UInt8(1 << (rng.next() % 8))
        return Data(bytes)
    }
}
