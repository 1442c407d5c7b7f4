import Yams

/// Trains a preset headless for its epochs with its seed and checks what its lesson promises: the one
/// check behind the test suite and `nnplay train --preset NAME --check`.
public enum PresetCheck {
    public struct Outcome {
        public let session: TrainingSession
        /// The diagnoses the run went through (`TrainingHealth.name`), each at its first appearance.
        public let diagnoses: [String]
        /// Promises that did not hold; empty when the lesson works as its notes say.
        public let failures: [String]
    }

    /// `weightsVariant` trains from other initial weights, as the UI's reset (r) does.
    public static func run(_ preset: Preset, weightsVariant: UInt64 = 0) throws -> Outcome {
        let session = try TrainingSession(config: preset.config, weightsVariant: weightsVariant)
        var diagnoses = DiagnosisLog()
        session.train(epochs: preset.config.epochs, earlyStopping: preset.config.earlyStopping) { _ in
            diagnoses.note(session.health)
        }
        diagnoses.note(session.health)  // a diverged run ends without an epoch of its own
        return Outcome(
            session: session, diagnoses: diagnoses.names,
            failures: try failures(
                of: preset, trained: session, diagnoses: diagnoses.names, weightsVariant: weightsVariant))
    }

    /// The promises of `preset` that `session` (trained on `preset.config`, going through `diagnoses`) did not
    /// keep. When the preset promises to beat another setup, that setup is trained for the same epochs from the
    /// same seed and `weightsVariant`. The promise over many seeds (`success`) is `success(of:)`'s.
    public static func failures(
        of preset: Preset, trained session: TrainingSession, diagnoses: [String], weightsVariant: UInt64 = 0
    ) throws -> [String] {
        guard let expectation = preset.expectation else { return [] }
        var baseline: TrainingSession?
        if let overrides = expectation.beats {
            let other = try TrainingSession(
                config: try baselineConfig(preset, overrides: overrides), weightsVariant: weightsVariant)
            other.train(epochs: preset.config.epochs)
            baseline = other
        }
        return expectation.failures(of: session, baseline: baseline, diagnoses: diagnoses)
    }

    /// The preset's config with `overrides` (preset keys and values) applied.
    public static func baselineConfig(_ preset: Preset, overrides: [String: String]) throws(PresetError)
        -> SessionConfig
    {
        var changed = preset
        for (key, value) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let field = PresetFields.field(key) else {
                throw PresetError(file: preset.name, key: "expect.beats", message: "unknown key \(key)")
            }
            do {
                try field(Node(value), &changed)
            } catch {
                throw PresetError(file: preset.name, key: "expect.beats.\(key)", message: error.message)
            }
        }
        return changed.config
    }
}

/// The diagnoses a run goes through, each recorded once, at its first appearance.
public struct DiagnosisLog: Sendable {
    public private(set) var names: [String] = []

    public init() {}

    public mutating func note(_ health: TrainingHealth) {
        if !names.contains(health.name) { names.append(health.name) }
    }
}
