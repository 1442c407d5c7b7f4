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

    @Test func anEmptySetHasZeroLossAndNoAccuracy() {
        let shape = NetworkShape(inputCount: 2, hiddenWidths: [3], activation: .relu, head: .sigmoidLog, outputCount: 1)
        var rng = SplitMix64(seed: 1)
        let network = Network(shape: shape, initialization: .he, rng: &rng)
        let empty = Examples(inputs: [], targets: [], inputCount: 2, targetCount: 1)
        let metrics = Evaluator(shape: shape).metrics(of: network, on: empty)
        #expect(metrics.loss == 0 && metrics.accuracy == nil)
    }
}
