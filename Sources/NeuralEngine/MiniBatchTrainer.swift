import Dispatch

/// Everything one optimisation step needs besides the network and the optimizer.
public struct StepSettings: Sendable, Equatable {
    /// Examples per step, ≥ 1; the last batch of an epoch may be smaller (it is a batch of its own).
    public var batchSize: Int
    public var regularization: Regularization
    /// λ ≥ 0; see `Regularization` for how it scales.
    public var regularizationRate: Float
    /// Probability of dropping a hidden unit during training, in 0 ..< 1; 0 is off.
    public var dropout: Float

    public init(
        batchSize: Int, regularization: Regularization = .none, regularizationRate: Float = 0, dropout: Float = 0
    ) {
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

    /// Threads per step: 1, or 2 to split batches in halves that run forward and backward at the same time
    /// (the gradients are then averaged by size), where each half has at least `minimumRowsPerThread` rows
    /// and `minimumWorkPerThread` of work. Same seed and same thread count give the same run; a split step
    /// differs from one thread's in the last bits (sum order).
    public var threads = 1
    /// Smaller halves are not worth a second thread.
    public static let minimumRowsPerThread = 32
    /// The least work (rows × parameters, about the multiply-adds of a forward pass) a half must have to be
    /// worth the second thread: below it, handing the half over costs more than it saves (measured: [2, 32,
    /// 32, 1] at batch 500, 0.3M a half, ran at 0.8× on two threads; [2, 64, 64, 1], 1.1M, at 1.05×).
    public var minimumWorkPerThread = 1_000_000

    private let workspace: Workspace
    /// Whether steps without dropout take `NarrowStep` (the shape never changes: the workspace is its own).
    private let narrow: Bool
    private let gradient: UnsafeMutablePointer<Float>
    /// The second thread's workspace and gradient, made on first use.
    private var helper: (workspace: Workspace, gradient: UnsafeMutablePointer<Float>)?
    /// The training rows' order of the last epoch: the next epoch shuffles it further, so a checkpoint saves
    /// it with `rng` (`restore(order:)`).
    public private(set) var order: [Int] = []
    /// For the shuffle of `order`, made when its length changes: the divisors' constants and room for the
    /// swaps' positions.
    private var remainders: Remainders?
    private var positions: [Int] = []

    public init(network: Network, optimizer: Optimizer, settings: StepSettings, rng: SplitMix64) {
        self.network = network
        self.optimizer = optimizer
        self.settings = settings
        self.rng = rng
        workspace = Workspace(shape: network.shape, capacity: settings.batchSize, laneRows: true)
        narrow =
            workspace.hasLaneRows && NarrowStep.applies(to: network.shape, packingCapacity: workspace.packingCapacity)
        gradient = .allocate(capacity: network.parameters.count)
        gradient.initialize(repeating: 0, count: network.parameters.count)
    }

    /// Takes a checkpoint's row order back; false (nothing changed) unless it is a permutation of 0..<count.
    @discardableResult
    public func restore(order saved: [Int]) -> Bool {
        guard Set(saved).count == saved.count, saved.allSatisfy({ (0..<saved.count).contains($0) }) else {
            return false
        }
        if saved.count != order.count { prepareShuffle(count: saved.count) }
        order = saved
        return true
    }

    /// The shuffle's constants and room for `count` rows.
    private func prepareShuffle(count: Int) {
        remainders = count >= 2 ? Remainders(upTo: count) : nil
        positions = Array(repeating: 0, count: count)
    }

    deinit {
        gradient.deallocate()
        helper?.gradient.deallocate()
    }

    /// One pass over `examples` in a fresh random order, one step per batch.
    public func trainEpoch(on examples: Examples) {
        let count = examples.count
        if order.count != count {
            order = Array(0..<count)
            prepareShuffle(count: count)
        }
        if let remainders {
            positions.withUnsafeMutableBufferPointer {
                rng.shuffle(&order, remainders: remainders, positions: $0.baseAddress!)
            }
        } else {
            rng.shuffle(&order)
        }
        let batch = Swift.max(1, settings.batchSize)
        // The order read through a buffer: an `ArraySlice` per step retained the array and checked every index.
        order.withUnsafeBufferPointer { order in
            var start = 0
            while start < count {
                let end = Swift.min(start + batch, count)
                step(on: examples, rows: order[start..<end])
                start = end
            }
        }
    }

    /// One optimisation step on the examples at `rows`.
    public func step<Rows: Collection<Int>>(on examples: Examples, rows: Rows) {
        let n = rows.count
        guard n > 0 else { return }
        if threads > 1 && n >= 2 * Self.minimumRowsPerThread
            && n / 2 * network.shape.parameterCount >= minimumWorkPerThread
        {
            stepOnTwoThreads(examples, Array(rows))
        } else {
            examples.gather(rows, into: workspace)
            workspace.sampleDropout(rate: settings.dropout, rows: n, rng: &rng)
            Self.forwardAndBackward(&network, workspace, rows: n, into: gradient, narrow: narrow)
        }
        Self.addPenalty(&network, settings, into: gradient)
        optimizer.update(&network.parameters, gradient: gradient)
    }

    /// The weight penalty's gradient. Through `inout` for the reason `forwardAndBackward` gives: passing
    /// `self.network` by value copied it (retaining its arrays) at every step, 8% of a [2, 8, 8, 1] step at
    /// batch 10, with or without a penalty.
    private static func addPenalty(
        _ network: inout Network, _ settings: StepSettings, into gradient: UnsafeMutablePointer<Float>
    ) {
        settings.regularization.addGradient(of: network, rate: settings.regularizationRate, into: gradient)
    }

    /// Calling the passes on `self.network` directly would copy the network (retaining its arrays) at every
    /// step, because a class's stored property may change during the call; an exclusive access does not.
    /// That copy cost 7% of a [2, 8, 8, 1] step. `narrow`: the network can take `NarrowStep`, which it
    /// does whenever dropout is off.
    private static func forwardAndBackward(
        _ network: inout Network, _ workspace: Workspace, rows: Int, into gradient: UnsafeMutablePointer<Float>,
        narrow: Bool
    ) {
        if narrow && !workspace.dropoutActive {
            NarrowStep.forwardAndBackward(&network, workspace, rows: rows, into: gradient)
        } else {
            network.forward(workspace, rows: rows)
            network.backward(workspace, rows: rows, into: gradient)
        }
    }

    /// Forward and backward for each half of the batch at once; then gradient = (n₁·g₁ + n₂·g₂) / n.
    private func stepOnTwoThreads(_ examples: Examples, _ rows: [Int]) {
        let n = rows.count, half = n / 2
        let count = network.parameters.count
        if helper == nil {
            let extra = UnsafeMutablePointer<Float>.allocate(capacity: count)
            extra.initialize(repeating: 0, count: count)
            helper = (Workspace(shape: network.shape, capacity: settings.batchSize, laneRows: true), extra)
        }
        let (second, secondGradient) = helper!
        examples.gather(rows[..<half], into: workspace)
        examples.gather(rows[half...], into: second)
        workspace.sampleDropout(rate: settings.dropout, rows: half, rng: &rng)  // in order: reproducible
        second.sampleDropout(rate: settings.dropout, rows: n - half, rng: &rng)
        let network = self.network, narrow = self.narrow
        let jobs = [(workspace, gradient, half), (second, secondGradient, n - half)]
        nonisolated(unsafe) let shared = jobs  // each job touches only its own workspace and gradient
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let (space, target, count) = shared[index]
            var copy = network  // shares the parameters' storage: only read
            Self.forwardAndBackward(&copy, space, rows: count, into: target, narrow: narrow)
        }
        let w1 = Float(half) / Float(n), w2 = Float(n - half) / Float(n)
        for i in 0..<count { gradient[i] = w1 * gradient[i] + w2 * secondGradient[i] }
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
