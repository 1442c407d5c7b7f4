import NeuralEngine

/// What a saved model needs beyond its weights to continue exactly as if never stopped (format version 3):
/// the optimizer's state, the random generator's state (shuffles and dropout), the training rows' order, the
/// history with its best test epoch and restores, and the smoothed gradient norms the diagnosis reads.
public struct TrainingCheckpoint: Codable, Equatable, Sendable {
    /// The optimizer's kind (`sgd`, `momentum`, `adam`) and its state: the velocity, or Adam's moments and t.
    public struct OptimizerState: Codable, Equatable, Sendable {
        public var kind: OptimizerKind
        public var steps: Int
        public var velocity: [Float]?
        public var m: [Float]?
        public var v: [Float]?
        public var t: Int?
    }

    public var optimizer: OptimizerState
    /// The generator's whole state, as decimal digits (a JSON number would lose bits above 2⁵³).
    public var randomState: String
    /// The training rows in the order of the last epoch (the next shuffles it further).
    public var rowOrder: [Int]
    /// The history (evenly thinned past `historyLimit`, its recent part whole), the best test epoch's record
    /// and weights, and the epochs that were restores.
    public var history: [EpochRecord]
    public var best: EpochRecord?
    public var bestParameters: [Float]?
    public var restores: [Int]
    public var gradientNorms: [Float]

    /// Records kept: the last quarter whole, enough for the diagnosis's window.
    public static let historyLimit = 4096

    enum CodingKeys: String, CodingKey {
        case optimizer, randomState = "random_state", rowOrder = "row_order", history, best
        case bestParameters = "best_parameters", restores, gradientNorms = "gradient_norms"
    }
}

extension TrainingCheckpoint.OptimizerState {
    init(_ optimizer: Optimizer) {
        (kind, steps) = (optimizer.kind, optimizer.steps)
        switch optimizer.state {
        case .plain: break
        case .momentum(let velocity): self.velocity = velocity
        case .adam(let m, let v, let t): (self.m, self.v, self.t) = (m, v, t)
        }
    }

    /// The engine's state, or what is missing or wrong for `count` parameters.
    func engineState(parameters count: Int) throws(ModelError) -> NeuralEngine.OptimizerState {
        func check(_ values: [Float]?, _ key: String) throws(ModelError) -> [Float] {
            guard let values, values.count == count, values.allSatisfy(\.isFinite) else {
                throw ModelError("training.optimizer.\(key): needs \(count) finite numbers for this network")
            }
            return values
        }
        switch kind {
        case .sgd: return .plain
        case .momentum: return .momentum(velocity: try check(velocity, "velocity"))
        case .adam:
            guard let t, t >= 0 else { throw ModelError("training.optimizer.t: Adam's step count, 0 or more") }
            return .adam(m: try check(m, "m"), v: try check(v, "v"), t: t)
        }
    }
}

extension TrainingSession {
    /// This session's checkpoint, for `SavedModel.training`.
    public var checkpoint: TrainingCheckpoint {
        TrainingCheckpoint(
            optimizer: .init(trainer.optimizer), randomState: String(trainer.rng.state),
            rowOrder: trainer.order, history: history.thinned(to: TrainingCheckpoint.historyLimit),
            best: bestRecord, bestParameters: bestRecord == nil ? nil : past.bestParameters, restores: restores,
            gradientNorms: smoothedGradientNorms)
    }

    /// Continues from `checkpoint` with the weights already in place: the optimizer's state (when its kind is
    /// this setup's; another kind starts fresh), the generator, the rows' order (when the training set has
    /// as many rows), the history and its bests. Returns notes on what could not be taken.
    func resume(from checkpoint: TrainingCheckpoint) throws(ModelError) -> [String] {
        var notes: [String] = []
        let count = network.parameters.count
        if checkpoint.optimizer.kind == config.optimizer {
            let state = try checkpoint.optimizer.engineState(parameters: count)
            trainer.optimizer.restore(state, steps: checkpoint.optimizer.steps)
        } else {
            notes.append(
                "the optimizer is now \(config.optimizer.rawValue) (was \(checkpoint.optimizer.kind.rawValue)): it starts fresh"
            )
        }
        guard let random = UInt64(checkpoint.randomState) else {
            throw ModelError("training.random_state: a whole number 0 … 2⁶⁴−1 in decimal digits")
        }
        trainer.rng = SplitMix64(seed: random)
        if checkpoint.rowOrder.count != data.trainExamples.count || !trainer.restore(order: checkpoint.rowOrder) {
            notes.append("the training set changed: its rows are shuffled afresh")
        }
        try past.resume(checkpoint, parameters: network.parameters, parameterCount: count)
        return notes
    }
}

extension RunPast {
    /// The past of a checkpoint: its history and bests, one time-travel checkpoint (the weights now).
    mutating func resume(_ checkpoint: TrainingCheckpoint, parameters: [Float], parameterCount: Int)
        throws(ModelError)
    {
        let records = checkpoint.history
        guard let last = records.last, zip(records, records.dropFirst()).allSatisfy({ $0.epoch < $1.epoch }),
            records.allSatisfy(\.isFinite), records[0].epoch >= 0
        else { throw ModelError("training.history: finite records in rising epoch order, at least one") }
        guard checkpoint.gradientNorms.count == smoothedGradientNorms.count,
            checkpoint.gradientNorms.allSatisfy(\.isFinite)
        else { throw ModelError("training.gradient_norms: one finite number per layer") }
        history = records
        restores = checkpoint.restores.filter { $0 <= last.epoch }
        let since = restores.last ?? 0
        bestTrainLoss = records.filter { $0.epoch >= since }.map(\.trainLoss).min() ?? last.trainLoss
        if let best = checkpoint.best, let weights = checkpoint.bestParameters, weights.count == parameterCount,
            best.isFinite, weights.allSatisfy(\.isFinite)
        {
            (bestTest, bestRecord, bestParameters) = ((best.epoch, best.testLoss), best, weights)
        }
        checkpoints = [(last.epoch, parameters)]
        smoothedGradientNorms = checkpoint.gradientNorms
        divergedAt = nil
    }
}
