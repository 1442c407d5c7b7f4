import NeuralEngine

/// A network learning a dataset: the one training code path of the UI and the headless commands.
///
/// Trains epoch by epoch through the engine's `MiniBatchTrainer`, records train and test loss and accuracy
/// after every epoch (epoch 0 is the untrained network), remembers the epoch of the best test loss (where
/// early stopping would stop), and stops in a diverged state when a loss or weight turns NaN or infinite,
/// or the training loss grows to `divergenceFactor` times its start (from there it only overflows). Not thread-safe: one session belongs to one queue.
public final class TrainingSession {
    /// The session's settings, checked.
    public private(set) var validConfig: ValidConfig
    public var config: SessionConfig { validConfig.config }
    public let data: PreparedData
    public let head: OutputHead
    /// Everything recorded so far: history, bests, checkpoints, the diagnosis' memory (`RunPast`).
    public internal(set) var past: RunPast
    public var history: [EpochRecord] { past.history }
    public var bestTest: (epoch: Int, loss: Double) { past.bestTest }
    public var bestRecord: EpochRecord? { past.bestRecord }
    public var bestTrainLoss: Double { past.bestTrainLoss }
    public var restores: [Int] { past.restores }
    public var checkpoints: [(epoch: Int, parameters: [Float])] { past.checkpoints }
    public static var checkpointLimit: Int { RunPast.checkpointLimit }
    public var divergedAt: Int? { past.divergedAt }
    public var smoothedGradientNorms: [Float] { past.smoothedGradientNorms }
    public var stability: StabilityReading? { past.stability }
    public var stabilityHistory: [StabilityReading] { past.stabilityHistory }
    /// Per layer (first hidden layer first): norm of the weight gradient at the last step.
    public private(set) var gradientNorms: [Float]

    /// The loss of the best constant prediction on the training set (`OutputHead.chanceLoss`).
    public private(set) lazy var chanceLoss = head.chanceLoss(
        targets: data.trainExamples.targets, targetCount: data.trainExamples.targetCount)

    var sharpnessRng = SplitMix64(seed: 0x5A_4E55)

    let trainer: MiniBatchTrainer
    let evaluator: Evaluator
    var cachedGridInputs: [GridSize: [Float]] = [:]

    /// A session on `config`'s own dataset. `weightsVariant` draws other initial weights from the same seed
    /// (a reset with new weights keeps the data).
    public convenience init(config: ValidConfig, weightsVariant: UInt64 = 0) {
        let data = PreparedData(config: config)
        self.init(
            validated: config.config, data: data, head: config.config.effectiveLoss.head(classCount: data.classCount)!,
            weightsVariant: weightsVariant)
    }

    /// A session on given data (for points a person added or loaded).
    public convenience init(config: ValidConfig, data: PreparedData, weightsVariant: UInt64 = 0) {
        let c = config.config
        self.init(
            validated: c, data: data, head: c.effectiveLoss.head(classCount: c.classCount)!,
            weightsVariant: weightsVariant)
    }

    /// A session on `config`'s own dataset, after checking `config`.
    public convenience init(config: SessionConfig, weightsVariant: UInt64 = 0) throws(ConfigError) {
        self.init(config: try config.validated(), weightsVariant: weightsVariant)
    }

    private init(validated config: SessionConfig, data: PreparedData, head: OutputHead, weightsVariant: UInt64) {
        validConfig = ValidConfig(checked: config)
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
            settings: Self.stepSettings(config, trainingExamples: data.trainExamples.count), rng: weightRng.split())
        evaluator = Evaluator(shape: shape)
        gradientNorms = Array(repeating: 0, count: shape.layerLayouts.count)
        past = RunPast(layerCount: shape.layerLayouts.count)
        record(epoch: 0)
        measureSharpness()
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

