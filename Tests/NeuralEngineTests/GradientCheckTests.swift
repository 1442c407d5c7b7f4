import Testing
@testable import NeuralEngine

@Suite("Backpropagation against finite differences")
struct GradientCheckTests {
    static let tolerance = 1e-3

    static let cases: [(Activation, OutputHead, Regularization)] = Activation.allCases.flatMap { activation in
        OutputHead.allCases.flatMap { head in Regularization.allCases.map { (activation, head, $0) } }
    }

    @Test(arguments: cases)
    func backpropAgreesWithFiniteDifferences(activation: Activation, head: OutputHead, regularization: Regularization) {
        let classes = checkedClassCount(head)
        let shape = NetworkShape(
            inputCount: 3, hiddenWidths: [5, 4], activation: activation, head: head,
            outputCount: head.outputCount(classCount: classes))
        var rng = SplitMix64(seed: 7)
        let network = Network(shape: shape, initialization: .xavier, rng: &rng)
        let examples = randomExamples(count: 12, inputCount: 3, head: head, classCount: classes, seed: 11)
        let report = GradientCheck.run(
            network: network, examples: examples, regularization: regularization,
            regularizationRate: regularization == .none ? 0 : 0.03, rng: &rng)
        #expect(report.count == 3)
        for layer in report {
            #expect(layer.maxRelativeError < Self.tolerance, "layer \(layer.layer): \(layer.maxRelativeError)")
        }
        let checked = report.reduce(0) { $0 + $1.checked }
        #expect(checked > shape.parameterCount / 2, "most parameters must be compared, not skipped")
    }

    @Test(arguments: [Activation.tanh, .relu, .sigmoid])
    func perLayerActivationsAndDropoutAgree(first: Activation) {
        let shape = NetworkShape(
            inputCount: 2, hiddenWidths: [6, 5, 3], hiddenActivations: [first, .sine, .leakyRelu],
            head: .sigmoidLog, outputCount: 1)
        var rng = SplitMix64(seed: 3)
        let network = Network(shape: shape, initialization: .he, rng: &rng)
        let examples = randomExamples(count: 16, inputCount: 2, head: .sigmoidLog, classCount: 2, seed: 5)
        let report = GradientCheck.run(network: network, examples: examples, dropout: 0.3, rng: &rng)
        for layer in report { #expect(layer.maxRelativeError < Self.tolerance) }
    }

    /// Wide layers take the engine's fast paths: 6×16 register tiles, dot products along W's rows for small
    /// batches (12), transposed copies for larger ones (40), and packed strips of B for products over 128 or
    /// more terms (150 rows into layers of 40, 130 and 36 units). Every path must give the double-precision
    /// oracle's gradient; 40 parameters per layer, spread over each layer, are compared.
    @Test(arguments: [12, 40, 150])
    func wideLayersAgree(batch: Int) {
        let shape = NetworkShape(
            inputCount: 2, hiddenWidths: [40, 130, 36], activation: .tanh, head: .softmaxCrossEntropy, outputCount: 3)
        var rng = SplitMix64(seed: UInt64(batch))
        let network = Network(shape: shape, initialization: .xavier, rng: &rng)
        let examples = randomExamples(count: batch, inputCount: 2, head: .softmaxCrossEntropy, classCount: 3, seed: 9)
        let report = GradientCheck.run(network: network, examples: examples, rng: &rng, parametersPerLayer: 40)
        #expect(report.count == 4)
        for layer in report {
            #expect(layer.checked >= 40, "layer \(layer.layer) compared only \(layer.checked)")
            #expect(layer.maxRelativeError < Self.tolerance, "layer \(layer.layer): \(layer.maxRelativeError)")
        }
    }

    @Test func aWrongGradientIsCaught() {
        // The oracle must be able to fail: hand it backprop's gradient with one entry off by 10%.
        let shape = NetworkShape(inputCount: 2, hiddenWidths: [4], activation: .tanh, head: .tanhSquared)
        var rng = SplitMix64(seed: 1)
        let network = Network(shape: shape, initialization: .playground, rng: &rng)
        let examples = randomExamples(count: 8, inputCount: 2, head: .tanhSquared, classCount: 2, seed: 2)
        let workspace = Workspace(shape: shape, capacity: 8)
        examples.gather(0..<8, into: workspace)
        var gradient = [Float](repeating: 0, count: shape.parameterCount)
        gradient.withUnsafeMutableBufferPointer { g in
            network.forward(workspace, rows: 8)
            network.backward(workspace, rows: 8, into: g.baseAddress!)
        }
        let index = gradient.indices.max { abs(gradient[$0]) < abs(gradient[$1]) }!
        gradient[index] *= 1.1
        let report = GradientCheck.compare(
            analytic: gradient, network: network, workspace: workspace, rows: 8,
            regularization: .none, regularizationRate: 0, step: 1e-2)
        let layer = network.layers.firstIndex { $0.weightOffset <= index && index < $0.biasRange.upperBound }!
        #expect(report[layer].maxRelativeError > 0.05)
    }
}
