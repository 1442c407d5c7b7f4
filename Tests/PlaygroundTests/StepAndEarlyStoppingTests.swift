import Testing
@testable import Playground

@Suite("The step panel and early stopping")
struct StepAndEarlyStoppingTests {
    /// One linear neuron on the reg-plane, full batch: least squares, a quadratic bowl whose largest
    /// curvature puts 2 / c near 0.15 (the high-learning-rate lesson).
    func bowl(learningRate: Double) throws -> TrainingSession {
        var config = SessionConfig()
        config.dataset = .regressionPlane
        config.hidden = []
        config.batchSize = 1000
        config.learningRate = learningRate
        return try TrainingSession(config: config)
    }

    @Test func aRatePast2OverCurvatureLandsHigherAndOneBelowLandsLower() throws {
        let high = try #require(try bowl(learningRate: 0.16).stepProfile())
        let low = try #require(try bowl(learningRate: 0.1).stepProfile())
        #expect(high.landsHigher && high.landing > high.start)
        #expect(!low.landsHigher && low.landing < low.start)
        #expect(high.fractions.first == 0 && high.fractions[high.fractions.count / 2] == 1 && high.fractions.last == 2)
        let session = try bowl(learningRate: 0.1)
        let profile = try #require(session.stepProfile())
        session.trainEpoch()
        #expect(
            abs(session.latest.trainLoss - profile.landing) < 1e-4 * profile.start,
            "a full-batch SGD epoch lands where the panel said it would")
    }

    func overfitting() throws -> SessionConfig {
        try PresetLibrary(directory: presetsFolder).load("overfitting").config
    }

    @Test func restoringTheBestWeightsReproducesTheBestTestLossExactly() throws {
        let session = try TrainingSession(config: try overfitting())
        session.train(epochs: 200)
        let best = try #require(session.bestRecord)
        #expect(best.epoch < session.epoch && session.latest.testLoss > best.testLoss)
        #expect(session.restoreBestWeights())
        #expect(session.latest.testLoss == best.testLoss && session.latest.trainLoss == best.trainLoss)
        #expect(
            session.restores == [session.epoch] && session.health.name != "oscillating",
            "a restore is not an oscillation")
        #expect(!session.restoreBestWeights(), "nothing better to go back to right after a restore")
    }

    @Test func earlyStoppingStopsAfterItsPatienceAndRestores() throws {
        let session = try TrainingSession(config: try overfitting())
        let stopped = session.train(epochs: 600, earlyStopping: 30)
        let best = try #require(session.bestRecord)
        #expect(stopped && session.epoch < 600)
        #expect(
            session.restores.last.map { $0 - best.epoch } == 31,
            "stopped 30 epochs after the best; the restore is the next record")
        #expect(session.latest.testLoss == best.testLoss)
    }
}
