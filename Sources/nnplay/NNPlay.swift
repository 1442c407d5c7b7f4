import ArgumentParser
import Foundation
import NeuralEngine
import Playground

/// The `nnplay` command: a neural-network playground in the terminal.
@main
struct NNPlay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nnplay",
        abstract: "A neural-network playground in the terminal.",
        discussion: """
            Train small networks on 2-D datasets and watch them learn: XOR, circles, spirals, gaussians and \
            more, with any architecture, activation, loss, optimizer and regularization.
            """,
        subcommands: [
            UICommand.self, TrainCommand.self, GradCheckCommand.self, BackpropCommand.self, SweepCommand.self,
            CompareCommand.self, SeedsCommand.self, PresetsCommand.self, BenchCommand.self, DiagnoseBenchCommand.self,
            FuzzCommand.self,
        ],
        defaultSubcommand: UICommand.self
    )

    /// The release this is.
    static let version = "0.9.0"

    /// `nnplay --version`: the version, the CPU target the engine was compiled for, and its kernels.
    static var versionText: String {
        "nnplay \(version)\nCPU target: \(BuildInfo.cpuTarget)\nAVX-512 kernels: "
            + (BuildInfo.avx512Kernels ? "compiled in" : "not compiled in")
    }

    /// Parses and runs the command, with two things argument-parser does not do: a negative number after an
    /// option reaches the option's own check (`--runs -5` said "Missing value"), and every message is
    /// cleaned of control characters and long echoed values before it reaches the terminal.
    static func main() {
        let arguments = CommandLineText.joiningNegativeNumbers(Array(CommandLine.arguments.dropFirst()))
        if arguments == ["--version"] {
            print(versionText)
            return
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let text = CommandLineText.cleaned(fullMessage(for: error))
            if !text.isEmpty {
                let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                stream.write(Data((text + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}

/// What the command line reads and says, made safe.
enum CommandLineText {
    /// `--option -5` as `--option=-5`, so a negative number is the option's value rather than an unknown flag.
    static func joiningNegativeNumbers(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument.hasPrefix("--"), !argument.contains("="), argument != "--", index + 1 < arguments.count,
                isNegativeNumber(arguments[index + 1])
            {
                result.append(argument + "=" + arguments[index + 1])
                index += 2
            } else {
                result.append(argument)
                index += 1
            }
        }
        return result
    }

    static func isNegativeNumber(_ text: String) -> Bool { text.hasPrefix("-") && Double(text) != nil }

    /// A message for the terminal: control characters shown as �, lines over 240 characters cut with "…".
    static func cleaned(_ message: String) -> String {
        message.withoutControlCharacters.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.count > 240 ? String(line.prefix(239)) + "…" : String(line)
        }.joined(separator: "\n")
    }
}
