/// One example's forward and backward pass, layer by layer, as the engine's own passes compute them on a
/// batch of one: what the backprop inspector shows and `nnplay backprop` prints.
///
/// The forward values (z, a), the errors δ = ∂L/∂z and the gradients are read from the engine's workspace
/// after `forward` and `backward`; the factors δ is made of (the upstream sum Wᵀδ, or ∂L/∂a at the output,
/// and σ′(z)) are computed beside them so the chain rule can be shown term by term (the tests check that
/// their product is the engine's δ). Data loss only: no regularization, no dropout.
public struct BackpropTrace: Sendable, Equatable {
    public struct Layer: Sendable, Equatable {
        /// Pre-activations z = W·a⁽ˡ⁻¹⁾ + b, one per neuron.
        public var z: [Float]
        /// Activations a = σ(z); for the output layer the head's outputs (the prediction).
        public var a: [Float]
        /// The error δ = ∂L/∂z, one per neuron.
        public var delta: [Float]
        /// σ′(z) per neuron (for the output layer, ∂a/∂z of the head; empty for softmax, whose Jacobian is not
        /// diagonal).
        public var derivative: [Float]
        /// What δ is σ′ times: for a hidden layer the upstream sum (W⁽ˡ⁺¹⁾)ᵀ δ⁽ˡ⁺¹⁾, for the output layer ∂L/∂a
        /// (empty for softmax).
        public var upstream: [Float]
        /// ∂L/∂w = a⁽ˡ⁻¹⁾ δ, `inputCount × outputCount`, laid out like the layer's weights (input-major).
        public var weightGradient: [Float]
        /// ∂L/∂b = δ.
        public var biasGradient: [Float]
    }

    /// The example's input features and its target, encoded for the head.
    public var input: [Float], target: [Float]
    /// Hidden layers first, the output layer last.
    public var layers: [Layer]
    /// The example's loss.
    public var loss: Double
    /// Every gradient in one vector, laid out like `Network.parameters`.
    public var gradient: [Float]

    /// ∂L/∂w for the weight from input `input` of layer `layer` to its neuron `neuron`.
    public func weightGradient(layer: Int, from input: Int, to neuron: Int) -> Float {
        layers[layer].weightGradient[input * layers[layer].z.count + neuron]
    }
}

extension Network {
    /// The forward and backward pass of one example (`input`: `inputCount` features; `target`:
    /// `outputCount` values encoded for the head, see `OutputHead.targets(for:outputCount:)`).
    public func trace(input: [Float], target: [Float]) -> BackpropTrace {
        precondition(
            input.count == shape.inputCount && target.count == shape.outputCount, "example does not fit the shape")
        let workspace = Workspace(shape: shape, capacity: 1)
        Examples(inputs: input, targets: target, inputCount: input.count, targetCount: target.count).gather(
            0..<1, into: workspace)
        workspace.disableDropout()
        forward(workspace, rows: 1, keepingPreActivations: true)
        var gradient = [Float](repeating: 0, count: parameters.count)
        gradient.withUnsafeMutableBufferPointer { backward(workspace, rows: 1, into: $0.baseAddress!) }
        let loss = summedLoss(workspace, rows: 1)

        func read(_ pointer: UnsafeMutablePointer<Float>, _ count: Int) -> [Float] {
            Array(UnsafeBufferPointer(start: pointer, count: count))
        }
        var traced: [BackpropTrace.Layer] = layers.enumerated().map { index, layer in
            let width = layer.outputCount
            return BackpropTrace.Layer(
                z: read(workspace.preActivations[index], width), a: read(workspace.activations[index], width),
                delta: read(workspace.deltas[index], width), derivative: [], upstream: [],
                weightGradient: Array(gradient[layer.weightRange]), biasGradient: Array(gradient[layer.biasRange]))
        }
        for index in traced.indices {
            let layer = layers[index], width = layer.outputCount
            let (z, a) = (traced[index].z, traced[index].a)
            if let activation = layer.activation {
                traced[index].derivative = (0..<width).map { activation.derivative(input: z[$0], output: a[$0]) }
                let above = layers[index + 1], deltaAbove = traced[index + 1].delta
                traced[index].upstream = (0..<width).map { j in
                    (0..<above.outputCount).reduce(Float(0)) {
                        $0 + weight(layer: index + 1, from: j, to: $1) * deltaAbove[$1]
                    }
                }
            } else if let factors = shape.head.outputFactors(a: a, target: target) {
                (traced[index].upstream, traced[index].derivative) = factors
            }
        }
        return BackpropTrace(input: input, target: target, layers: traced, loss: loss, gradient: gradient)
    }

    /// This network after one plain gradient step `w − rate·∂L/∂w` on every parameter, along `trace`'s gradient.
    public func stepped(along trace: BackpropTrace, rate: Float) -> Network {
        var next = self
        for i in next.parameters.indices { next.parameters[i] -= rate * trace.gradient[i] }
        return next
    }
}

extension OutputHead {
    /// ∂L/∂a and ∂a/∂z per output, whose product is the head's δ; `nil` for softmax (not elementwise).
    func outputFactors(a: [Float], target t: [Float]) -> (lossByOutput: [Float], derivative: [Float])? {
        switch self {
        case .tanhSquared: return (zip(a, t).map { $0 - $1 }, a.map { 1 - $0 * $0 })
        case .linearSquared: return (zip(a, t).map { $0 - $1 }, a.map { _ in 1 })
        case .sigmoidLog:
            return (
                zip(a, t).map { a, t in (a - t) / Swift.max(a * (1 - a), .leastNormalMagnitude) },
                a.map { $0 * (1 - $0) }
            )
        case .linearHinge: return (zip(a, t).map { a, t in t * a < 1 ? -t : 0 }, a.map { _ in 1 })
        case .softmaxCrossEntropy: return nil
        }
    }
}

extension BackpropTrace {
    /// The trace of the objective training minimizes with `regularization` at `rate`: `rate ·` d(penalty)/dw
    /// added to every weight's gradient (biases untouched), `rate · penalty` to the loss, as a step of one
    /// example with that setting takes them.
    public func regularized(_ regularization: Regularization, rate: Float, network: Network) -> BackpropTrace {
        guard regularization != .none, rate != 0 else { return self }
        var copy = self
        copy.gradient.withUnsafeMutableBufferPointer {
            regularization.addGradient(of: network, rate: rate, into: $0.baseAddress!)
        }
        for (index, layout) in network.layers.enumerated() {
            copy.layers[index].weightGradient = Array(copy.gradient[layout.weightRange])
        }
        let penalty = network.layers.map { regularization.penalty(network.parameters[$0.weightRange]) }.reduce(0, +)
        copy.loss += Double(rate) * penalty
        return copy
    }
}
