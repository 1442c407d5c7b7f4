import NeuralEngine

/// A network learning a dataset: the one training code path of the UI and the headless commands.
///
/// Trains epoch by epoch through the engine's `MiniBatchTrainer`, records train and test loss and accuracy
/// after every epoch (epoch 0 is the untrained network), remembers the epoch of the best test loss (where
/// early stopping would stop), and stops for good in a diverged state when a loss or weight turns NaN or
/// infinite. Not thread-safe: one session belongs to one queue.
public final class TrainingSession {
    public private(set) var config: SessionConfig
    public let data: PreparedData
    public let head: OutputHead
    /// One record per epoch, epoch 0 first. Every value in it is finite.
    public private(set) var history: [EpochRecord] = []
    /// The epoch of the lowest test loss so far, and that loss.
    public private(set) var bestTest: (epoch: Int, loss: Double) = (0, .infinity)
    /// The epoch at which training diverged, if it did.
    public private(set) var divergedAt: Int?
    /// Per layer (first hidden layer first): norm of the weight gradient at the last step.
    public private(set) var gradientNorms: [Float]

    let trainer: MiniBatchTrainer
    let evaluator: Evaluator
    var cachedGridInputs: [GridSize: [Float]] = [:]

    /// A session on `config`'s own dataset. `weightsVariant` draws other initial weights from the same seed
    /// (a reset with new weights keeps the data).
    public convenience init(config: SessionConfig, weightsVariant: UInt64 = 0) throws(ConfigError) {
        try config.validate()
        let head = config.effectiveLoss.head(classCount: config.classCount)!
        var dataRng = SplitMix64(seed: config.seed)
        let data = PreparedData(config: config, head: head, rng: &dataRng)
        self.init(validated: config, data: data, head: head, weightsVariant: weightsVariant)
    }

    /// A session on given data (for points a person added or loaded).
    public convenience init(config: SessionConfig, data: PreparedData, weightsVariant: UInt64 = 0) throws(ConfigError) {
        try config.validate()
        self.init(validated: config, data: data, head: config.effectiveLoss.head(classCount: config.classCount)!,
                  weightsVariant: weightsVariant)
    }

    private init(validated config: SessionConfig, data: PreparedData, head: OutputHead, weightsVariant: UInt64) {
        self.config = config
        self.data = data
        self.head = head
        let shape = NetworkShape(
            inputCount: config.features.count, hiddenWidths: config.hidden,
            hiddenActivations: config.hiddenActivations, head: head,
            outputCount: head.outputCount(classCount: data.classCount))
        var weightRng = SplitMix64(seed: config.seed &* 0x9E37_79B9_7F4A_7C15 &+ 0x5EED &+ weightsVariant)
        let network = Network(shape: shape, initialization: config.initialization, rng: &weightRng)
        trainer = MiniBatchTrainer(
            network: network,
            optimizer: Optimizer(
                kind: config.optimizer, learningRate: Float(config.learningRate), momentum: Float(config.momentum),
                parameterCount: shape.parameterCount),
            settings: Self.stepSettings(config), rng: weightRng.split())
        evaluator = Evaluator(shape: shape)
        gradientNorms = Array(repeating: 0, count: shape.layerLayouts.count)
        record(epoch: 0)
    }

    // MARK: - Training

    public var network: Network { trainer.network }

    /// Threads per step (1 or 2); see `MiniBatchTrainer.threads`. Pays for batches of 64 rows and more.
    public var threads: Int {
        get { trainer.threads }
        set { trainer.threads = Swift.min(Swift.max(newValue, 1), 2) }
    }
    /// Epochs trained so far.
    public var epoch: Int { history.last?.epoch ?? 0 }
    public var latest: EpochRecord { history[history.count - 1] }
    public var isDiverged: Bool { divergedAt != nil }
    public var health: TrainingHealth { TrainingHealth.assess(history, divergedAt: divergedAt) }

