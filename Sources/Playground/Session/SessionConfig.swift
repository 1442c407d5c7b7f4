import NeuralEngine

/// Every setting of a training session. Defaults are Playground's (circle, features x1 and x2, hidden [4, 2],
/// tanh, learning rate 0.03, batch 10, 50% training data).
///
/// Field names map to `nnplay train` options (`learningRate` ↔ `--learning-rate`) and to preset keys
/// (`learning_rate`); see `Setting`.
public struct SessionConfig: Sendable, Equatable, Codable {
    public var dataset: DatasetKind = .circle
    /// Noise in percent, 0 ... 50 (Playground's slider).
    public var noise: Int = 0
    /// Number of points, 10 ... 10,000.
    public var points: Int = 500
    /// Clusters for the blobs dataset, 2 ... 8.
    public var classes: Int = 3
    /// Fraction of the points used for training, 0.1 ... 0.9; the rest is the test set.
    public var trainFraction: Double = 0.5
    public var features: [Feature] = [.x1, .x2]
    /// Standardise each input to mean 0, variance 1 over the training set.
    public var standardize: Bool = false
    /// Neurons per hidden layer, each 1 ... 1024, at most 16 layers; empty for none.
    public var hidden: [Int] = [4, 2]
    /// One activation for all hidden layers, or one per hidden layer.
    public var activations: [Activation] = [.tanh]
    /// `nil` chooses `Loss.automatic` for the dataset.
    public var loss: Loss? = nil
    public var optimizer: OptimizerKind = .sgd
    /// Step size, > 0 and ≤ 100 (Playground's list: 0.00001 ... 10).
    public var learningRate: Double = 0.03
    /// Momentum for the momentum optimizer, 0 ..< 1.
    public var momentum: Double = 0.9
    /// Examples per step, ≥ 1; at least the training set size means full-batch gradient descent.
    public var batchSize: Int = 10
    public var regularization: Regularization = .none
    /// Regularization rate, 0 ... 10 (Playground's range).
    public var regularizationRate: Double = 0
    /// Dropout probability of hidden units during training, 0 ... 0.9.
    public var dropout: Double = 0
    public var initialization: Initialization = .playground
    /// Seeds the data and the initial weights; the same seed gives the same run bit for bit.
    public var seed: UInt64 = 1
    /// Epochs `nnplay train` runs, 1 ... 1,000,000.
    public var epochs: Int = 500
    /// A person's own points (`--data`, `data:`), used instead of `dataset` when set.
    public var customData: CustomData?
    /// Early stopping for `nnplay train`: stop after this many epochs (1 ... 1,000,000) without a new best
    /// test loss and restore the best weights; `nil` trains every epoch.
    public var earlyStopping: Int? = nil

    public init() {}

    /// The number of classes of the configured dataset (0 for regression).
    /// What the data is called: the generated dataset's name, or the file one's own points came from.
    public var dataName: String { customData?.source ?? dataset.rawValue }

    public var classCount: Int { customData?.classCount ?? dataset.classCount(blobClasses: classes) }

    /// The loss actually used.
    public var effectiveLoss: Loss { loss ?? Loss.automatic(classCount: classCount) }

    /// The activation of each hidden layer.
    public var hiddenActivations: [Activation] {
        activations.count == 1 ? Array(repeating: activations[0], count: hidden.count) : activations
    }
}
