import ArgumentParser
import Foundation

/// When to use colour and in-place progress.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
    case auto, always, never
}

/// What the standard output can show: colour, and whether it is an interactive terminal.
struct OutputStyle {
    /// ANSI 256 colours and Unicode half blocks; otherwise plain ASCII.
    var color: Bool
    /// A terminal a person watches: progress redraws in place.
    var interactive: Bool
    /// The locale is UTF-8: the progress bar may use block characters.
    var unicode = true

    /// Colour when stdout is a terminal, NO_COLOR is unset (https://no-color.org) and the locale is UTF-8
    /// (the picture is half blocks), unless forced.
    static func detect(_ choice: ColorChoice, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> OutputStyle
    {
        let tty = isatty(STDOUT_FILENO) == 1
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let dumb = environment["TERM"] == "dumb"
        let unicode = isUTF8(environment)
        switch choice {
        case .always: return OutputStyle(color: true, interactive: tty, unicode: unicode)
        case .never: return OutputStyle(color: false, interactive: tty, unicode: unicode)
        case .auto: return OutputStyle(color: tty && !noColor && !dumb && unicode, interactive: tty, unicode: unicode)
        }
    }

    /// Whether the locale the environment names (LC_ALL, else LC_CTYPE, else LANG) is UTF-8.
    static func isUTF8(_ environment: [String: String]) -> Bool {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let lowered = locale.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }
}
