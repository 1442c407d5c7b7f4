import Testing
import NeuralEngine
@testable import Playground

@Suite("The backprop inspector's example")
struct InspectionTests {
    /// On every shipped preset, at its initial weights, one plain step with η = 1e-3 on a single example
    /// lowers that example's loss (for a few points spread over the training set).
    @Test(arguments: ClassroomPresetTests.names)
    func aSmallStepLowersTheExamplesLossOnEveryPreset(name: String) throws {
        let preset = try PresetLibrary(directory: presetsFolder).load(name)
        let session = try TrainingSession(config: preset.config)
        let count = session.data.train.count
        for point in stride(from: 0, to: count, by: Swift.max(1, count / 5)) {
            let inspection = try #require(
                Inspection(
                    InspectionRequest(point: point, link: LinkID(layer: 0, from: 0, to: 0)),
                    network: session.network, data: session.data, learningRate: 1e-3))
            let before = inspection.trace.loss, after = inspection.lossAfterStep
            #expect(
                after < before || before == 0 || inspection.trace.gradient.allSatisfy { $0 == 0 },
                "\(name) point \(point): \(before) → \(after)")
        }
    }

    /// The inspection follows the session's own training example and names a weight that exists; a link or
    /// a point that does not exist gives nothing.
    @Test func inspectionFollowsTheSessionsExample() throws {
        var config = SessionConfig()
        config.hidden = [3]
        let session = try TrainingSession(config: config)
        let inspection = try #require(
            session.inspection(InspectionRequest(point: 4, link: LinkID(layer: 1, from: 2, to: 0))))
        #expect(inspection.point == session.data.train[4])
        #expect(inspection.weight == session.network.weight(layer: 1, from: 2, to: 0))
        #expect(inspection.gradient == inspection.trace.weightGradient(layer: 1, from: 2, to: 0))
        #expect(inspection.check.relativeError < 1e-3)
        #expect(session.inspection(InspectionRequest(point: 4, link: LinkID(layer: 1, from: 3, to: 0))) == nil)
        #expect(
            session.inspection(
                InspectionRequest(point: session.data.train.count, link: LinkID(layer: 0, from: 0, to: 0))) == nil)
        #expect(session.data.train.nearest(x1: session.data.train[7].x, x2: session.data.train[7].y) == 7)
        let lines = BackpropStory.lines(
            inspection, config: config, trainCount: session.data.train.count, epoch: 0,
            shape: session.network.shape)
        #expect(lines.contains { $0.hasPrefix("backprop: 2 → 3 → 1, tanh+squared, point 5 of") })
        #expect(lines.contains { $0.contains("layer 1: δ = (Wᵀ δ from the output) × σ′(z) — tanh′ = 1 − a²") })
        #expect(lines.last?.hasPrefix("update with η = 0.03: w ") == true)
    }

    /// A step too large for the example (a linear output overshoots) is called so, with a rate that lowers it.
    @Test func aStepTooLargeIsNamed() throws {
        var config = SessionConfig()
        config.dataset = .regressionPlane
        config = config.keepingAFittingLoss()
        config.hidden = [3]
        let session = try TrainingSession(config: config)
        let inspection = try #require(
            Inspection(
                InspectionRequest(point: 0, link: LinkID(layer: 0, from: 0, to: 0)),
                network: session.network, data: session.data, learningRate: 100))
        #expect(inspection.lossAfterStep >= inspection.trace.loss)
        #expect(BackpropStory.updateLine(inspection).contains("η too large for this example"))
        #expect(inspection.rateThatLowers != nil)
    }
}

@Suite("The inspector's step with regularization")
struct RegularizedInspectionTests {
    /// With L2 at 0.1, the inspector's gradient, update and loss are a real training step's on that one
    /// example (the engine's trainer, batch of one, plain SGD); without the penalty they would not be.
    @Test func withL2TheInspectionIsATrainingStep() throws {
        var config = SessionConfig()
        (config.dataset, config.regularization, config.regularizationRate, config.learningRate) = (.xor, .l2, 0.1, 0.03)
        let session = try TrainingSession(config: config)
        session.train(epochs: 5)
        let request = InspectionRequest(point: 0, link: LinkID(layer: 0, from: 0, to: 0))
        let inspection = try #require(session.inspection(request))
        let examples = session.data.trainExamples
        let (n, w) = (examples.inputCount, examples.targetCount)
        let input = Array(examples.inputs[0..<n]), target = Array(examples.targets[0..<w])
        let one = Examples(inputs: input, targets: target, inputCount: n, targetCount: w)
        let trainer = MiniBatchTrainer(
            network: session.network,
            optimizer: Optimizer(kind: .sgd, learningRate: 0.03, parameterCount: session.network.parameters.count),
            settings: StepSettings(batchSize: 1, regularization: .l2, regularizationRate: 0.1, dropout: 0),
            rng: SplitMix64(seed: 1))
        trainer.trainEpoch(on: one)
        let stepped = trainer.network
        let real = stepped.trace(input: input, target: target).regularized(.l2, rate: 0.1, network: stepped).loss
        #expect(abs(inspection.lossAfterStep - real) <= 1e-6 * real, "\(inspection.lossAfterStep) against \(real)")
        let index = session.network.layers[0].weightOffset
        let change = session.network.parameters[index] - stepped.parameters[index]
        #expect(abs(change - 0.03 * inspection.trace.gradient[index]) <= 1e-6, "the update is the gradient's")
        let unregularized = try #require(
            Inspection(request, network: session.network, data: session.data, learningRate: 0.03))
        #expect(unregularized.lossAfterStep != inspection.lossAfterStep, "the penalty changes the step")
        #expect(inspection.check.relativeError < 1e-3, "the finite differences include the penalty too")
    }
}
