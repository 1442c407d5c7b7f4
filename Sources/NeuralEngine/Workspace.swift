/// Preallocated buffers for forward and backward passes over batches of up to `capacity` examples.
///
/// The hot loop never allocates: a training step gathers its batch into `inputs` and `targets`, and every
/// intermediate lives here. Row-major, one row per example. One workspace belongs to one thread. The
/// engine's own business: other modules read results through `ForwardChunk` and the `Evaluator`.
final class Workspace {
    let shape: NetworkShape
    private(set) var capacity: Int
    /// Batch inputs, `capacity × inputCount`.
    private(set) var inputs: UnsafeMutablePointer<Float>
    /// Encoded batch targets, `capacity × outputCount`.
    private(set) var targets: UnsafeMutablePointer<Float>
    /// Pre-activations per layer, `capacity × width`. Not written for hidden layers of at most 8 tanh or
    /// sigmoid units (`NarrowDense`): their derivatives need only the activations.
    private(set) var preActivations: [UnsafeMutablePointer<Float>]
    /// Activations per layer (for the output layer: the head's outputs), `capacity × width`.
    private(set) var activations: [UnsafeMutablePointer<Float>]
    /// Per hidden layer: activations after dropout (what the next layer reads while dropout is on).
    private(set) var dropped: [UnsafeMutablePointer<Float>]
    /// Per hidden layer: the inverted-dropout factor of each unit, 0 or 1/(1 − rate).
    private(set) var dropoutMasks: [UnsafeMutablePointer<Float>]
    /// Gradient of the loss with respect to each layer's pre-activations, `capacity × width`.
    private(set) var deltas: [UnsafeMutablePointer<Float>]
    /// Room for a transposed matrix during backward: the largest of inputs × capacity and inputs × outputs
    /// over the layers.
    private(set) var scratch: UnsafeMutablePointer<Float>
    /// Room for `PackedGemm`'s panels, sized for the widest layer.
    private(set) var packing: UnsafeMutablePointer<Float>
    /// Floats in `packing`.
    private(set) var packingCapacity = 1
    /// For `NarrowStep`, when asked for (`laneRows`) and every hidden layer has at most 8 units: per hidden
    /// layer the activations, then per hidden layer the deltas, each `capacity` rows of 8 lanes; then the
    /// padded weights and output lanes (`NarrowStep.paddingFloats`). A placeholder otherwise.
    private(set) var lanes: UnsafeMutablePointer<Float>
    /// Whether the last `sampleDropout` call switched dropout on for the next passes.
    private(set) var dropoutActive = false

    /// Whether `lanes` is wanted (a trainer's workspace; evaluators and checks have no use for it).
    private let laneRows: Bool

    /// Buffers for batches of up to `capacity` rows; with `laneRows`, also those `NarrowStep` works in.
    init(shape: NetworkShape, capacity: Int, laneRows: Bool = false) {
        self.shape = shape
        self.laneRows = laneRows
        self.capacity = Swift.max(capacity, 1)
        (inputs, targets, scratch, packing, lanes) = (
            Self.placeholder, Self.placeholder, Self.placeholder, Self.placeholder, Self.placeholder
        )
        preActivations = []
        activations = []
        dropped = []
        dropoutMasks = []
        deltas = []
        allocate()
    }

    /// What the pointers hold before `allocate` gives them their buffers: one shared, never freed float, so
    /// the first `allocate` has nothing to leak.
    nonisolated(unsafe) private static let placeholder: UnsafeMutablePointer<Float> = {  // never written
        let pointer = UnsafeMutablePointer<Float>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return pointer
    }()

    deinit { release() }

    /// Makes room for batches of `rows` examples (keeps the current buffers when they are large enough).
    func reserve(rows: Int) {
        guard rows > capacity else { return }
        release()
        capacity = rows
        allocate()
    }

