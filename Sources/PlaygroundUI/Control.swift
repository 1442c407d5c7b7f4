import Playground

/// One adjustable setting in the controls panel.
public enum Control: Hashable, Sendable {
    case dataset, problem, features, noise, trainRatio, points, seed
    case layers, neurons(layer: Int), activation, loss, initialization
    case optimizer, learningRate, momentum, batchSize, regularization, regularizationRate, dropout
    case speed

    /// What changing a control means for the trainer.
    public enum Effect: Equatable, Sendable {
        /// Applies to the running session: nothing learned is lost.
        case live
        /// Needs a new session (new data or a new network).
        case rebuild
        /// Only the pace of training.
        case pace
        case none
    }

    /// Every control for `config`, in display order, grouped by heading.
    public static func list(for config: SessionConfig) -> [Control] {
        [.dataset, .problem, .features, .noise, .trainRatio, .points, .seed, .layers]
            + config.hidden.indices.map { Control.neurons(layer: $0) }
            + [.activation, .loss, .initialization, .optimizer, .learningRate, .momentum, .batchSize,
               .regularization, .regularizationRate, .dropout, .speed]
    }

    /// The heading a control is listed under.
    public var group: String {
        switch self {
        case .dataset, .problem, .features, .noise, .trainRatio, .points, .seed: return "DATA"
        case .layers, .neurons, .activation, .loss, .initialization: return "NETWORK"
        case .optimizer, .learningRate, .momentum, .batchSize, .regularization, .regularizationRate, .dropout, .speed:
            return "TRAINING"
        }
    }

    public var label: String {
        switch self {
        case .dataset: return "dataset"
        case .problem: return "problem"
        case .features: return "features"
        case .noise: return "noise"
        case .trainRatio: return "train ratio"
        case .points: return "points"
        case .seed: return "seed"
        case .layers: return "hidden layers"
        case .neurons(let layer): return "  layer \(layer + 1)"
        case .activation: return "activation"
        case .loss: return "output/loss"
        case .initialization: return "init"
        case .optimizer: return "optimizer"
        case .learningRate: return "learning rate"
        case .momentum: return "momentum"
        case .batchSize: return "batch size"
        case .regularization: return "regularization"
        case .regularizationRate: return "reg. rate"
        case .dropout: return "dropout"
        case .speed: return "speed"
        }
    }

    /// The current value as shown.
    public func value(in state: AppState) -> String {
        let c = state.config
        switch self {
        case .dataset: return c.dataset.rawValue
        case .problem: return c.dataset.isRegression ? "regression" : "classification"
        case .features: return c.features.map(\.rawValue).joined(separator: " ")
        case .noise: return "\(c.noise)%"
        case .trainRatio: return "\(Int((c.trainFraction * 100).rounded()))%"
        case .points: return "\(c.points)"
        case .seed: return "\(c.seed)"
        case .layers: return "\(c.hidden.count)"
        case .neurons(let layer): return layer < c.hidden.count ? "\(c.hidden[layer]) neurons" : "—"
        case .activation:
            let names = Set(c.hiddenActivations.map(\.rawValue))
            return names.count <= 1 ? (names.first ?? c.activations[0].rawValue) : "mixed"
        case .loss: return state.snapshot.head.rawValue
        case .initialization: return c.initialization.rawValue
        case .optimizer: return c.optimizer.rawValue
        case .learningRate: return Self.format(c.learningRate)
        case .momentum: return c.optimizer == .momentum ? Self.format(c.momentum) : "(\(Self.format(c.momentum)))"
        case .batchSize: return "\(c.batchSize)"
        case .regularization: return c.regularization.rawValue
        case .regularizationRate: return Self.format(c.regularizationRate)
        case .dropout: return Self.format(c.dropout)
        case .speed: return state.pace.label
        }
    }

    static func format(_ value: Double) -> String { NumberFormat.compact(value) }
}
