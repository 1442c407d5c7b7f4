import Foundation

/// Reading an untrusted file (a model, a CSV), and saying what is wrong with its JSON in words.
enum UntrustedFile {
    /// The bytes of the regular file at `path`, at most `limit` of them; a FIFO, a device, a directory or a
    /// larger file is refused with a sentence (the path first), before anything is read.
    static func contents(of path: String, limit: Int) throws(ModelError) -> Data {
        let shown = path.withoutControlCharacters
        guard !path.isEmpty else { throw ModelError("no file named (an empty path)") }
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path  // a link is read through
        let attributes: [FileAttributeKey: Any]
        do { attributes = try FileManager.default.attributesOfItem(atPath: target) } catch {
            throw ModelError("\(shown): no such file, or it cannot be read")
        }
        let type = attributes[.type] as? FileAttributeType
        guard type == .typeRegular else {
            let what = type == .typeDirectory ? "a folder" : type == .typeCharacterSpecial || type == .typeBlockSpecial
                ? "a device" : type == .typeSocket ? "a socket" : "not a regular file (a pipe?)"
            throw ModelError("\(shown): is \(what), not a model file")
        }
        if let size = attributes[.size] as? Int, size > limit {
            throw ModelError("\(shown): is \(size) bytes; a model file has at most \(limit) bytes")
        }
        guard let handle = FileHandle(forReadingAtPath: target) else { throw ModelError("\(shown): cannot be read") }
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.read(upToCount: limit + 1) ?? Data() } catch { throw ModelError("\(shown): cannot be read") }
        guard data.count <= limit else { throw ModelError("\(shown): is larger than \(limit) bytes; a model file has at most that") }
        return data
    }

    /// A decoding error in words with the JSON path at fault (`layers[0].weights[1]`), never a Swift type.
    static func describe(_ error: Error) -> String {
        func path(_ keys: [CodingKey]) -> String {
            keys.reduce("") { text, key in
                if let index = key.intValue { return text + "[\(index)]" }
                return text.isEmpty ? key.stringValue : text + "." + key.stringValue
            }
        }
        func at(_ keys: [CodingKey]) -> String { keys.isEmpty ? "" : "at \(cut(path(keys))): " }
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing '\(cut(key.stringValue))'" + (context.codingPath.isEmpty ? "" : " in \(cut(path(context.codingPath)))")
        case DecodingError.typeMismatch(let type, let context):
            return at(context.codingPath) + "expected \(words(for: type))"
        case DecodingError.valueNotFound(let type, let context):
            return at(context.codingPath) + "expected \(words(for: type)), found null"
        case DecodingError.dataCorrupted(let context):
            if context.codingPath.isEmpty { return "not valid JSON" }
            return at(context.codingPath) + "not one of the allowed values"
        default: return "not valid JSON"
        }
    }

    /// What a value of `type` looks like, in words.
    private static func words(for type: Any.Type) -> String {
        switch type {
        case is Int.Type, is Double.Type, is Float.Type, is UInt64.Type: return "a number"
        case is String.Type: return "text"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") || name.hasPrefix("[") { return "a list" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "another kind of value"
        }
    }

    /// `text` cut to 60 characters with "…", control characters shown as �.
    static func cut(_ text: String) -> String {
        let clean = text.withoutControlCharacters
        return clean.count > 60 ? String(clean.prefix(59)) + "…" : clean
    }
}
