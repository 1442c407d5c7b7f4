import Testing
@testable import NeuralEngine

@Suite("One example's backward pass, layer by layer")
struct BackpropTraceTests {
    static let cases: [(Activation, OutputHead)] = Activation.allCases.flatMap { a in
        OutputHead.allCases.map { (a, $0) }
    }

    func setUp(_ activation: Activation, _ head: OutputHead, widths: [Int] = [5, 3]) -> (Network, Examples) {
        let classes = checkedClassCount(head)
        let shape = NetworkShape(
            inputCount: 3, hiddenWidths: widths, activation: activation, head: head,
            outputCount: head.outputCount(classCount: classes))
        var rng = SplitMix64(seed: 21)
        return (
            Network(shape: shape, initialization: .xavier, rng: &rng),
            randomExamples(count: 4, inputCount: 3, head: head, classCount: classes, seed: 9)
        )
    }

    /// The trace's gradient is the engine's gradient for a batch of one; δ is the product of its factors;
    /// ∂L/∂w = a⁽ˡ⁻¹⁾ δ and ∂L/∂b = δ; the loss is the evaluator's.
    @Test(arguments: cases)
    func traceIsTheEnginesBackwardPassOnABatchOfOne(activation: Activation, head: OutputHead) {
        let (network, examples) = setUp(activation, head)
        let evaluator = Evaluator(shape: network.shape)
        for row in 0..<examples.count {
            let input = Array(examples.inputs[(row * 3)..<(row * 3 + 3)])
            let width = examples.targetCount
            let target = Array(examples.targets[(row * width)..<(row * width + width)])
            let one = Examples(inputs: input, targets: target, inputCount: 3, targetCount: width)
            let trace = network.trace(input: input, target: target)
            let engine = evaluator.gradient(of: network, on: one)
            let largest = engine.map { Swift.abs($0) }.max() ?? 1
            #expect(
                zip(trace.gradient, engine).allSatisfy { Swift.abs($0 - $1) <= 1e-6 * Swift.max(largest, 1) },
                "\(activation) \(head) row \(row)")
            #expect(Swift.abs(trace.loss - evaluator.metrics(of: network, on: one).loss) < 1e-5)
            for (index, layer) in trace.layers.enumerated() {
                let below = index == 0 ? input : trace.layers[index - 1].a
                #expect(layer.biasGradient == layer.delta)
                for i in below.indices {
                    for j in layer.delta.indices {
                        let expected = below[i] * layer.delta[j]
                        #expect(
                            Swift.abs(trace.weightGradient(layer: index, from: i, to: j) - expected) <= 1e-6
                                * Swift.max(1, Swift.abs(expected)))
                    }
                }
                guard !layer.derivative.isEmpty else {
                    #expect(
                        head == .softmaxCrossEntropy && index == trace.layers.count - 1, "only softmax has no factors")
                    continue
                }
                for j in layer.delta.indices {
                    let product = layer.upstream[j] * layer.derivative[j]
                    #expect(
                        Swift.abs(product - layer.delta[j]) <= 1e-5 * Swift.max(1, Swift.abs(layer.delta[j])),
                        "\(activation) \(head) layer \(index) neuron \(j): \(product) vs \(layer.delta[j])")
                }
            }
        }
    }

    /// Every weight and bias of the trace agrees with central differences of the double-precision oracle
    /// (relative error < 1e-3) wherever the function is smooth.
    @Test(arguments: cases)
    func traceAgreesWithFiniteDifferences(activation: Activation, head: OutputHead) {
        let (network, examples) = setUp(activation, head)
        let width = examples.targetCount
        let input = Array(examples.inputs[0..<3]), target = Array(examples.targets[0..<width])
        let trace = network.trace(input: input, target: target)
        var checked = 0
        for index in network.parameters.indices {
            let check = GradientCheck.single(
                network: network, input: input, target: target, parameter: index,
                analytic: trace.gradient[index])
            guard !check.crossesKink else { continue }
            checked += 1
            #expect(check.relativeError < 1e-3, "\(activation) \(head) parameter \(index): \(check)")
        }
        #expect(activation == .step || checked > network.parameters.count / 2)
    }

    /// A small enough plain step along one example's gradient lowers that example's loss.
    @Test(arguments: OutputHead.allCases)
    func aSmallStepLowersTheExamplesLoss(head: OutputHead) {
        let (network, examples) = setUp(.tanh, head)
        let width = examples.targetCount
        let input = Array(examples.inputs[0..<3]), target = Array(examples.targets[0..<width])
        let trace = network.trace(input: input, target: target)
        let after = network.stepped(along: trace, rate: 1e-3).trace(input: input, target: target)
        #expect(after.loss < trace.loss || trace.loss == 0)
    }
}