    /// Trains one epoch and records it; returns `nil` (and does nothing) once diverged. The epoch in which
    /// the network diverges is not recorded, so the history never holds NaN.
    @discardableResult
    public func trainEpoch() -> EpochRecord? {
        guard divergedAt == nil else { return nil }
        trainer.trainEpoch(on: data.trainExamples)
        gradientNorms = trainer.lastGradientNorms
        return record(epoch: epoch + 1)
    }

    /// Trains up to `epochs` epochs, calling `onEpoch` after each; stops early if the network diverges.
    public func train(epochs: Int, onEpoch: (EpochRecord) -> Void = { _ in }) {
        for _ in 0..<epochs {
            guard let record = trainEpoch() else { return }
            onEpoch(record)
        }
    }

    @discardableResult
    private func record(epoch: Int) -> EpochRecord? {
        let train = evaluator.metrics(of: trainer.network, on: data.trainExamples)
        let test = evaluator.metrics(of: trainer.network, on: data.testExamples)
        let record = EpochRecord(
            epoch: epoch, trainLoss: train.loss, testLoss: test.loss,
            trainAccuracy: train.accuracy, testAccuracy: test.accuracy)
        guard record.isFinite, trainer.network.isFinite else {
            divergedAt = epoch
            return nil
        }
        history.append(record)
        if data.testExamples.count > 0, record.testLoss < bestTest.loss { bestTest = (epoch, record.testLoss) }
        return record
    }

    // MARK: - Live changes (no reset, nothing learned is lost)

    /// Changes the step size from the next step on; weights and optimizer state stay.
    public func setLearningRate(_ rate: Double) throws(ConfigError) {
        try apply { $0.learningRate = rate }
    }

    public func setMomentum(_ momentum: Double) throws(ConfigError) { try apply { $0.momentum = momentum } }

    public func setOptimizer(_ kind: OptimizerKind) throws(ConfigError) { try apply { $0.optimizer = kind } }

    public func setRegularization(_ kind: Regularization, rate: Double) throws(ConfigError) {
        try apply {
            $0.regularization = kind
            $0.regularizationRate = rate
        }
    }

    public func setDropout(_ dropout: Double) throws(ConfigError) { try apply { $0.dropout = dropout } }

    public func setBatchSize(_ size: Int) throws(ConfigError) { try apply { $0.batchSize = size } }

    /// Takes every live setting of `other` at once (learning rate, momentum, optimizer, regularization and its
    /// rate, dropout, batch size); the rest of `other` is ignored. All or nothing: an invalid value changes none.
    public func setLiveSettings(from other: SessionConfig) throws(ConfigError) {
        try apply {
            $0.learningRate = other.learningRate
            $0.momentum = other.momentum
            $0.optimizer = other.optimizer
            $0.regularization = other.regularization
            $0.regularizationRate = other.regularizationRate
            $0.dropout = other.dropout
            $0.batchSize = other.batchSize
        }
    }

    private func apply(_ change: (inout SessionConfig) -> Void) throws(ConfigError) {
        var next = config
        change(&next)
        try next.validate()
        config = next
        trainer.optimizer.learningRate = Float(next.learningRate)
        trainer.optimizer.momentum = Float(next.momentum)
        trainer.optimizer.kind = next.optimizer
        trainer.settings = Self.stepSettings(next)
    }

    private static func stepSettings(_ config: SessionConfig) -> StepSettings {
        StepSettings(
            batchSize: config.batchSize, regularization: config.regularization,
            regularizationRate: Float(config.regularizationRate), dropout: Float(config.dropout))
    }
}

extension TrainingSession {
    /// Continues from `other`'s weights, optimizer and history (same architecture), e.g. after a point was
    /// added to the data.
    func adoptWeights(of other: TrainingSession) {
        guard other.network.shape == network.shape else { return }
        trainer.network = other.trainer.network
        trainer.optimizer = other.trainer.optimizer
        history = other.history
        bestTest = other.bestTest
        divergedAt = other.divergedAt
    }
}
