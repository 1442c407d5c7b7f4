import Foundation
import Yams

/// Reads presets from YAML, with one clear message per problem (file, key, line, what is allowed).
public enum PresetParser {
    /// Larger files are refused before they are read: a preset is a few lines.
    public static let maximumBytes = 1_000_000

    /// Loads the preset file at `path`; `name` is what the preset is called (default: the file name).
    public static func load(path: String, name: String? = nil) throws(PresetError) -> Preset {
        let url = URL(fileURLWithPath: path)
        let presetName = name ?? url.deletingPathExtension().lastPathComponent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw PresetError(file: path, message: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw PresetError(file: path, message: "is a directory, not a preset file")
        }
        let data: Data
        do throws(UnreadableFile) {
            data = try UntrustedFile.contents(of: path, limit: maximumBytes, kind: "a preset file")
        } catch {
            // Only a regular file (through links) of at most `maximumBytes`: a link to /dev/zero is read forever.
            throw PresetError(file: path, message: error.reason)
        }
        return try parse(try text(of: data, file: path), name: presetName, file: path)
    }

    /// The file's text, or where and why it is not UTF-8 text.
    static func text(of data: Data, file: String) throws(PresetError) -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw PresetError(file: file, line: 1, message: "is UTF-16 text; save it as UTF-8")
        }
        func line(at offset: Int) -> Int { bytes[..<offset].filter { $0 == 0x0A }.count + 1 }
        if let nul = bytes.firstIndex(of: 0) {
            throw PresetError(
                file: file, line: line(at: nul), message: "holds a NUL byte: this is binary data, not YAML text")
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var offset = 0
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: break decoding
            case .error: break decoding
            }
        }
        let byte = offset < bytes.count ? String(bytes[offset], radix: 16, uppercase: true) : "?"
        throw PresetError(
            file: file, line: line(at: Swift.min(offset, bytes.count)),
            message: "is not UTF-8 text (byte 0x\(byte)); save it as UTF-8")
    }

    /// Parses preset YAML; `file` names the source in messages.
    public static func parse(_ text: String, name: String, file: String) throws(PresetError) -> Preset {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text  // a byte-order mark says nothing
        if let (line, message) = YAMLEvents.problem(in: text) {
            throw PresetError(file: file, line: line, message: message)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw syntaxError(error, file: file)
        } catch {
            throw PresetError(file: file, message: "is not valid YAML: \(error)")
        }
        guard let root else {
            throw PresetError(
                file: file, message: "is empty; a preset needs at least a title and one setting, e.g. `dataset: xor`")
        }
        guard let mapping = root.mapping else {
            throw PresetError(
                file: file, line: root.mark?.line,
                message: "expected `key: value` lines at the top level, e.g. `dataset: xor`")
        }
        var preset = Preset(name: name)
        var lines: [String: Int] = [:]
        for (keyNode, value) in mapping {
            let line = keyNode.mark?.line
            guard let key = keyNode.string else {
                throw PresetError(file: file, line: line, message: "keys must be plain words like `learning_rate`")
            }
            if let first = lines[key] {
                throw PresetError(file: file, key: key, line: line, message: "appears twice (first on line \(first))")
            }
            lines[key] = line ?? 0
            guard let field = PresetFields.field(key) else {
                throw PresetError(
                    file: file, key: key, line: line, message: unknownKeyMessage(key, known: PresetFields.keys))
            }
            do {
                try field(value, &preset)
            } catch {
                throw PresetError(
                    file: file, key: error.key ?? key, line: error.line ?? value.mark?.line ?? line,
                    message: error.message)
            }
        }
        if let dataPath = preset.dataPath {
            let base = URL(fileURLWithPath: file).deletingLastPathComponent()
            let path = dataPath.hasPrefix("/") ? dataPath : base.appendingPathComponent(dataPath).path
            do throws(CSVError) { preset.config.customData = try CustomData.read(path: path) } catch {
                throw PresetError(file: file, key: "data", line: lines["data"], message: error.description)
            }
            preset.config = preset.config.keepingAFittingLoss()
        }
        do {
            try preset.config.validate()
        } catch {
            let key = error.setting.presetKey
            throw PresetError(file: file, key: key, line: lines[key], message: error.message)
        }
        try checkBaseline(of: preset, file: file, line: lines["expect"])
        return preset
    }

    /// The setup an `expect.beats` promise compares with must be valid too: said now, not after training.
    private static func checkBaseline(of preset: Preset, file: String, line: Int?) throws(PresetError) {
        guard let overrides = preset.expectation?.beats else { return }
        let baseline: SessionConfig
        do {
            baseline = try PresetCheck.baselineConfig(preset, overrides: overrides)
        } catch {
            throw PresetError(file: file, key: error.key, line: line, message: error.message)
        }
        do {
            try baseline.validate()
        } catch {
            throw PresetError(
                file: file, key: "expect.beats.\(error.setting.presetKey)", line: line, message: error.message)
        }
    }

    static func unknownKeyMessage<Keys: Collection<String>>(_ key: String, known: Keys) -> String {
        let best = known.min { editDistance(key, $0) < editDistance(key, $1) }
        var message = "unknown key"
        if let best, editDistance(key, best) <= Swift.max(2, key.count / 3) { message += "; did you mean `\(best)`?" }
        return message + " Known keys: " + known.sorted().joined(separator: ", ")
    }

    /// Levenshtein distance, for did-you-mean.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = Swift.min(
                    previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    private static func syntaxError(_ error: YamlError, file: String) -> PresetError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return PresetError(
                file: file, line: mark.line, message: "YAML syntax error at column \(mark.column): \(problem)")
        case .reader(let problem, let offset, _, let yaml):
            let line = offset.map { offset in yaml.utf8.prefix(offset).filter { $0 == 0x0A }.count + 1 }
            return PresetError(file: file, line: line, message: "cannot be read as YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return PresetError(
                file: file, key: duplicates.first, line: context.mark.line,
                message: "appears more than once (first here); keep one")
        default:
            return PresetError(file: file, message: "is not valid YAML: \(error)")
        }
    }
}

/// A problem with one value, before the file name is known.
struct FieldError: Error {
    var key: String?
    var line: Int?
    var message: String
}
