/// A deliberately plain, double-precision forward pass and loss: the oracle for gradient checks.
///
/// It shares no code with the fast Float path (its own activations, its own losses, libm everywhere), so
/// finite differences of it check backpropagation, the kernels and the fast math all at once, without
/// single-precision round-off (about 1e-5 on a difference of Float losses) hiding in the comparison.
struct ReferenceForward {
    let network: Network
    /// Inverted-dropout factors per hidden layer (row-major, `rows × width`), or `nil` for no dropout.
    let dropoutMasks: [[Double]]?

    /// The mean loss over `rows` examples plus `rate ·` the regularization penalty; also reports which side
    /// of every kink each unit sits on.
    func objective(
        inputs: UnsafePointer<Float>, targets: UnsafePointer<Float>, rows: Int,
        regularization: Regularization, rate: Float
    ) -> (value: Double, kinkSides: [Bool]) {
        let p = network.parameters.map(Double.init)
        let head = network.shape.head
        var total = 0.0, sides: [Bool] = []
        for r in 0..<rows {
            var x = (0..<network.shape.inputCount).map { Double(inputs[r * network.shape.inputCount + $0]) }
            for (index, layer) in network.layers.enumerated() {
                var z = (0..<layer.outputCount).map { p[layer.biasOffset + $0] }
                for i in 0..<layer.inputCount {
                    for j in 0..<layer.outputCount { z[j] += x[i] * p[layer.weightOffset + i * layer.outputCount + j] }
                }
                guard let activation = layer.activation else {
                    let t = (0..<layer.outputCount).map { Double(targets[r * layer.outputCount + $0]) }
                    let (loss, margin) = Self.loss(head, z: z, t: t)
                    total += loss
                    if head.hasKink { sides.append(margin) }
                    break
                }
                if activation.hasKink { sides += z.map { $0 > 0 } }
                x = z.map { Self.value(activation, $0) }
                if let masks = dropoutMasks {
                    for j in x.indices { x[j] *= masks[index][r * layer.outputCount + j] }
                }
            }
        }
        let penalty = network.layers.reduce(0.0) { sum, layer in
            layer.weightRange.reduce(sum) { s, i in
                switch regularization {
                case .none: return s
                case .l1: return s + Swift.abs(p[i])
                case .l2: return s + 0.5 * p[i] * p[i]
                }
            }
        }
        return (total / Double(rows) + Double(rate) * penalty, sides)
    }

    static func value(_ activation: Activation, _ x: Double) -> Double {
        switch activation {
        case .relu: return Swift.max(x, 0)
        case .leakyRelu: return x > 0 ? x : Double(Activation.leakySlope) * x
        case .tanh: return Libm.tanh(x)
        case .sigmoid: return 1 / (1 + Libm.exp(-x))
        case .linear: return x
        case .step: return x > 0 ? 1 : 0
        case .sine: return Libm.sin(x)
        }
    }

    /// The loss of one example and, for hinge, whether it is inside the margin.
    static func loss(_ head: OutputHead, z: [Double], t: [Double]) -> (Double, Bool) {
        switch head {
        case .tanhSquared:
            let d = Libm.tanh(z[0]) - t[0]
            return (0.5 * d * d, false)
        case .linearSquared:
            let d = z[0] - t[0]
            return (0.5 * d * d, false)
        case .sigmoidLog:
            let a = 1 / (1 + Libm.exp(-z[0]))
            return (-(t[0] * Libm.log(a) + (1 - t[0]) * Libm.log(1 - a)), false)
        case .linearHinge:
            return (Swift.max(0, 1 - t[0] * z[0]), t[0] * z[0] < 1)
        case .softmaxCrossEntropy:
            let largest = z.max()!
            let logSum = largest + Libm.log(z.reduce(0) { $0 + Libm.exp($1 - largest) })
            return (logSum - zip(z, t).reduce(0) { $0 + $1.0 * $1.1 }, false)
        }
    }
}
