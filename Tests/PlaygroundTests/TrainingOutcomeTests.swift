import Testing
import NeuralEngine
@testable import Playground

/// Known training outcomes with fixed seeds: what the playground must be able to show.
@Suite("Training outcomes")
struct TrainingOutcomeTests {
    func xorConfig(hidden: [Int], seed: UInt64) -> SessionConfig {
        var config = SessionConfig()
        config.dataset = .xor
        config.hidden = hidden
        config.seed = seed
        return config
    }

    @Test(arguments: 1...5)
    func xorWithoutAHiddenLayerCannotBeSolved(seed: UInt64) throws {
        let session = try TrainingSession(config: xorConfig(hidden: [], seed: seed))
        var bestAccuracy = 0.0
        session.train(epochs: 300) { bestAccuracy = max(bestAccuracy, $0.testAccuracy!) }
        #expect(bestAccuracy <= 0.78, "a line cannot separate XOR; got \(bestAccuracy)")
    }

    /// Playground's defaults with one hidden layer of 4 tanh units: 4 of seeds 1...5 reach 100% test accuracy
    /// (seed 1 peaks at 94%), and every seed does far better than any line can.
    @Test func xorWithFourTanhUnitsIsSolved() throws {
        var solved = 0
        for seed: UInt64 in 1...5 {
            let session = try TrainingSession(config: xorConfig(hidden: [4], seed: seed))
            var best = 0.0
            session.train(epochs: 1000) { best = max(best, $0.testAccuracy!) }
            if best == 1 { solved += 1 }
            #expect(best > 0.9, "seed \(seed): best test accuracy \(best)")
        }
        #expect(solved >= 4, "\(solved) of 5 seeds reached 100% test accuracy")
    }

    /// Playground-compatible spiral: [2, 8, 8, 1], tanh + squared loss, Playground's init, lr 0.03, batch 10,
    /// SGD. Playground's own engine gets 7 of 10 seeds under test loss 0.05 in 5,000 epochs; we ask more than
    /// half of seeds 1...30 (18 measured: seeds 1...20 give 9, 21...30 give 9, so fewer seeds would test luck).
    @Test func playgroundSpiralMostSeedsReachLowTestLoss() async throws {
        let reached = await withTaskGroup(of: Bool.self) { group in
            for seed in 1...30 {
                group.addTask {
                    var config = SessionConfig()
                    config.dataset = .spiral
                    config.hidden = [8, 8]
                    config.seed = UInt64(seed)
                    let session = try! TrainingSession(config: config)
                    var hit = false
                    session.train(epochs: 5000) { if $0.testLoss < 0.05 { hit = true } }
                    return hit
                }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(reached > 15, "\(reached) of 30 seeds reached test loss < 0.05")
    }

    /// Adam at 0.01 on two tanh layers of 16 with Xavier initialization.
    func adamConfig(_ dataset: DatasetKind, hidden: [Int] = [16, 16]) -> SessionConfig {
        var config = SessionConfig()
        config.dataset = dataset
        config.hidden = hidden
        config.optimizer = .adam
        config.learningRate = 0.01
        config.initialization = .xavier
        return config
    }

    @Test(arguments: 1...10)
    func spiralWithAdamReaches95PercentIn300Epochs(seed: UInt64) throws {
        var config = adamConfig(.spiral)
        config.loss = .log
        config.seed = seed
        let session = try TrainingSession(config: config)
        var reachedAt: Int?
        session.train(epochs: 300) { if reachedAt == nil && $0.testAccuracy! >= 0.95 { reachedAt = $0.epoch } }
        #expect(reachedAt != nil, "best test accuracy stayed below 95%")
    }

    @Test func threeArmSpiralLearnsWithSoftmax() throws {
        let session = try TrainingSession(config: adamConfig(.spiral3))
        session.train(epochs: 300)
        #expect(session.latest.testAccuracy! > 0.9)
        let grid = session.decisionGrid(width: 30, height: 30)
        #expect(Set(grid.classes) == [0, 1, 2])
    }

    @Test func aHugeLearningRateOnRegressionDivergesWithItsEpoch() throws {
        var config = SessionConfig()
        config.dataset = .regressionPlane
        config.learningRate = 10
        let session = try TrainingSession(config: config)
        session.train(epochs: 200)
        let epoch = try #require(session.divergedAt)
        #expect(epoch >= 1 && epoch <= 200)
        #expect(session.health == .diverged(epoch: epoch))
        #expect(session.history.allSatisfy { $0.isFinite }, "no NaN ever enters the history")
        #expect(session.trainEpoch() == nil && session.epoch == epoch - 1, "a diverged session stays stopped")
    }

    @Test func aHugeLearningRateOnBoundedOutputsShowsAsUnstable() throws {
        let sane = SessionConfig()
        var wild = sane
        wild.learningRate = 10
        let calm = try TrainingSession(config: sane), rough = try TrainingSession(config: wild)
        calm.train(epochs: 300)
        rough.train(epochs: 300)
        #expect(rough.divergedAt == nil, "tanh outputs are bounded: no NaN, just bad training")
        #expect(["oscillating", "stalled", "saturated"].contains(rough.health.name), "health \(rough.health)")
        #expect(["learning", "slow", "converged"].contains(calm.health.name), "health \(calm.health)")
        #expect(rough.latest.trainLoss > 10 * calm.latest.trainLoss)
    }

    @Test func overfittingLeavesTheBestTestEpochBehind() throws {
        var config = adamConfig(.circle, hidden: [32, 32])
        config.noise = 40
        config.trainFraction = 0.1
        let session = try TrainingSession(config: config)
        session.train(epochs: 600)
        #expect(session.bestTest.epoch > 0 && session.bestTest.epoch < 150)
        #expect(session.latest.testLoss > session.bestTest.loss * 1.4)
        #expect(session.latest.trainLoss < session.history[session.bestTest.epoch].trainLoss / 3)
    }
}