    /// Trains one epoch and records it; returns `nil` (and does nothing) once diverged. The epoch in which
    /// the network diverges is not recorded, so the history never holds NaN.
    @discardableResult
    public func trainEpoch() -> EpochRecord? {
        guard divergedAt == nil else { return nil }
        trainer.trainEpoch(on: data.trainExamples)
        gradientNorms = trainer.lastGradientNorms
        past.observe(gradientNorms: gradientNorms)
        let recorded = record(epoch: epoch + 1)
        if recorded != nil { measureSharpnessIfDue() }
        return recorded
    }

    /// Trains up to `epochs` epochs, calling `onEpoch` after each; stops if the network diverges. With
    /// `patience` (early stopping), also stops once that many epochs pass without a new best test loss, and
    /// restores the best weights; returns whether it stopped that way.
    @discardableResult
    public func train(epochs: Int, earlyStopping patience: Int? = nil, onEpoch: (EpochRecord) -> Void = { _ in })
        -> Bool
    {
        for _ in 0..<epochs {
            guard let record = trainEpoch() else { return false }
            onEpoch(record)
            if let patience, data.testExamples.count > 0, record.epoch - bestTest.epoch >= patience {
                return restoreBestWeights()
            }
        }
        return false
    }

    @discardableResult
    func record(epoch: Int) -> EpochRecord? {
        let train = evaluator.metrics(of: trainer.network, on: data.trainExamples)
        let test = evaluator.metrics(of: trainer.network, on: data.testExamples)
        let record = EpochRecord(
            epoch: epoch, trainLoss: train.loss, testLoss: test.loss,
            trainAccuracy: train.accuracy, testAccuracy: test.accuracy)
        let start = Swift.max(history.first?.trainLoss ?? record.trainLoss, 1e-3)
        guard record.isFinite, trainer.network.isFinite, record.trainLoss <= Self.divergenceFactor * start else {
            past.divergedAt = epoch
            return nil
        }
        past.append(record, parameters: trainer.network.parameters, hasTestPoints: data.testExamples.count > 0)
        return record
    }

    /// The kept checkpoint at or just before `epoch` (the first one if `epoch` is before it).
    public func checkpoint(atOrBefore epoch: Int) -> (epoch: Int, network: Network)? {
        guard let kept = checkpoints.last(where: { $0.epoch <= epoch }) ?? checkpoints.first else { return nil }
        return (kept.epoch, Network(shape: network.shape, parameters: kept.parameters))
    }

    /// After new weights were put in (`load`): the history starts again from them, as epoch 0.
    func resetAfterLoad() {
        past = RunPast(layerCount: network.layers.count)
        record(epoch: 0)
        measureSharpness()
    }

    /// How many times its untrained value the training loss may grow before the run counts as diverged.
    public static let divergenceFactor = 1e6

    // MARK: - Live changes (no reset, nothing learned is lost)

    /// Takes every setting of `other` that `SettingsTable` marks live (learning rate, momentum, optimizer,
    /// regularization and its rate, dropout, batch size) from the next step on; weights stay, and so does
    /// the optimizer's state unless its kind changes. The rest of `other` is ignored.
    public func takeLiveSettings(of other: ValidConfig) {
        // Only rebuild settings are checked against each other, so live values from a valid config keep
        // this one valid.
        let next = SettingsTable.liveSettings(of: other.config, onto: config)
        validConfig = ValidConfig(checked: next)
        trainer.optimizer.learningRate = Float(next.learningRate)
        trainer.optimizer.momentum = Float(next.momentum)
        trainer.optimizer.kind = next.optimizer
        trainer.settings = Self.stepSettings(next, trainingExamples: data.trainExamples.count)
    }

    /// A batch never holds more examples than the training set (the buffers are sized by what a step can
    /// see, however large the batch size asked for): at least that many is full-batch descent.
    private static func stepSettings(_ config: SessionConfig, trainingExamples: Int) -> StepSettings {
        StepSettings(
            batchSize: Swift.min(config.batchSize, Swift.max(trainingExamples, 1)),
            regularization: config.regularization,
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
        past = other.past  // time travel keeps its checkpoints across a point edit
    }
}
