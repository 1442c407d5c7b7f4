/// Why a preset could not be loaded or saved: one message naming the file, the key and the line.
public struct PresetError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as given (a path or a preset name).
    public var file: String
    /// The key at fault, e.g. `learning_rate` or `expect.diverges`, when there is one.
    public var key: String?
    /// 1-based line in the file, when known.
    public var line: Int?
    /// What is wrong and what is allowed.
    public var message: String

    /// Every part is stripped of control characters: a message may quote the file's own text.
    public init(file: String, key: String? = nil, line: Int? = nil, message: String) {
        self.file = file.withoutControlCharacters
        self.key = key?.withoutControlCharacters
        self.line = line
        self.message = message.withoutControlCharacters
    }

    /// "Presets/x.yaml:12: learning_rate: expected a number, got 'fast'".
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let key { text += "\(key): " }
        return text + message
    }
}
