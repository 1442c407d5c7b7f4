import ArgumentParser
import Foundation
import Playground

/// `nnplay presets`: the lessons in the presets folder, with their titles and descriptions.
struct PresetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "presets",
        abstract: "List the presets (prepared lessons) with their titles and descriptions.",
        discussion:
            "Open one with `nnplay --preset NAME`, or train it headless with `nnplay train --preset NAME --check`.")

    @Option(
        help:
            "A folder of presets, searched first (then $NNPLAY_PRESETS, ~/.config/nnplay/presets and the built-in lessons)."
    )
    var presetsDir: String?

    func run() throws {
        let library = PresetLibrary.forCommandLine(presetsDir: presetsDir)
        let entries = library.entries
        let places = library.searchedPlaces.joined(separator: ", ")
        guard !entries.isEmpty else {
            print("no presets found; looked in \(places) (set --presets-dir or NNPLAY_PRESETS)")
            throw ExitCode.failure
        }
        print("presets (looked in \(places); w in the playground writes to \(library.directory)):")
        let width = min(28, entries.map(\.name.count).max() ?? 0)
        var broken = 0
        for entry in entries {
            let name = entry.name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
            switch entry.result {
            case .success(let preset):
                print("  \(name)\(preset.title)")
                if !preset.description.isEmpty {
                    print("  \(String(repeating: " ", count: width + 2))\(preset.description)")
                }
            case .failure(let error):
                broken += 1
                print("  \(name)BROKEN: \(error)")
            }
        }
        if broken > 0 { throw ExitCode.failure }
    }
}
