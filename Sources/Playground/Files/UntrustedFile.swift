import Foundation

/// A file that cannot be read as what it should be: its path (cleaned of control characters) and why.
struct UnreadableFile: Error {
    let path: String
    /// Why, without the path: "is a device, not a CSV".
    let reason: String
    /// "path: reason" (the reason alone when no path was given).
    var description: String { path.isEmpty ? reason : "\(path): \(reason)" }
}

/// Reading an untrusted file (a model, a CSV, a preset), and saying what is wrong with its JSON in words.
enum UntrustedFile {
    /// The bytes of the regular file at `path` (through links), at most `limit` of them; a FIFO, a device, a
    /// directory or a larger file is refused before anything is read, naming the file as `kind` ("a CSV").
    static func contents(of path: String, limit: Int, kind: String) throws(UnreadableFile) -> Data {
        func refuse(_ reason: String) -> UnreadableFile {
            UnreadableFile(path: path.withoutControlCharacters, reason: reason)
        }
        guard !path.isEmpty else { throw refuse("no file named (an empty path)") }
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path  // a link is read through
        let attributes: [FileAttributeKey: Any]
        do { attributes = try FileManager.default.attributesOfItem(atPath: target) } catch {
            throw refuse("no such file, or it cannot be read")
        }
        let type = attributes[.type] as? FileAttributeType
        guard type == .typeRegular else {
            throw refuse("is \(describe(type, otherwise: "not a regular file (a pipe?)")), not \(kind)")
        }
        if let size = attributes[.size] as? Int, size > limit {
            throw refuse("is \(size) bytes; \(kind) has at most \(limit) bytes")
        }
        guard let handle = FileHandle(forReadingAtPath: target) else { throw refuse("cannot be read") }
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.read(upToCount: limit + 1) ?? Data() } catch { throw refuse("cannot be read") }
        guard data.count <= limit else { throw refuse("is larger than \(limit) bytes; \(kind) has at most that") }
        return data
    }

    /// What a file of `type` is, in words: a folder, a device, a socket, else `otherwise` (the readers and the
    /// writer word pipes differently).
    static func describe(_ type: FileAttributeType?, otherwise: String) -> String {
        switch type {
        case .typeDirectory?: return "a folder"
        case .typeCharacterSpecial?, .typeBlockSpecial?: return "a device"
        case .typeSocket?: return "a socket"
        default: return otherwise
        }
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
            return "missing '\(cut(key.stringValue))'"
                + (context.codingPath.isEmpty ? "" : " in \(cut(path(context.codingPath)))")
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
