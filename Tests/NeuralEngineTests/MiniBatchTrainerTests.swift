import Testing
@testable import NeuralEngine

@Suite("Training loop")
struct MiniBatchTrainerTests {
    func trainer(seed: UInt64, batch: Int, initialization: Initialization = .xavier) -> MiniBatchTrainer {
        let shape = NetworkShape(inputCount: 2, hiddenWidths: [6, 4], activation: .tanh, head: .sigmoidLog)
        var rng = SplitMix64(seed: seed)
        let network = Network(shape: shape, initialization: initialization, rng: &rng)
        return MiniBatchTrainer(
            network: network,
            optimizer: Optimizer(kind: .adam, learningRate: 0.01, parameterCount: shape.parameterCount),
            settings: StepSettings(batchSize: batch, regularization: .l2, regularizationRate: 0.001, dropout: 0.1),
            rng: rng.split())
    }

    @Test func sameSeedSameRunBitForBit() {
        let examples = randomExamples(count: 37, inputCount: 2, head: .sigmoidLog, classCount: 2, seed: 4)
        let a = trainer(seed: 9, batch: 5), b = trainer(seed: 9, batch: 5)
        for _ in 0..<20 {
            a.trainEpoch(on: examples)
            b.trainEpoch(on: examples)
        }
        #expect(a.network.parameters == b.network.parameters)
        let other = trainer(seed: 10, batch: 5)
        for _ in 0..<20 { other.trainEpoch(on: examples) }
        #expect(other.network.parameters != a.network.parameters, "another seed, another run")
    }

    @Test func trainingLearnsXor() {
        var examples = randomExamples(count: 40, inputCount: 2, head: .sigmoidLog, classCount: 2, seed: 4)
        for r in 0..<examples.count {
            examples.targets[r] = examples.inputs[2 * r] * examples.inputs[2 * r + 1] > 0 ? 1 : 0
        }
        let t = trainer(seed: 2, batch: 8)
        let evaluator = Evaluator(shape: t.network.shape)
        let before = evaluator.metrics(of: t.network, on: examples).loss
        for _ in 0..<200 { t.trainEpoch(on: examples) }
        let after = evaluator.metrics(of: t.network, on: examples).loss
        #expect(after < before * 0.5, "loss \(before) → \(after)")
        #expect(evaluator.metrics(of: t.network, on: examples).accuracy! > 0.9)
    }

    @Test(arguments: [1, 7, 40, 100])
    func anyBatchSizeIncludingAPartialLastBatchTrains(batch: Int) {
        let examples = randomExamples(count: 40, inputCount: 2, head: .sigmoidLog, classCount: 2, seed: 4)
        let t = trainer(seed: 2, batch: batch)
        let start = t.network.parameters
        t.trainEpoch(on: examples)
        #expect(t.network.parameters != start)
        #expect(t.network.isFinite)
        // Steps per epoch are ⌈40 / batch⌉, so Adam's counter tells how many batches ran.
        #expect(t.optimizer.steps == (40 + batch - 1) / batch)
    }

    @Test func zeroInitialisationKeepsHiddenNeuronsIdentical() {
        let examples = randomExamples(count: 30, inputCount: 2, head: .sigmoidLog, classCount: 2, seed: 8)
        let t = trainer(seed: 3, batch: 10, initialization: .zero)
        t.settings.dropout = 0  // dropout would break the symmetry by chance
        for _ in 0..<50 { t.trainEpoch(on: examples) }
        let network = t.network
        for layer in 0..<2 {
            let width = network.layers[layer].outputCount
            for input in 0..<network.layers[layer].inputCount {
                let first = network.weight(layer: layer, from: input, to: 0)
                for neuron in 1..<width { #expect(network.weight(layer: layer, from: input, to: neuron) == first) }
            }
        }
        #expect(network.parameters.contains { $0 != 0 }, "the output layer still learns")
    }

    @Test func gradientNormsArePerLayer() {
        let examples = randomExamples(count: 20, inputCount: 2, head: .sigmoidLog, classCount: 2, seed: 8)
        let t = trainer(seed: 3, batch: 20)
        t.trainEpoch(on: examples)
        let norms = t.lastGradientNorms
        #expect(norms.count == 3)
        #expect(norms.allSatisfy { $0 > 0 && $0.isFinite })
    }

    @Test func twoThreadsTakeTheSameStepAsOne() {
        let examples = randomExamples(count: 150, inputCount: 2, head: .sigmoidLog, classCount: 2, seed: 4)
        let one = trainer(seed: 6, batch: 150), two = trainer(seed: 6, batch: 150)
        one.settings.dropout = 0
        two.settings.dropout = 0
        two.threads = 2
        two.minimumWorkPerThread = 0  // a small network, split all the same
        for _ in 0..<5 {
            one.trainEpoch(on: examples)
            two.trainEpoch(on: examples)
        }
        let largest = zip(one.network.parameters, two.network.parameters).map { abs($0 - $1) }.max()!
        #expect(largest < 1e-4, "the two-thread run drifted by \(largest)")
        #expect(one.network.parameters != trainer(seed: 6, batch: 150).network.parameters, "both trained")
        let again = trainer(seed: 6, batch: 150)
        again.settings.dropout = 0
        again.threads = 2
        again.minimumWorkPerThread = 0
        for _ in 0..<5 { again.trainEpoch(on: examples) }
        #expect(again.network.parameters == two.network.parameters, "two threads are reproducible too")
        #expect(largest > 0, "the halves were summed in another order: the split path ran")
        let small = trainer(seed: 6, batch: 150)
        (small.settings.dropout, small.threads) = (0, 2)
        for _ in 0..<5 { small.trainEpoch(on: examples) }
        #expect(small.network.parameters == one.network.parameters, "too little work to split: one thread's step")
    }
}
