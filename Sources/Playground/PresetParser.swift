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
        guard !isDirectory.boolValue else { throw PresetError(file: path, message: "is a directory, not a preset file") }
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        if let type = attributes[.type] as? FileAttributeType, type != .typeRegular, type != .typeSymbolicLink {
            throw PresetError(file: path, message: "is not a regular file (a pipe or a device?); a preset is a .yaml file")
        }
        let size = attributes[.size] as? Int ?? 0
        guard size <= maximumBytes else {
            throw PresetError(file: path, message: "is \(size / 1_000_000) MB; a preset is a short YAML file (at most 1 MB)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PresetError(file: path, message: "cannot be read (permissions?)")
        }
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            throw PresetError(file: path, message: "is not a text file (it holds binary data); a preset is YAML text")
        }
        return try parse(text, name: presetName, file: path)
    }

    /// Parses preset YAML; `file` names the source in messages.
    public static func parse(_ text: String, name: String, file: String) throws(PresetError) -> Preset {
        if let line = YAMLAliasScan.firstLine(in: text) {
            throw PresetError(file: file, line: line,
                              message: "uses a YAML anchor or alias (&name / *name); a preset writes each value out")
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
            throw PresetError(file: file, message: "is empty; a preset needs at least a title and one setting, e.g. `dataset: xor`")
        }
        guard let mapping = root.mapping else {
            throw PresetError(file: file, line: root.mark?.line,
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
                throw PresetError(file: file, key: key, line: line, message: unknownKeyMessage(key, known: PresetFields.keys))
            }
            do {
                try field(value, &preset)
            } catch {
                throw PresetError(file: file, key: error.key ?? key, line: error.line ?? value.mark?.line ?? line, message: error.message)
            }
        }
        do {
            try preset.config.validate()
        } catch {
            let key = error.setting.presetKey
            throw PresetError(file: file, key: key, line: lines[key], message: error.message)
        }
        return preset
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
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    private static func syntaxError(_ error: YamlError, file: String) -> PresetError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return PresetError(file: file, line: mark.line, message: "YAML syntax error at column \(mark.column): \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return PresetError(file: file, key: duplicates.first, line: context.mark.line,
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
