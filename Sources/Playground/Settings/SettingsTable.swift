import NeuralEngine

/// Every setting of a session, each declared once (as Playground's `state.ts` does, but typed). Validation,
/// the command line's help and parsing, reading and writing presets, the controls panel and the decision
/// whether a change applies live or rebuilds all read this table. Adding a setting is one entry here, one
/// field in `SessionConfig`, one option line in `SessionOptions` (argument-parser declares options
/// statically), and its use in the engine.
///
/// The order is the controls panel's within each group, and the order presets are written in.
public enum SettingsTable {
    public static let all: [SettingSpec] =
        data + network + training + [
            .field(
                .epochs, \.epochs, .whole("a number of epochs", 0...1_000_000), group: nil, label: "epochs",
                help: "Epochs to train, 1…1000000.", applies: .runLength),
            .field(
                .earlyStopping, \.earlyStopping, .optionalWhole("a patience in epochs", 1...1_000_000), group: nil,
                label: "early stopping",
                help: "Stop after N epochs without a new best test loss and restore the best weights (1…1000000).",
                applies: .runLength, writtenWhen: { $0.earlyStopping != nil }),
        ]

    /// The entry of `setting`.
    public static func spec(_ setting: Setting) -> SettingSpec { bySetting[setting]! }

    /// The entry whose preset key is `key` (`learning_rate`), if any.
    public static func spec(presetKey key: String) -> SettingSpec? { byPresetKey[key] }

    private static let bySetting = Dictionary(uniqueKeysWithValues: all.map { ($0.setting, $0) })
    private static let byPresetKey = Dictionary(uniqueKeysWithValues: all.map { ($0.setting.presetKey, $0) })

    // MARK: - The entries

    static let data: [SettingSpec] = [
        .field(
            .dataset, \.dataset, .choice, group: .data, label: "dataset",
            help: "Dataset: \(Choices<DatasetKind>.alternatives).", applies: .rebuild,
            steps: .custom { config, delta in
                var next = config
                next.dataset = SteppedValues.cycle(config.dataset, by: delta, in: DatasetKind.allCases)
                return next.keepingAFittingLoss()
            }),
        .field(
            .features, \.features, .features, group: .data, label: "features",
            help:
                "Input features, comma-separated: \(Choices<Feature>.alternatives.replacingOccurrences(of: "|", with: ",")).",
            applies: .rebuild,
            steps: .custom { config, delta in
                var next = config
                next.features = SteppedValues.cycle(
                    config.features, by: delta, in: Feature.steppedSets(including: config.features))
                return next
            },
            shown: { config in
                let names = config.features.map(\.rawValue).joined(separator: " ")
                return names.count <= 14 ? names : "\(config.features.count) features"  // the panel's room
            }),
        .field(
            .noise, \.noise, .whole("a percentage", 0...50), group: .data, label: "noise",
            help: "Noise in percent, 0…50.", applies: .rebuild, steps: .nearest(SteppedValues.noises),
            shown: { "\($0.noise)%" }),
        .field(
            .trainFraction, \.trainFraction, .number("a fraction", 0.1...0.9), group: .data, label: "train ratio",
            help: "Fraction of points used for training, 0.1…0.9.", applies: .rebuild,
            steps: .nearest(SteppedValues.trainFractions), shown: { "\(Int(($0.trainFraction * 100).rounded()))%" }),
        .field(
            .points, \.points, .whole("a number of points", 10...10_000), group: .data, label: "points",
            help: "Number of points, 10…10000.", applies: .rebuild, steps: .nearest(SteppedValues.pointCounts)),
        .field(
            .seed, \.seed, .seed, group: .data, label: "seed",
            help: "Random seed for data and weights (same seed, same run).", applies: .rebuild,
            steps: .custom { config, delta in
                var next = config
                next.seed = delta > 0 ? config.seed &+ 1 : (config.seed > 0 ? config.seed - 1 : 0)
                return next
            }),
        .field(
            .classes, \.classes, .whole("a number of classes", 2...8), group: nil, label: "classes",
            help: "Clusters of the blobs dataset, 2…8.", applies: .rebuild, writtenWhen: { $0.dataset == .blobs }),
        .field(
            .standardize, \.standardize, .flag, group: .data, label: "standardize",
            help: "Standardize inputs to mean 0, variance 1 over the training set.", applies: .rebuild,
            steps: .cycle([false, true]), shown: { $0.standardize ? "on" : "off" }),
    ]

