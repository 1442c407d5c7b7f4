/// How a network's weights and biases start.
public enum Initialization: String, CaseIterable, Codable, Sendable {
    /// Playground's: weights uniform in −0.5 ... 0.5, biases 0.1.
    case playground
    /// Glorot/Xavier uniform: weights in ±√(6 / (fanIn + fanOut)), biases 0. Suits tanh and sigmoid.
    case xavier
    /// He normal: weights with standard deviation √(2 / fanIn), biases 0. Suits ReLU.
    case he
    /// Every weight and bias 0. Every neuron of a layer then computes the same thing and receives the same
    /// gradient, so they stay identical forever: the symmetry problem, shown.
    case zero

    /// Fills `parameters` for the layers in `layouts`, drawing from `rng`.
    public func initialize(_ parameters: inout [Float], layouts: [LayerLayout], rng: inout SplitMix64) {
        for layer in layouts {
            let fanIn = Double(layer.inputCount), fanOut = Double(layer.outputCount)
            for index in layer.weightRange {
                switch self {
                case .playground: parameters[index] = Float(rng.uniform(-0.5...0.5))
                case .xavier:
                    let limit = (6 / (fanIn + fanOut)).squareRoot()
                    parameters[index] = Float(rng.uniform(-limit...limit))
                case .he: parameters[index] = Float(rng.normal(variance: 2 / fanIn))
                case .zero: parameters[index] = 0
                }
            }
            for index in layer.biasRange {
                parameters[index] = self == .playground ? 0.1 : 0
            }
        }
    }
}
