import Yams

/// Trains a preset headless for its epochs with its seed and checks what its lesson promises: the one
/// check behind the test suite and `nnplay train --preset NAME --check`.
public enum PresetCheck {
    public struct Outcome {
        public let session: TrainingSession
        /// Promises that did not hold; empty when the lesson works as its notes say.
        public let failures: [String]
    }

    public static func run(_ preset: Preset) throws -> Outcome {
        let session = try TrainingSession(config: preset.config)
        session.train(epochs: preset.config.epochs)
        return Outcome(session: session, failures: try failures(of: preset, trained: session))
    }

    /// The promises of `preset` that `session` (trained on `preset.config`) did not keep. When the preset
    /// promises to beat another setup, that setup is trained for the same epochs to compare.
    public static func failures(of preset: Preset, trained session: TrainingSession) throws -> [String] {
        guard let expectation = preset.expectation else { return [] }
        var baseline: TrainingSession?
        if let overrides = expectation.beats {
            let other = try TrainingSession(config: try baselineConfig(preset, overrides: overrides))
            other.train(epochs: preset.config.epochs)
            baseline = other
        }
        return expectation.failures(of: session, baseline: baseline)
    }

    /// The preset's config with `overrides` (preset keys and values) applied.
    public static func baselineConfig(_ preset: Preset, overrides: [String: String]) throws(PresetError) -> SessionConfig {
        var changed = preset
        for (key, value) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let field = PresetFields.field(key) else { throw PresetError(file: preset.name, key: "expect.beats", message: "unknown key \(key)") }
            do {
                try field(Node(value), &changed)
            } catch {
                throw PresetError(file: preset.name, key: "expect.beats.\(key)", message: error.message)
            }
        }
        return changed.config
    }
}
