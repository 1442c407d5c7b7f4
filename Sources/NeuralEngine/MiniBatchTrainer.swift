/// Everything one optimisation step needs besides the network and the optimizer.
public struct StepSettings: Sendable, Equatable {
    /// Examples per step, ≥ 1; the last batch of an epoch may be smaller (it is a batch of its own).
    public var batchSize: Int
    public var regularization: Regularization
    /// λ ≥ 0; see `Regularization` for how it scales.
    public var regularizationRate: Float
    /// Probability of dropping a hidden unit during training, in 0 ..< 1; 0 is off.
    public var dropout: Float

    public init(batchSize: Int, regularization: Regularization = .none, regularizationRate: Float = 0, dropout: Float = 0) {
        self.batchSize = batchSize
        self.regularization = regularization
        self.regularizationRate = regularizationRate
        self.dropout = dropout
    }
}

/// The training loop: mini-batch gradient descent over `Examples`, reshuffled every epoch.
///
/// This is the one training code path: the playground session, the UI's trainer, the headless commands and
/// the benchmark all train through it. It owns its network, optimizer, workspace and random stream; one
/// instance belongs to one thread at a time.
public final class MiniBatchTrainer {
    public var network: Network
    public var optimizer: Optimizer
    public var settings: StepSettings
    /// Draws the epoch shuffles and the dropout masks.
    public var rng: SplitMix64

    private let workspace: Workspace
    private let gradient: UnsafeMutablePointer<Float>
    private var order: [Int] = []

    public init(network: Network, optimizer: Optimizer, settings: StepSettings, rng: SplitMix64) {
        self.network = network
        self.optimizer = optimizer
        self.settings = settings
        self.rng = rng
        workspace = Workspace(shape: network.shape, capacity: settings.batchSize)
        gradient = .allocate(capacity: network.parameters.count)
        gradient.initialize(repeating: 0, count: network.parameters.count)
    }

    deinit { gradient.deallocate() }

    /// One pass over `examples` in a fresh random order, one step per batch.
    public func trainEpoch(on examples: Examples) {
        let count = examples.count
        if order.count != count { order = Array(0..<count) }
        rng.shuffle(&order)
        let batch = Swift.max(1, settings.batchSize)
        var start = 0
        while start < count {
            let end = Swift.min(start + batch, count)
            step(on: examples, rows: order[start..<end])
            start = end
        }
    }

    /// One optimisation step on the examples at `rows`.
    public func step<Rows: Collection<Int>>(on examples: Examples, rows: Rows) {
        let n = rows.count
        guard n > 0 else { return }
        examples.gather(rows, into: workspace)
        workspace.sampleDropout(rate: settings.dropout, rows: n, rng: &rng)
        network.forward(workspace, rows: n)
        network.backward(workspace, rows: n, into: gradient)
        settings.regularization.addGradient(of: network, rate: settings.regularizationRate, into: gradient)
        optimizer.update(&network.parameters, gradient: gradient)
    }

    /// The Euclidean norm of the last step's gradient over each layer's weights, first hidden layer first.
    /// Tiny norms in the early layers of a deep sigmoid network are vanishing gradients.
    public var lastGradientNorms: [Float] {
        network.layers.map { layer in
            var sum: Float = 0
            for i in layer.weightRange { sum += gradient[i] * gradient[i] }
            return sum.squareRoot()
        }
    }
}