    /// Draws a fresh inverted-dropout mask for `rows` examples: each hidden unit is kept with probability
    /// 1 − `rate` and scaled by 1/(1 − rate), so the expected activation is unchanged. A rate of 0 turns
    /// dropout off. `rate` in 0 ..< 1.
    func sampleDropout(rate: Float, rows: Int, rng: inout SplitMix64) {
        dropoutActive = rate > 0 && !shape.hiddenWidths.isEmpty
        guard dropoutActive else { return }
        let keep = 1 / (1 - rate)
        for (layer, width) in shape.hiddenWidths.enumerated() {
            let mask = dropoutMasks[layer]
            for i in 0..<(rows * width) {
                mask[i] = rng.nextUnitFloat() < rate ? 0 : keep
            }
        }
    }

    /// Switches dropout off for the following passes (evaluation).
    func disableDropout() { dropoutActive = false }

    /// What layer `layer` (a hidden layer) hands to the next one: its activations, after dropout when on.
    func layerOutput(_ layer: Int) -> UnsafeMutablePointer<Float> {
        dropoutActive ? dropped[layer] : activations[layer]
    }

    /// The outputs of the network for the last forward pass, `rows × outputCount`.
    var outputs: UnsafeMutablePointer<Float> { activations[activations.count - 1] }

    /// The pre-activations of the output layer for the last forward pass.
    var outputPreActivations: UnsafeMutablePointer<Float> { preActivations[preActivations.count - 1] }

    // MARK: - Memory

    private func allocate() {
        inputs = buffer(shape.inputCount)
        targets = buffer(shape.outputCount)
        let widths = shape.hiddenWidths + [shape.outputCount]
        preActivations = widths.map(buffer)
        activations = widths.map(buffer)
        deltas = widths.map(buffer)
        dropped = shape.hiddenWidths.map(buffer)
        dropoutMasks = shape.hiddenWidths.map(buffer)
        let all = shape.widths
        let scratchSize = (0..<(all.count - 1)).map { all[$0] * Swift.max(capacity, all[$0 + 1]) }.max() ?? 1
        scratch = Self.aligned(count: scratchSize)
        let packingSize = PackedGemm.bufferSize(columns: all.max() ?? 1)
        packing = .allocate(capacity: packingSize)
        packingCapacity = packingSize
        packing.initialize(repeating: 0, count: packingSize)
        let hidden = shape.hiddenWidths
        lanes =
            laneRows && !hidden.isEmpty && hidden.allSatisfy({ $0 <= 8 })
            ? Self.aligned(
                count: 2 * hidden.count * capacity * 8 + NarrowStep.paddingFloats(hiddenLayers: hidden.count))
            : Self.placeholder
    }

    /// Whether the lane rows of `NarrowStep` are here.
    var hasLaneRows: Bool { lanes != Self.placeholder }

    /// Hidden layer `layer`'s activations in rows of 8 lanes (see `lanes`).
    func laneActivations(_ layer: Int) -> UnsafeMutablePointer<Float> { lanes + layer &* capacity &* 8 }

    /// Hidden layer `layer`'s deltas in rows of 8 lanes (see `lanes`).
    func laneDeltas(_ layer: Int) -> UnsafeMutablePointer<Float> {
        lanes + (shape.hiddenWidths.count &+ layer) &* capacity &* 8
    }

    /// The room for padded weights after the lane rows.
    var lanePadding: UnsafeMutablePointer<Float> { lanes + 2 &* shape.hiddenWidths.count &* capacity &* 8 }

    private func buffer(_ width: Int) -> UnsafeMutablePointer<Float> {
        Self.aligned(count: capacity * width)
    }

    /// `count` zeroed floats starting on a cache line, so a row of 8 or 16 floats is never split across two
    /// lines (measured 2–4% faster on the small networks' bench rows).
    static func aligned(count: Int) -> UnsafeMutablePointer<Float> {
        let count = Swift.max(count, 1)
        let raw = UnsafeMutableRawPointer.allocate(byteCount: count * MemoryLayout<Float>.stride, alignment: 64)
        let pointer = raw.bindMemory(to: Float.self, capacity: count)
        pointer.initialize(repeating: 0, count: count)
        return pointer
    }

    private func release() {
        if hasLaneRows { lanes.deallocate() }
        for pointer in [inputs, targets, scratch, packing] + preActivations + activations + deltas + dropped
            + dropoutMasks
        {
            pointer.deallocate()
        }
    }
}