    static let network: [SettingSpec] = [
        .field(
            .hidden, \.hidden, .widths, group: nil, label: "hidden layers",
            help: "Neurons per hidden layer, comma-separated, e.g. 8,8; \"\" for no hidden layer.", applies: .rebuild),
        .field(
            .activation, \.activations, .activations, group: .network, label: "activation",
            help: "Hidden activation (\(Choices<Activation>.alternatives)), or one per layer, comma-separated.",
            applies: .rebuild,
            steps: .custom { config, delta in
                var next = config
                let current = config.hiddenActivations.first ?? config.activations[0]
                next.activations = [SteppedValues.cycle(current, by: delta, in: Activation.allCases)]
                return next
            }),
        .field(
            .loss, \.loss, .optionalLoss, group: .network, label: "output/loss",
            help: "Loss: \(Choices<Loss>.alternatives) (default: squared, or cross-entropy for 3+ classes).",
            applies: .rebuild,
            steps: .custom { config, delta in
                var next = config
                let fitting = Loss.allCases.filter { $0.head(classCount: config.classCount) != nil }
                next.loss = SteppedValues.cycle(config.effectiveLoss, by: delta, in: fitting)
                return next
            },
            shown: { $0.effectiveLoss.head(classCount: $0.classCount)?.rawValue ?? $0.effectiveLoss.rawValue },
            writtenWhen: { $0.loss != nil }),
        .field(
            .initialization, \.initialization, .choice, group: .network, label: "init",
            help: "Initialization: \(Choices<Initialization>.alternatives).", applies: .rebuild,
            steps: .cycle(Initialization.allCases)),
    ]

    static let training: [SettingSpec] = [
        .field(
            .optimizer, \.optimizer, .choice, group: .training, label: "optimizer",
            help: "Optimizer: \(Choices<OptimizerKind>.alternatives).", applies: .live,
            steps: .cycle(OptimizerKind.allCases)),
        .field(
            .learningRate, \.learningRate, .positive("a learning rate", maximum: 100), group: .training,
            label: "learning rate", help: "Learning rate, > 0 and ≤ 100.", applies: .live,
            steps: .nearest(SteppedValues.learningRates)),
        .field(
            .momentum, \.momentum, .number("a momentum", 0...0.999), group: .training, label: "momentum",
            help: "Momentum for --optimizer momentum, 0…0.999.", applies: .live,
            steps: .nearest(SteppedValues.momentums),
            shown: {
                $0.optimizer == .momentum ? NumberFormat.compact($0.momentum) : "(\(NumberFormat.compact($0.momentum)))"
            }),
        .field(
            .batchSize, \.batchSize, .atLeast("a batch size", 1), group: .training, label: "batch size",
            help: "Examples per step, ≥ 1 (≥ the training set: full-batch gradient descent).", applies: .live,
            steps: .nearest(SteppedValues.batchSizes)),
        .field(
            .regularization, \.regularization, .choice, group: .training, label: "regularization",
            help: "Regularization: \(Choices<Regularization>.alternatives).", applies: .live,
            steps: .cycle(Regularization.allCases)),
        .field(
            .regularizationRate, \.regularizationRate, .number("a regularization rate", 0...10), group: .training,
            label: "reg. rate", help: "Regularization rate, 0…10.", applies: .live,
            steps: .nearest(SteppedValues.regularizationRates)),
        .field(
            .dropout, \.dropout, .number("a dropout probability", 0...0.9), group: .training, label: "dropout",
            help: "Dropout probability of hidden units while training, 0…0.9.", applies: .live,
            steps: .nearest(SteppedValues.dropouts)),
    ]

    // MARK: - Reading the table

    /// What changing `old` into `new` needs: `nil` when no setting a session uses differs, `.live` when every
    /// differing setting applies live, else `.rebuild`.
    public static func application(from old: SessionConfig, to new: SessionConfig) -> SettingApplication? {
        let changed = all.filter { $0.application != .runLength && !$0.agrees(old, new) }
        guard !changed.isEmpty else { return nil }
        return changed.allSatisfy { $0.application == .live } ? .live : .rebuild
    }

    /// `target` with every live setting taken from `source`.
    public static func liveSettings(of source: SessionConfig, onto target: SessionConfig) -> SessionConfig {
        var result = target
        for spec in all where spec.application == .live { spec.copy(source, &result) }
        return result
    }
}

extension SessionConfig {
    /// The chosen loss if it fits the dataset, else the automatic one.
    public func keepingAFittingLoss() -> SessionConfig {
        var c = self
        if let loss = c.loss, loss.head(classCount: c.classCount) == nil { c.loss = nil }
        return c
    }
}

extension Feature {
    /// The feature sets the features control steps through (Playground toggles them one by one; here a click
    /// on an input in the network panel does that), with `current` first when it is none of them.
    static func steppedSets(including current: [Feature]) -> [[Feature]] {
        var sets: [[Feature]] = [
            [.x1, .x2], [.x1, .x2, .x1sq, .x2sq], [.x1sq, .x2sq], [.x1, .x2, .x1x2], [.x1x2],
            [.x1, .x2, .sinx1, .sinx2], [.x1, .x2, .x1sq, .x2sq, .x1x2, .sinx1, .sinx2], Feature.allCases,
        ]
        if !sets.contains(current) { sets.insert(current, at: 0) }
        return sets
    }
}
