/// A dense feed-forward network: its shape and every parameter in one flat vector.
///
/// One flat vector (layer by layer: weights, then biases) makes the optimizers, regularization and gradient
/// checks single loops over indices, and a snapshot one array copy. `Network` is a value: copying it to
/// publish a snapshot never shares state with the trainer.
public struct Network: Sendable, Equatable {
    public let shape: NetworkShape
    public let layers: [LayerLayout]
    /// All weights and biases; see `LayerLayout` for where each one lives.
    public var parameters: [Float]

    /// A network with parameters drawn by `initialization` from `rng`.
    public init(shape: NetworkShape, initialization: Initialization, rng: inout SplitMix64) {
        self.shape = shape
        layers = shape.layerLayouts
        parameters = Array(repeating: 0, count: shape.parameterCount)
        initialization.initialize(&parameters, layouts: layers, rng: &rng)
    }

    /// A network with the given parameters (count must match the shape).
    public init(shape: NetworkShape, parameters: [Float]) {
        precondition(parameters.count == shape.parameterCount, "parameter count does not match the shape")
        self.shape = shape
        layers = shape.layerLayouts
        self.parameters = parameters
    }

    /// The weight from input `input` of layer `layer` to its neuron `neuron`.
    public func weight(layer: Int, from input: Int, to neuron: Int) -> Float {
        let l = layers[layer]
        return parameters[l.weightOffset + input * l.outputCount + neuron]
    }

    /// The bias of neuron `neuron` of layer `layer`.
    public func bias(layer: Int, neuron: Int) -> Float {
        parameters[layers[layer].biasOffset + neuron]
    }

    /// Whether every parameter is a finite number (no NaN, no ±∞).
    public var isFinite: Bool {
        parameters.withUnsafeBufferPointer { p in
            var sum: Float = 0
            for v in p { sum += v * 0 }  // NaN·0 and ∞·0 are NaN; finite·0 is 0
            return !sum.isNaN
        }
    }
}
