import Foundation

/// The name of one setting, spelled for each place a person meets it; `SettingsTable` says the rest.
public enum Setting: String, CaseIterable, Sendable {
    case dataset, noise, points, classes, features, standardize, hidden, activation, loss, optimizer
    case momentum, regularization, dropout, seed, epochs
    case earlyStopping = "early-stopping"
    case trainFraction = "train-fraction"
    case learningRate = "learning-rate"
    case batchSize = "batch-size"
    case regularizationRate = "regularization-rate"
    case initialization = "init"

    /// As a command-line option, e.g. `--learning-rate`.
    public var option: String { "--" + rawValue }
    /// As a preset key, e.g. `learning_rate`.
    public var presetKey: String { rawValue.replacingOccurrences(of: "-", with: "_") }  // Foundation's
    /// Its entry in the settings table.
    public var spec: SettingSpec { SettingsTable.spec(self) }
}

/// A setting with a value it cannot take: which setting, and what is allowed.
public struct ConfigError: Error, Equatable, Sendable {
    public let setting: Setting
    /// One sentence without the setting's name, e.g. "must be between 0 and 50 (got 300)".
    public let message: String

    public init(_ setting: Setting, _ message: String) {
        self.setting = setting
        self.message = message
    }

    /// The message for the command line: "--noise: must be between 0 and 50 (got 300)".
    public var commandLineDescription: String { "\(setting.option): \(message)" }
}

/// Settings written as one comma-separated line (`8,8`, `x1, x2, sinx1`), on the command line and in presets.
public enum CommaList {
    /// The items, trimmed. Blank text is no items; an empty item (`8,,8`) stays, so that it fails to parse.
    public static func items(_ text: String) -> [String] {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
        return text.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
    }
}
