import ArgumentParser
import CursesTerminal
import Foundation
import Playground
import PlaygroundUI

/// `nnplay` / `nnplay ui`: the live playground in the terminal.
struct UICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui",
        abstract: "Open the live playground (the default command).",
        discussion: """
            Keys: space play/pause, s one epoch, r reset weights, n new data, Tab/↑↓ move between controls, \
            ←→ or +/- change the focused value, [ ] learning rate, 1…9 datasets, < > speed, p presets, \
            w write a preset, i notes, ? help, q quit. \
            Options set the starting point, as for `nnplay train`.
            """)

    @OptionGroup var options: SessionOptions

    @Option(help: "Colours: auto|always|never (auto: 256 or 8 colours as the terminal has; none with NO_COLOR).")
    var color: ColorChoice = .auto

    @Option(help: "Record the session as an asciinema v2 file (replay with `asciinema play FILE`).")
    var record: String?

    @Option(
        help: "Continue from a model written by --save-model or m in the playground (its setup; options override it).")
    var loadModel: String?

    func validate() throws { _ = try options.config() }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        if let reason = CursesTerminal.unavailableReason(environment: environment) {
            FileHandle.standardError.write(
                Data("nnplay: \(reason).\nFor headless training use `nnplay train` (see `nnplay train --help`).\n".utf8)
            )
            throw ExitCode(2)
        }
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let preferred: ColorMode = color == .never || (color == .auto && noColor) ? .monochrome : .full
        let preset = try options.loadPreset()
        let model = try loadModel.map { path in
            do throws(ModelError) { return try SavedModel.read(from: path) } catch {
                throw ValidationError(error.description)
            }
        }
        let config = try options.config(base: model?.config ?? preset?.config ?? SessionConfig())
        if let model {  // checked here, before the screen is taken, so a misfit model is said plainly
            let probe = try TrainingSession(config: config)
            do throws(ModelError) { try probe.load(model) } catch {
                throw ValidationError("--load-model: \(error.description)")
            }
        }
        do {
            var app = PlaygroundApp(
                config: config, preset: preset, library: options.library, preferredColors: preferred)
            app.recordPath = record
            app.model = model
            try app.run()
        } catch let error as CastError {
            FileHandle.standardError.write(Data("nnplay: \(error.description)\n".utf8))
            throw ExitCode(2)
        } catch let error as TerminalUnavailable {
            FileHandle.standardError.write(
                Data("nnplay: \(error.description).\nFor headless training use `nnplay train`.\n".utf8))
            throw ExitCode(2)
        }
    }
}
