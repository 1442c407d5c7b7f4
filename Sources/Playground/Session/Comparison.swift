/// Two setups on the same data and the same seed, trained side by side (`nnplay compare`, the classic
/// demonstrations: lr 0.03 vs 3, no regularization vs L2, tanh vs ReLU, SGD vs Adam).
public enum Comparison {
    /// B as compared with A: A's data (dataset, noise, points, split, seed, own points), B's everything else.
    public static func onTheSameData(_ b: SessionConfig, as a: SessionConfig) -> SessionConfig {
        var c = b
        (c.dataset, c.noise, c.points, c.classes, c.trainFraction, c.seed, c.customData) =
            (a.dataset, a.noise, a.points, a.classes, a.trainFraction, a.seed, a.customData)
        return c.keepingAFittingLoss()
    }

    /// The settings in which two setups differ, as `name a → b` (what the status line and the report name).
    public static func differences(_ a: SessionConfig, _ b: SessionConfig) -> [String] {
        SettingsTable.all.compactMap { spec in
            func shown(_ c: SessionConfig) -> String { spec.shown(c).isEmpty ? "none" : spec.shown(c) }
            return spec.same(a, b) || spec.setting == .epochs
                ? nil : "\(spec.setting.presetKey) \(shown(a)) → \(shown(b))"
        }
    }
}
