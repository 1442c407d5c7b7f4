import Testing
@testable import NeuralEngine

@Suite("Evaluation of a whole example set")
struct EvaluatorTests {
    /// The reference the evaluator must equal to the bit: the same 256-row chunks, but copied into a
    /// workspace first and scored one row at a time by `loss` and `predictedClass`.
    static func gatheredRowByRow(_ network: Network, _ examples: Examples) -> (loss: Double, correct: Int) {
        let chunk = 256
        let workspace = Workspace(shape: network.shape, capacity: chunk)
        let head = network.shape.head, width = network.shape.outputCount
        var loss = 0.0, correct = 0
        for start in stride(from: 0, to: examples.count, by: chunk) {
            let rows = min(chunk, examples.count - start)
            examples.gather(start..<(start + rows), into: workspace)
            network.forward(workspace, rows: rows)
            var chunkLoss = 0.0  // summed per chunk and then added, as the evaluator always has
            defer { loss += chunkLoss }
            for r in 0..<rows {
                let a = workspace.outputs + r * width, t = workspace.targets + r * width
                chunkLoss += head.loss(z: workspace.outputPreActivations + r * width, a: a, t: t, count: width)
                if head.predictedClass(a, count: width) == head.predictedClass(t, count: width) { correct += 1 }
            }
        }
        return (loss, correct)
    }

    // 300 examples: one full 256-row chunk and a partial one, so a chunk's offset into the examples counts.
    @Test(arguments: OutputHead.allCases)
    func inPlaceChunksScoreLikeOneRowAtATime(head: OutputHead) {
        let classes = checkedClassCount(head)
        let shape = NetworkShape(
            inputCount: 2, hiddenWidths: [8, 8], activation: .tanh, head: head,
            outputCount: head.outputCount(classCount: classes))
        var rng = SplitMix64(seed: 21)
        let network = Network(shape: shape, initialization: .xavier, rng: &rng)
        let examples = randomExamples(count: 300, inputCount: 2, head: head, classCount: classes, seed: 22)
        let metrics = Evaluator(shape: shape).metrics(of: network, on: examples)
        let reference = Self.gatheredRowByRow(network, examples)
        #expect(metrics.loss == reference.loss / 300)
        if head == .linearSquared {
            #expect(metrics.accuracy == nil)
        } else {
            #expect(metrics.accuracy == Double(reference.correct) / 300)
            #expect(reference.correct > 0 && reference.correct < 300, "a random network gets some right, not all")
        }
    }

    /// 1 input → 2 ReLU → tanh output: unit 1 is dead (weight 0, bias −1), unit 0 is 0 only for x ≤ 0, and the
    /// output tanh(10·relu(x)) is at ±1 for x ≥ 0.5 (1 − tanh(5)² ≈ 0.0002) and 0 for x ≤ 0.
    @Test func pinnedUnitsAreThoseAtASlopeOfZeroOnMostPoints() {
        let shape = NetworkShape(
            inputCount: 1, hiddenWidths: [2], activation: .relu, head: .tanhSquared, outputCount: 1)
        let network = Network(shape: shape, parameters: [1, 0, 0, -1, 10, 0, 0])
        let inputs: [Float] = [-2, -1, 0.5, 1, 2, 3]
        let examples = Examples(inputs: inputs, targets: inputs.map { _ in 1 }, inputCount: 1, targetCount: 1)
        let evaluator = Evaluator(shape: shape)
        #expect(evaluator.pinnedShares(of: network, on: examples) == [0.5, 1], "4 of 6 points pin the output")
        #expect(evaluator.pinnedShares(of: network, on: examples, pointShare: 0.9) == [0.5, 0])
        let halfOff = Examples(
            inputs: [-2, -1, -0.5, 1, 2, 3], targets: Array(repeating: 1, count: 6), inputCount: 1,
            targetCount: 1)
        #expect(
            evaluator.pinnedShares(of: network, on: halfOff)[0] == 0.5,
            "unit 0 is 0 on half the points: a ReLU splitting the plane, not a dead one")
        let linear = NetworkShape(
            inputCount: 1, hiddenWidths: [2], activation: .step, head: .linearSquared, outputCount: 1)
        #expect(
            Evaluator(shape: linear).pinnedShares(
                of: Network(shape: linear, parameters: [1, 0, 0, -1, 10, 0, 0]),
                on: examples) == [0, 0], "step and linear units never count")
    }

    @Test func anEmptySetHasZeroLossAndNoAccuracy() {
        let shape = NetworkShape(inputCount: 2, hiddenWidths: [3], activation: .relu, head: .sigmoidLog, outputCount: 1)
        var rng = SplitMix64(seed: 1)
        let network = Network(shape: shape, initialization: .he, rng: &rng)
        let empty = Examples(inputs: [], targets: [], inputCount: 2, targetCount: 1)
        let metrics = Evaluator(shape: shape).metrics(of: network, on: empty)
        #expect(metrics.loss == 0 && metrics.accuracy == nil)
    }
}
