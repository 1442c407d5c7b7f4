/// The architecture of a dense feed-forward network: inputs → hidden layers → output head.
public struct NetworkShape: Sendable, Equatable, Codable {
    /// Number of input features, ≥ 1.
    public var inputCount: Int
    /// Neurons per hidden layer, each ≥ 1; empty for a network with no hidden layer.
    public var hiddenWidths: [Int]
    /// One activation per hidden layer (same count as `hiddenWidths`).
    public var hiddenActivations: [Activation]
    /// The output activation and loss.
    public var head: OutputHead
    /// Number of outputs: 1, or K for softmax over K classes.
    public var outputCount: Int

    public init(
        inputCount: Int, hiddenWidths: [Int], hiddenActivations: [Activation], head: OutputHead, outputCount: Int
    ) {
        precondition(inputCount >= 1 && outputCount >= 1, "a network needs inputs and outputs")
        precondition(hiddenWidths.allSatisfy { $0 >= 1 }, "hidden layers need at least one neuron")
        precondition(hiddenWidths.count == hiddenActivations.count, "one activation per hidden layer")
        self.inputCount = inputCount
        self.hiddenWidths = hiddenWidths
        self.hiddenActivations = hiddenActivations
        self.head = head
        self.outputCount = outputCount
    }

    /// A shape with the same activation on every hidden layer.
    public init(inputCount: Int, hiddenWidths: [Int], activation: Activation, head: OutputHead, outputCount: Int = 1) {
        self.init(
            inputCount: inputCount, hiddenWidths: hiddenWidths,
            hiddenActivations: Array(repeating: activation, count: hiddenWidths.count),
            head: head, outputCount: outputCount)
    }

    /// Widths of every layer from the inputs to the outputs, e.g. `[2, 8, 8, 1]`.
    public var widths: [Int] { [inputCount] + hiddenWidths + [outputCount] }
}

/// Where one dense layer's parameters live in the network's flat parameter vector.
///
/// Weights are an `inputCount × outputCount` row-major block (row i holds the weights from input i to every
/// neuron), so the inner loops of forward and backward run over contiguous neurons; the biases follow.
public struct LayerLayout: Sendable, Equatable {
    public let inputCount: Int
    public let outputCount: Int
    /// Offset of weight (i, j), input i to neuron j, is `weightOffset + i * outputCount + j`.
    public let weightOffset: Int
    public let biasOffset: Int
    /// The elementwise activation of a hidden layer; `nil` for the output layer (the head applies it).
    public let activation: Activation?

    public var weightCount: Int { inputCount * outputCount }
    public var parameterCount: Int { weightCount + outputCount }
    public var weightRange: Range<Int> { weightOffset..<(weightOffset + weightCount) }
    public var biasRange: Range<Int> { biasOffset..<(biasOffset + outputCount) }
    public var isOutput: Bool { activation == nil }
}

extension NetworkShape {
    /// The layers in order from the first hidden layer to the output layer.
    public var layerLayouts: [LayerLayout] {
        var layouts: [LayerLayout] = []
        var offset = 0
        let widths = widths
        for index in 0..<(widths.count - 1) {
            let inputs = widths[index], outputs = widths[index + 1]
            let activation = index < hiddenActivations.count ? hiddenActivations[index] : nil
            layouts.append(
                LayerLayout(
                    inputCount: inputs, outputCount: outputs, weightOffset: offset,
                    biasOffset: offset + inputs * outputs, activation: activation))
            offset += inputs * outputs + outputs
        }
        return layouts
    }

    /// Total number of weights and biases.
    public var parameterCount: Int { layerLayouts.reduce(0) { $0 + $1.parameterCount } }
}
