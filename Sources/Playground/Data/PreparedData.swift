import NeuralEngine

/// A dataset generated, split and turned into engine-ready examples.
public struct PreparedData: Sendable {
    public let train: [DataPoint]
    public let test: [DataPoint]
    public let featureMap: FeatureMap
    public let trainExamples: Examples
    public let testExamples: Examples
    /// 0 for regression.
    public let classCount: Int

    /// Generates `config`'s dataset from `rng` (or takes its own points), shuffles it and splits it by the training fraction (as
    /// Playground does), then encodes inputs and targets for `head`.
    public init(config: SessionConfig, head: OutputHead, rng: inout SplitMix64) {
        if let split = config.customData?.savedSplit {  // the file says which points test
            self.init(train: split.train, test: split.test, config: config, head: head)
            return
        }
        var points =
            config.customData?.points
            ?? config.dataset.generate(
                count: config.points, noise: Double(config.noise) / 100, classes: config.classes, rng: &rng)
        rng.shuffle(&points)
        let split = Swift.max(1, Swift.min(points.count - 1, Int(Double(points.count) * config.trainFraction)))
        self.init(train: Array(points[..<split]), test: Array(points[split...]), config: config, head: head)
    }

    /// `config`'s own data, drawn from its seed, encoded for its head: what a session on it trains on.
    public init(config: ValidConfig) {
        let c = config.config
        var rng = SplitMix64(seed: c.seed)
        self.init(config: c, head: c.effectiveLoss.head(classCount: c.classCount)!, rng: &rng)
    }

    /// Prepares given training and test points (for data a person adds or loads).
    public init(train: [DataPoint], test: [DataPoint], config: SessionConfig, head: OutputHead) {
        self.train = train
        self.test = test
        classCount = config.classCount
        featureMap =
            config.standardize
            ? FeatureMap(standardizing: config.features, over: train) : FeatureMap(features: config.features)
        let outputs = head.outputCount(classCount: classCount)
        trainExamples = Self.examples(train, featureMap, head, outputs)
        testExamples = Self.examples(test, featureMap, head, outputs)
    }

    private static func examples(_ points: [DataPoint], _ map: FeatureMap, _ head: OutputHead, _ outputs: Int)
        -> Examples
    {
        let targets = head.targets(for: points.map(\.label), outputCount: outputs)
        return Examples(
            inputs: map.inputs(for: points), targets: targets, inputCount: map.features.count, targetCount: outputs)
    }
}
