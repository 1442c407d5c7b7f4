import Testing
@testable import NeuralEngine

@Suite("Narrow networks' fused training step")
struct NarrowStepTests {
    /// (inputs, hidden widths, activations): every width 2 … 8 and every input count 1 … 8, one to three
    /// hidden layers, tanh and sigmoid mixed.
    static let networks: [(inputs: Int, hidden: [Int], activations: [Activation])] = [
        (2, [8, 8], [.tanh, .tanh]), (2, [4, 2], [.tanh, .tanh]), (1, [6], [.sigmoid]), (3, [3], [.tanh]),
        (7, [8, 5], [.sigmoid, .tanh]), (4, [7, 8, 2], [.tanh, .sigmoid, .tanh]), (8, [2, 8], [.tanh, .tanh]),
        (5, [5, 5], [.sigmoid, .sigmoid]), (6, [8, 6, 4], [.tanh, .tanh, .sigmoid]),
    ]

    /// One row; below and above 8 and 16 rows (where the general passes change kernels for the output);
    /// from 32 rows up (where they transpose X first).
    static let batches = [1, 7, 10, 15, 16, 17, 40]

    static let heads: [OutputHead] = [.sigmoidLog, .tanhSquared, .linearSquared, .linearHinge]

    /// Zero weights too (the zero-init lesson): every hidden delta is then 0, and only the output's bias
    /// learns.
    @Test(arguments: networks.indices, heads)
    func gradientIsBitForBitTheGeneralPasses(network index: Int, head: OutputHead) {
        for initialization in [Initialization.xavier, .zero] {
            compare(network: index, head: head, initialization: initialization)
        }
    }

    func compare(network index: Int, head: OutputHead, initialization: Initialization) {
        let (inputs, hidden, activations) = Self.networks[index]
        let shape = NetworkShape(
            inputCount: inputs, hiddenWidths: hidden, hiddenActivations: activations, head: head, outputCount: 1)
        var rng = SplitMix64(seed: UInt64(index * 10 + 1))
        var network = Network(shape: shape, initialization: initialization, rng: &rng)
        let examples = randomExamples(
            count: 40, inputCount: inputs, head: head, classCount: checkedClassCount(head), seed: UInt64(index))
        for rows in Self.batches {
            let workspace = Workspace(shape: shape, capacity: rows, laneRows: true)
            #expect(NarrowStep.applies(to: shape, packingCapacity: workspace.packingCapacity))
            examples.gather((0..<rows).map { ($0 * 7) % 40 }, into: workspace)
            let count = shape.parameterCount
            var general = [Float](repeating: .nan, count: count), fused = general
            general.withUnsafeMutableBufferPointer { g in
                network.forward(workspace, rows: rows)
                network.backward(workspace, rows: rows, into: g.baseAddress!)
            }
            fused.withUnsafeMutableBufferPointer { g in
                NarrowStep.forwardAndBackward(&network, workspace, rows: rows, into: g.baseAddress!)
            }
            #expect(
                fused.map(\.bitPattern) == general.map(\.bitPattern),
                "\(hidden) \(head) \(initialization) at \(rows) rows")
            #expect(fused.contains { $0 != 0 }, "a gradient to compare")
        }
    }

    @Test func layersOfOneUnitOtherActivationsAndSoftmaxTakeTheGeneralPasses() {
        func applies(
            _ inputs: Int, _ hidden: [Int], _ activation: Activation, _ head: OutputHead = .sigmoidLog,
            outputs: Int = 1
        ) -> Bool {
            let shape = NetworkShape(
                inputCount: inputs, hiddenWidths: hidden, activation: activation, head: head,
                outputCount: outputs)
            return NarrowStep.applies(to: shape, packingCapacity: Workspace(shape: shape, capacity: 10).packingCapacity)
        }
        #expect(applies(2, [8, 8], .tanh))
        #expect(!applies(2, [8, 1], .tanh), "a single unit: Gemm sums its products in lanes")
        #expect(!applies(2, [1, 8], .tanh))
        #expect(!applies(2, [16, 8], .tanh), "wider than 8")
        #expect(!applies(9, [8], .tanh), "more than 8 inputs")
        #expect(!applies(2, [], .tanh), "no hidden layer")
        #expect(!applies(2, [8, 8], .relu), "the derivative needs z")
        #expect(!applies(2, [8, 8], .tanh, .softmaxCrossEntropy, outputs: 3))
    }

    /// The same run as the general passes, step after step (dropout off); with dropout the trainer takes
    /// the general passes.
    @Test func trainerRunsMatchTheGeneralPassesWithOrWithoutDropout() {
        let shape = NetworkShape(inputCount: 2, hiddenWidths: [8, 4], activation: .tanh, head: .sigmoidLog)
        let examples = randomExamples(count: 60, inputCount: 2, head: .sigmoidLog, classCount: 2, seed: 5)
        for dropout: Float in [0, 0.3] {
            var rng = SplitMix64(seed: 9)
            let start = Network(shape: shape, initialization: .xavier, rng: &rng)
            let trainer = MiniBatchTrainer(
                network: start,
                optimizer: Optimizer(kind: .adam, learningRate: 0.01, parameterCount: shape.parameterCount),
                settings: StepSettings(batchSize: 10, dropout: dropout), rng: rng)
            for _ in 0..<5 { trainer.trainEpoch(on: examples) }
            // By hand: the general passes, the same shuffles, masks and updates.
            var network = start,
                optimizer = Optimizer(kind: .adam, learningRate: 0.01, parameterCount: shape.parameterCount)
            var stream = rng, order = Array(0..<60)
            let workspace = Workspace(shape: shape, capacity: 10)
            var gradient = [Float](repeating: 0, count: shape.parameterCount)
            for _ in 0..<5 {
                stream.shuffle(&order)
                for start in stride(from: 0, to: 60, by: 10) {
                    examples.gather(order[start..<(start + 10)], into: workspace)
                    workspace.sampleDropout(rate: dropout, rows: 10, rng: &stream)
                    gradient.withUnsafeMutableBufferPointer { g in
                        network.forward(workspace, rows: 10)
                        network.backward(workspace, rows: 10, into: g.baseAddress!)
                        optimizer.update(&network.parameters, gradient: g.baseAddress!)
                    }
                }
            }
            #expect(
                trainer.network.parameters.map(\.bitPattern) == network.parameters.map(\.bitPattern),
                "dropout \(dropout)")
        }
    }
}
