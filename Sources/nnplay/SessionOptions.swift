import ArgumentParser
import Foundation
import NeuralEngine
import Playground

/// Every setting of a training session as a command-line option, shared by `train`, `gradcheck` and the UI.
/// Each option is optional: what is not given keeps Playground's default (see `SessionConfig`). Names, help
/// and parsing come from `SettingsTable` (argument-parser needs each option declared here once); values
/// parse `.unconditional`ly so that `--learning-rate -1` reaches the table's check instead of reading as a flag.
struct SessionOptions: ParsableArguments {
    @Option(
        help:
            "Start from a preset: a name in the presets folder (see `nnplay presets`) or a path to a .yaml file. Options given here override it."
    )
    var preset: String?

    @Option(
        help: "A presets folder, searched first (then $NNPLAY_PRESETS, ~/.config/nnplay/presets, the built-in lessons)."
    )
    var presetsDir: String?

    @Option(
        help:
            "Your own points instead of a generated dataset: a CSV of x1, x2, label (label ±1 or 0/1 for two classes, 0…K−1 for K classes, any number for regression; header optional; points outside [−6, 6]² are scaled in)."
    )
    var data: String?

    @Option(parsing: .unconditional, help: .setting(.dataset)) var dataset: String?
    @Option(parsing: .unconditional, help: .setting(.noise)) var noise: String?
    @Option(parsing: .unconditional, help: .setting(.points)) var points: String?
    @Option(parsing: .unconditional, help: .setting(.classes)) var classes: String?
    @Option(parsing: .unconditional, help: .setting(.trainFraction)) var trainFraction: String?
    @Option(parsing: .unconditional, help: .setting(.features)) var features: String?
    @Flag(inversion: .prefixedNo, help: .setting(.standardize)) var standardize: Bool?
    @Option(parsing: .unconditional, help: .setting(.hidden)) var hidden: String?
    @Option(parsing: .unconditional, help: .setting(.activation)) var activation: String?
    @Option(parsing: .unconditional, help: .setting(.loss)) var loss: String?
    @Option(parsing: .unconditional, help: .setting(.optimizer)) var optimizer: String?
    @Option(parsing: .unconditional, help: .setting(.learningRate)) var learningRate: String?
    @Option(parsing: .unconditional, help: .setting(.momentum)) var momentum: String?
    @Option(parsing: .unconditional, help: .setting(.batchSize)) var batchSize: String?
    @Option(parsing: .unconditional, help: .setting(.regularization)) var regularization: String?
    @Option(parsing: .unconditional, help: .setting(.regularizationRate)) var regularizationRate: String?
    @Option(parsing: .unconditional, help: .setting(.dropout)) var dropout: String?
    @Option(
        name: .customLong(Setting.initialization.rawValue), parsing: .unconditional, help: .setting(.initialization))
    var initialization: String?
    @Option(parsing: .unconditional, help: .setting(.seed)) var seed: String?
    @Option(parsing: .unconditional, help: .setting(.epochs)) var epochs: String?
    @Option(parsing: .unconditional, help: .setting(.earlyStopping)) var earlyStopping: String?

    /// The value given for each setting, in the table's terms (`nil`: not given).
    var given: [Setting: String?] {
        [
            .dataset: dataset, .noise: noise, .points: points, .classes: classes, .trainFraction: trainFraction,
            .features: features, .standardize: standardize.map { String($0) }, .hidden: hidden,
            .activation: activation, .loss: loss, .optimizer: optimizer, .learningRate: learningRate,
            .momentum: momentum, .batchSize: batchSize, .regularization: regularization,
            .regularizationRate: regularizationRate, .dropout: dropout, .initialization: initialization,
            .seed: seed, .epochs: epochs, .earlyStopping: earlyStopping,
        ]
    }

    /// The presets folder these options point at.
    var library: PresetLibrary { PresetLibrary.forCommandLine(presetsDir: presetsDir) }

    /// The preset named by `--preset`, if any.
    func loadPreset() throws -> Preset? {
        guard let preset else { return nil }
        guard !preset.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("--preset: needs a preset name (see `nnplay presets`) or a path to a .yaml file")
        }
        do {
            return try library.load(preset)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// The configuration these options describe (on top of the preset, if any), validated.
    func config() throws -> SessionConfig {
        try config(base: loadPreset()?.config ?? SessionConfig())
    }

    func config(base: SessionConfig) throws -> SessionConfig {
        var config = base
        if let data {
            do throws(CSVError) { config.customData = try CustomData.read(path: data) } catch {
                throw ValidationError("--data: \(error.description)")
            }
            config = config.keepingAFittingLoss()
        }
        do {
            for spec in SettingsTable.all {
                if let text = given[spec.setting] ?? nil { try spec.read(text, into: &config) }
            }
            try config.validate()
        } catch {
            throw ValidationError(error.commandLineDescription)
        }
        return config
    }
}

extension ArgumentHelp {
    /// A setting's help line from the settings table.
    static func setting(_ setting: Setting) -> ArgumentHelp { ArgumentHelp(setting.spec.help) }
}

extension PresetLibrary {
    /// The presets folder for this process: `--presets-dir`, else `NNPLAY_PRESETS`, else next to the package.
    static func forCommandLine(presetsDir: String?) -> PresetLibrary {
        locate(explicit: presetsDir, environment: ProcessInfo.processInfo.environment)
    }
}
