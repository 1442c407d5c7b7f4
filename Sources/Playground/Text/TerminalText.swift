extension String {
    /// The text with every control character (C0 but tab and newline, DEL, C1) shown as `�`: preset text and
    /// messages that quote it can reach a terminal, and an escape sequence in a title must not drive it.
    public var withoutControlCharacters: String {
        guard unicodeScalars.contains(where: \.isTerminalControl) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0.isTerminalControl ? "\u{FFFD}" : $0 }))
    }
}

extension Unicode.Scalar {
    /// Whether a terminal would act on this scalar instead of showing it (tab and newline excepted: text
    /// keeps them; a single cell of the UI refuses them too).
    public var isTerminalControl: Bool {
        (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value)
    }
}

extension String {
    /// The text as a message quotes a value: in single quotes, on one line (a line break shows as ⏎),
    /// control characters shown as �, and cut to about 60 characters with "…" (a 200 KB value is not echoed).
    public var quotedForMessage: String {
        var text = String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\n" || $0 == "\r" ? "⏎" : $0 }))
            .withoutControlCharacters
        if text.count > 60 { text = String(text.prefix(59)) + "…" }
        return "'" + text + "'"
    }
}
