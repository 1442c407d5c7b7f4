import Playground

/// The backprop inspector (`x`): first a cursor over the heatmap picks a training point, then the steps
/// walk its pass through the network — 0 the forward pass, 1 … L the errors δ from the output layer down
/// to the first hidden layer, L + 1 the update. One neuron of the step's layer is focused, and one of its
/// incoming links (whose numbers, finite-difference check and update are shown).
public struct InspectorState: Equatable, Sendable {
    /// Choosing the point: the cursor moves over the heatmap.
    public var picking = true
    /// The cursor, in −6 … 6 on both axes.
    public var x1: Float = 0, x2: Float = 0
    /// The training point followed, once picked.
    public var point: Int?
    public var step = 0
    /// The focused neuron's layer (0 is the first hidden layer; the last is the output layer), the neuron,
    /// and the input of its incoming link.
    public var layer: Int, neuron = 0, from = 0
    /// Whether the finite-difference check of the focused link is shown.
    public var showCheck = false

    /// A fresh inspector for a network of `layerCount` layers (hidden and output), focused on the output.
    public init(layerCount: Int) { layer = Swift.max(layerCount - 1, 0) }

    /// Steps: forward, one per layer, the update.
    public static func stepCount(layerCount: Int) -> Int { layerCount + 2 }

    /// The layer whose δ the step computes (nil for the forward pass and the update).
    public static func deltaLayer(step: Int, layerCount: Int) -> Int? {
        step >= 1 && step <= layerCount ? layerCount - step : nil
    }

    /// Whether layer `layer`'s δ is known at `step` (computed at this step or before it).
    public static func deltaKnown(layer: Int, step: Int, layerCount: Int) -> Bool {
        step > layerCount || (step >= 1 && layer >= layerCount - step)
    }

    /// What the trainer should compute for this state, once a point is picked.
    public var request: InspectionRequest? {
        point.map { InspectionRequest(point: $0, link: LinkID(layer: layer, from: from, to: neuron)) }
    }
}
