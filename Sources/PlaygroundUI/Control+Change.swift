import Playground

extension Control {
    /// Steps the control by `delta` (+1 or −1) in `state`, and says what the trainer must do about it.
    func change(by delta: Int, in state: inout AppState) -> Effect {
        var c = state.config
        switch self {
        case .dataset:
            c.dataset = ValueSteps.cycle(c.dataset, by: delta, in: DatasetKind.allCases)
            c = Self.fittingLoss(c)
        case .problem:
            c.dataset = c.dataset.isRegression ? .circle : .regressionPlane
            c = Self.fittingLoss(c)
        case .features:
            c.features = ValueSteps.cycle(c.features, by: delta, in: Self.featureSets(including: c.features))
        case .noise: c.noise = ValueSteps.step(c.noise, by: delta, in: ValueSteps.noises)
        case .trainRatio: c.trainFraction = ValueSteps.step(c.trainFraction, by: delta, in: ValueSteps.trainFractions)
        case .points: c.points = ValueSteps.step(c.points, by: delta, in: ValueSteps.pointCounts)
        case .seed: c.seed = delta > 0 ? c.seed &+ 1 : (c.seed > 0 ? c.seed - 1 : 0)
        case .layers:
            let count = Swift.min(Swift.max(c.hidden.count + delta, 0), ValueSteps.maxLayers)
            let activations = c.hiddenActivations
            while c.hidden.count < count { c.hidden.append(c.hidden.last ?? 4) }
            c.hidden = Array(c.hidden.prefix(count))
            c.activations = activations.count == 1 || Set(activations).count <= 1
                ? [activations.first ?? c.activations[0]]
                : (0..<count).map { $0 < activations.count ? activations[$0] : activations.last! }
        case .neurons(let layer):
            guard layer < c.hidden.count else { return .none }
            c.hidden[layer] = ValueSteps.step(c.hidden[layer], by: delta, in: ValueSteps.neurons)
        case .activation:
            let current = c.hiddenActivations.first ?? c.activations[0]
            c.activations = [ValueSteps.cycle(current, by: delta, in: Activation.allCases)]
        case .loss:
            let fitting = Loss.allCases.filter { $0.head(classCount: c.classCount) != nil }
            c.loss = ValueSteps.cycle(c.effectiveLoss, by: delta, in: fitting)
        case .initialization: c.initialization = ValueSteps.cycle(c.initialization, by: delta, in: Initialization.allCases)
        case .optimizer: c.optimizer = ValueSteps.cycle(c.optimizer, by: delta, in: OptimizerKind.allCases)
        case .learningRate: c.learningRate = ValueSteps.step(c.learningRate, by: delta, in: ValueSteps.learningRates)
        case .momentum: c.momentum = ValueSteps.step(c.momentum, by: delta, in: ValueSteps.momentums)
        case .batchSize: c.batchSize = ValueSteps.step(c.batchSize, by: delta, in: ValueSteps.batchSizes)
        case .regularization: c.regularization = ValueSteps.cycle(c.regularization, by: delta, in: Regularization.allCases)
        case .regularizationRate:
            c.regularizationRate = ValueSteps.step(c.regularizationRate, by: delta, in: ValueSteps.regularizationRates)
        case .dropout: c.dropout = ValueSteps.step(c.dropout, by: delta, in: ValueSteps.dropouts)
        case .speed:
            state.pace = ValueSteps.step(state.pace.order, by: delta, in: Array(Pace.ordered.indices)).pace
            return .pace
        }
        guard c != state.config else { return .none }
        do {
            try c.validate()
        } catch {
            state.message = error.commandLineDescription
            return .none
        }
        state.config = c
        return isLive ? .live : .rebuild
    }

    /// Whether a change applies to the running session without a reset.
    var isLive: Bool {
        switch self {
        case .optimizer, .learningRate, .momentum, .batchSize, .regularization, .regularizationRate, .dropout, .speed:
            return true
        default: return false
        }
    }

    /// Keeps the chosen loss if it fits the dataset, else goes back to the automatic one.
    static func fittingLoss(_ config: SessionConfig) -> SessionConfig {
        var c = config
        if let loss = c.loss, loss.head(classCount: c.classCount) == nil { c.loss = nil }
        return c
    }

    /// Feature sets the features control steps through (Playground toggles them one by one; here a click on
    /// an input in the network panel does that).
    static func featureSets(including current: [Feature]) -> [[Feature]] {
        var sets: [[Feature]] = [
            [.x1, .x2], [.x1, .x2, .x1sq, .x2sq], [.x1sq, .x2sq], [.x1, .x2, .x1x2], [.x1x2],
            [.x1, .x2, .sinx1, .sinx2], [.x1, .x2, .x1sq, .x2sq, .x1x2, .sinx1, .sinx2], Feature.allCases,
        ]
        if !sets.contains(current) { sets.insert(current, at: 0) }
        return sets
    }
}

extension Pace {
    /// Slowest to fastest.
    static let ordered: [Pace] = [.one, .five, .twenty, .hundred, .thousand, .max]
    var order: Int { Pace.ordered.firstIndex(of: self) ?? Pace.ordered.count - 1 }
}

extension Int {
    var pace: Pace { Pace.ordered[Swift.min(Swift.max(self, 0), Pace.ordered.count - 1)] }
}
