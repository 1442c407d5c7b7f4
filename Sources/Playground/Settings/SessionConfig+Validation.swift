import NeuralEngine

extension SessionConfig {
    /// Checks every value (against the ranges in `SettingsTable`) and how they fit together; throws the first
    /// problem as a `ConfigError`.
    public func validate() throws(ConfigError) {
        for spec in SettingsTable.all {
            if let problem = spec.problem(self) { throw ConfigError(spec.setting, problem) }
        }
        guard !features.isEmpty else {
            throw ConfigError(.features, "needs at least one of \(Choices<Feature>.listed)")
        }
        guard Set(features).count == features.count else { throw ConfigError(.features, "lists a feature twice") }
        guard hidden.count <= 16 else { throw ConfigError(.hidden, "at most 16 hidden layers (got \(hidden.count))") }
        if let bad = hidden.first(where: { !(1...1024).contains($0) }) {
            throw ConfigError(.hidden, "each layer needs 1 to 1024 neurons (got \(bad))")
        }
        guard !activations.isEmpty, activations.count == 1 || activations.count == hidden.count else {
            throw ConfigError(
                .activation,
                "give one activation or one per hidden layer (\(hidden.count) layers, got \(activations.count))")
        }
        if let data = customData, let problem = data.problem {
            throw ConfigError(.dataset, "\(data.source.withoutControlCharacters): \(problem)")
        }
        guard effectiveLoss.head(classCount: classCount) != nil else {
            throw ConfigError(.loss, lossMismatch)
        }
    }

    /// This config, checked: what a training session can be built from.
    public func validated() throws(ConfigError) -> ValidConfig { try ValidConfig(self) }

    private var lossMismatch: String {
        let problem = classCount == 0 ? "regression" : "\(classCount) classes"
        let fits = Loss.allCases.filter { $0.head(classCount: classCount) != nil }.map(\.rawValue)
        return
            "\(effectiveLoss.rawValue) cannot train \(dataset.rawValue) (\(problem)); use \(fits.joined(separator: " or "))"
    }
}

/// A `SessionConfig` that passed `validate()`: checked once, at the edge (command line, preset, the UI's
/// controls), so the trainer and the session need not check again.
public struct ValidConfig: Sendable, Equatable {
    public let config: SessionConfig

    public init(_ config: SessionConfig) throws(ConfigError) {
        try config.validate()
        self.config = config
    }

    /// For configs valid by construction (a valid config with live values from another valid one).
    init(checked config: SessionConfig) { self.config = config }
}
