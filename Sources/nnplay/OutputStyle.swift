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

    /// Colour when stdout is a terminal and NO_COLOR is unset (https://no-color.org), unless forced.
    static func detect(_ choice: ColorChoice, environment: [String: String] = ProcessInfo.processInfo.environment) -> OutputStyle {
        let tty = isatty(STDOUT_FILENO) == 1
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let dumb = environment["TERM"] == "dumb"
        switch choice {
        case .always: return OutputStyle(color: true, interactive: tty)
        case .never: return OutputStyle(color: false, interactive: tty)
        case .auto: return OutputStyle(color: tty && !noColor && !dumb, interactive: tty)
        }
    }
}
