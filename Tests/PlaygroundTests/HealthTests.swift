import Testing
@testable import Playground

@Suite("Diagnoses that are true")
struct HealthTests {
    /// The inputs `TrainingSession.health` would pass for this train/test history.
    func assess(train: [Double], test: [Double]? = nil, norms: [Float] = [1, 1, 1], identical: Bool = false,
                divergedAt: Int? = nil, pinned: [Double] = []) -> TrainingHealth {
        let test = test ?? train.map { $0 + 0.01 }
        let records = zip(train, test).enumerated().map {
            EpochRecord(epoch: $0, trainLoss: $1.0, testLoss: $1.1, trainAccuracy: nil, testAccuracy: nil)
        }
        let best = records.min { $0.testLoss < $1.testLoss }!
        return TrainingHealth.assess(HealthInputs(
            recent: Array(records.suffix(TrainingHealth.patience + 1)), first: records.first,
            bestTrainLoss: train.min()!, bestTest: (best.epoch, best.testLoss, best.trainLoss), gradientNorms: norms,
            hiddenNeuronsIdentical: identical, divergedAt: divergedAt, pinnedShares: pinned))
    }

    let falling: [Double] = (0..<50).map { epoch in 0.5 / Double(epoch + 1) + 0.05 }

    @Test func aFallingLossIsLearning() { #expect(assess(train: falling) == .learning) }

    @Test func aZigzagOrAClimbIsOscillating() {
        let zigzag: [Double] = (0..<50).map { $0 % 2 == 0 ? 0.3 : 0.6 }
        let rebound: [Double] = (0..<40).map { epoch in epoch < 20 ? 0.5 - Double(epoch) * 0.02 : 0.4 }
        #expect(assess(train: zigzag) == .oscillating)
        #expect(assess(train: rebound) == .oscillating, "far above its best")
    }

    @Test func growthByAFactorPerEpochIsDivergingBeforeItOverflows() {
        let growing: [Double] = falling + (1...4).map { step in 0.3 * Double(1 << step) }
        guard case .diverging(let factor) = assess(train: growing) else {
            Issue.record("got \(assess(train: growing))")
            return
        }
        #expect(abs(factor - 2) < 0.01)
        #expect(assess(train: falling, divergedAt: 51) == .diverged(epoch: 51))
    }

    @Test func aRiseThatStaysBelowTheUntrainedLossIsNotDivergence() {
        // Regression at a tiny loss: mini-batch noise climbs 0.0014 → 0.004 over three epochs (untrained: 0.06).
        let settled: [Double] = (0..<60).map { epoch in 0.06 * Libm.exp(-Double(epoch) / 8) + 0.0014 }
        let blip = settled + [0.0023, 0.0029, 0.0040]
        #expect(assess(train: blip) == .learning)
        // One of Adam's spikes, ×3 per epoch up to 0.44 from a best of 0.01 (untrained: 0.69): not on its way
        // to overflow, so not "diverging"; past the untrained loss it is.
        let fitted: [Double] = (0..<60).map { epoch in 0.69 * Libm.exp(-Double(epoch) / 10) + 0.01 }
        #expect(!isDiverging(assess(train: fitted + [0.03, 0.1, 0.3, 0.44])))
        #expect(isDiverging(assess(train: fitted + [0.03, 0.1, 0.3, 0.9])))
    }

    @Test func jumpsTooSmallToMatterOrOneSpikeOnAPlateauAreNotOscillating() {
        let start: [Double] = (0..<30).map { epoch in 0.69 - Double(epoch) * 0.022 }
        // A classifier bouncing between 0.015 and 0.03 is at 100% accuracy.
        let tinyZigzag = start + (0..<30).map { $0 % 2 == 0 ? 0.015 : 0.03 }
        #expect(assess(train: tinyZigzag) == .learning)
        // A plateau with small noise and one spike: the medians do not see the spike.
        let spiked = start + (0..<30).map { epoch in epoch == 25 ? 0.4 : 0.1 + (epoch % 3 == 0 ? 0.01 : 0) }
        #expect(assess(train: spiked) != .oscillating)
        // The same zigzag as the first, scaled to where the loss is large, is.
        #expect(assess(train: start + (0..<30).map { $0 % 2 == 0 ? 0.15 : 0.3 }) == .oscillating)
    }

    @Test func aFlatHighLossWithALayerPinnedIsSaturatedThoughSomeGradientIsLeft() {
        let flat = Array(repeating: 0.96, count: 60)
        func assess(pinned: [Double]) -> TrainingHealth {
            let records = flat.enumerated().map {
                EpochRecord(epoch: $0, trainLoss: $1, testLoss: $1, trainAccuracy: 0.52, testAccuracy: 0.48)
            }
            return TrainingHealth.assess(HealthInputs(
                recent: records, first: records.first, bestTrainLoss: 0.96, bestTest: (0, 0.96, 0.96),
                gradientNorms: [2e-4], hiddenNeuronsIdentical: false, divergedAt: nil, pinnedShares: pinned))
        }
        #expect(assess(pinned: [1]) == .saturated, "the output pinned: no signal gets through")
        #expect(assess(pinned: [0.5, 0]) != .saturated, "half a layer pinned still passes a signal")
        #expect(TrainingHealth.mightBeSaturated(flat) && !TrainingHealth.mightBeSaturated(falling))
    }

    /// The case that read "stalled" for hundreds of epochs: x1² and x2² raw (up to 36) into one tanh output,
    /// from weights that pin it at +1 on most points.
    @Test func anOutputPinnedByRawSquaresIsSaturatedNotStalled() throws {
        var config = SessionConfig()
        (config.dataset, config.features, config.hidden, config.standardize, config.seed) = (.circle, [.x1sq, .x2sq], [], false, 15)
        let session = try TrainingSession(config: config)
        session.train(epochs: 100)
        #expect(session.health == .saturated)
        #expect((session.latest.trainAccuracy ?? 1) < 0.6)
    }

    private func isDiverging(_ health: TrainingHealth) -> Bool {
        if case .diverging = health { return true }
        return false
    }

    @Test func testRisingWhileTrainFallsIsOverfittingFromTheBestEpoch() {
        let train: [Double] = (0..<80).map { epoch in 0.5 * Double(80 - epoch) / 80 }
        let test: [Double] = (0..<80).map { epoch in
            let e = Double(epoch)
            return epoch <= 30 ? 0.6 - e * 0.01 : 0.3 + (e - 30) * 0.01
        }
        #expect(assess(train: train, test: test) == .overfitting(since: 30))
        #expect(assess(train: train, test: test).advice?.contains("early stopping would stop at 30") == true)
        let bothRise: [Double] = (0..<80).map { epoch in
            let e = Double(epoch)
            return epoch <= 30 ? 0.5 - e * 0.01 : 0.2 + (e - 30) * 0.01
        }
        #expect(assess(train: bothRise, test: test) != .overfitting(since: 30), "train rising too: not overfitting")
        // A rate too high for its batches (spiral3, softmax, rate 1): the training loss wanders 0.77–0.93, the
        // test loss with it; one low epoch below the best test epoch's training loss is not memorising.
        let steps: [Double] = [0.77, 0.85, 0.93]
        let wandering: [Double] = (0..<79).map { epoch in steps[epoch % 3] }
        let wanderingTest: [Double] = (0..<79).map { epoch -> Double in
            let e = Double(epoch)
            return epoch <= 31 ? 1.2 - 0.01 * e : 1.0 + 0.002 * (e - 31)
        }
        #expect(!assess(train: wandering, test: wanderingTest).name.hasPrefix("overfitting"))
    }

    @Test func flatAndHighWithNoGradientIsSaturatedWithGradientStalled() {
        let flat = Array(repeating: 0.9, count: 260)
        #expect(assess(train: flat, norms: [1e-7, 1e-7, 1e-6]) == .saturated)
        #expect(assess(train: flat) == .stalled)
        #expect(TrainingHealth.saturated.advice!.contains("will not"))
    }

    @Test func aFirstLayerFarBelowTheLastIsVanishing() {
        guard case .vanishingGradients(let ratio) = assess(train: falling, norms: [0.001, 0.01, 0.1, 1]) else {
            Issue.record("no vanishing gradients")
            return
        }
        #expect(abs(ratio - 0.001) < 1e-6)
        #expect(assess(train: falling, norms: [0.5, 1]) == .learning, "two layers: nothing to vanish through")
    }

    /// Tiny first-layer gradients behind pinned hidden units are saturation (too high a rate blew the weights
    /// up; relu or fewer layers would not help), behind live units vanishing gradients. A circle with 4 and 2
    /// tanh units at rate 3 used to be told "try relu, fewer layers or he init".
    @Test func smallGradientsBehindPinnedUnitsAreSaturationNotDepth() throws {
        let high = falling.map { $0 + 0.3 }
        #expect(assess(train: high, norms: [1e-5, 1e-3, 1], pinned: [0.75, 0, 0]) == .saturated)
        #expect(assess(train: high, norms: [1e-5, 1e-3, 1], pinned: [0.25, 0, 1]) == .vanishingGradients(ratio: Double(Float(1e-5) / 1)),
                "a pinned output is a confident one, not a starved layer")
        let solved = Array(repeating: 0.001, count: 60)
        #expect(assess(train: solved, norms: [1e-7, 1e-5, 1e-3], pinned: [1, 1, 1]) == .converged,
                "XOR solved at rate 3: pinned, tiny gradients, and nothing left to learn")
        #expect(assess(train: solved, norms: [1e-7, 1e-5, 1e-3]) == .converged)
        var config = SessionConfig()
        config.dataset = .circle
        config.hidden = [4, 2]
        config.learningRate = 3
        let session = try TrainingSession(config: config)
        session.train(epochs: 300)
        #expect(session.health == .saturated)
    }

    /// A pinned network kicked for three epochs (Adam at rate 0.3 on the circle: 0.641, 0.5, 0.568 in a run of
    /// 0.648) stays saturated; it used to read "oscillating" for the twenty epochs after each kick.
    @Test func aFewKicksDoNotUnsaturateAFlatRun() {
        var train = Array(repeating: 0.648, count: 60)
        train.replaceSubrange(50..<53, with: [0.641, 0.5, 0.568])
        #expect(assess(train: train, norms: [1e-5, 1e-5, 1e-5]) == .saturated)
        train.replaceSubrange(44..<50, with: [0.6, 0.55, 0.62, 0.5, 0.58, 0.61])
        #expect(assess(train: train, norms: [1e-5, 1e-5, 1e-5]) != .saturated, "nine epochs of jumps are not a kick")
    }

    @Test func identicalNeuronsAreSymmetric() {
        #expect(assess(train: falling, identical: true) == .symmetric)
    }

    @Test func lowAndFlatIsConverged() {
        #expect(assess(train: Array(repeating: 0.01, count: 60)) == .converged)
        let noisy: [Double] = [0.5] + (1..<150).map { epoch in epoch % 2 == 0 ? 3e-4 : 6e-4 }
        #expect(assess(train: noisy) == .converged, "low, and batch noise is all that moves")
        let stillFalling: [Double] = [0.5] + (1..<150).map { epoch in 0.019 - 0.0001 * Double(epoch) }
        #expect(assess(train: stillFalling) == .learning, "0.01 in 100 epochs against 0.5: still learning")
    }

    /// A step of about 1 / curvature (high-learning-rate after `[`) solves a linear fit in an epoch: that is
    /// converged at once, not "learning" until the 20-epoch window fills. Still falling, or merely small, is not.
    @Test func solvedInAFewEpochsIsConvergedBeforeTheWindowFills() {
        #expect(assess(train: [0.246, 0.0032, 6.02e-16, 6.01e-16, 6.016e-16, 6.01e-16]) == .converged)
        #expect(assess(train: [0.246, 0.0032, 1e-5, 4e-6, 2e-6, 1e-6]) == .learning, "still falling")
        #expect(assess(train: [0.5, 0.3, 0.2, 0.1, 0.1, 0.1]) == .learning, "flat, but far from solved")
    }

    @Test func everyNameIsTheInterfaceSpelling() {
        let all: [TrainingHealth] = [.learning, .converged, .stalled, .overfitting(since: 1), .oscillating,
                                     .diverging(factor: 2), .diverged(epoch: 1), .saturated,
                                     .vanishingGradients(ratio: 0.1), .symmetric]
        #expect(TrainingHealth.names == all.map(\.name))
        #expect(all.map(\.name) == ["learning", "converged", "stalled", "overfitting", "oscillating", "diverging",
                                    "diverged", "saturated", "vanishing_gradients", "symmetric"])
    }
}

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
        #expect(abs(session.latest.trainLoss - profile.landing) < 1e-4 * profile.start,
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
        #expect(session.restores == [session.epoch] && session.health != .oscillating, "a restore is not an oscillation")
        #expect(!session.restoreBestWeights(), "nothing better to go back to right after a restore")
    }

    @Test func earlyStoppingStopsAfterItsPatienceAndRestores() throws {
        let session = try TrainingSession(config: try overfitting())
        let stopped = session.train(epochs: 600, earlyStopping: 30)
        let best = try #require(session.bestRecord)
        #expect(stopped && session.epoch < 600)
        #expect(session.restores.last.map { $0 - best.epoch } == 31, "stopped 30 epochs after the best; the restore is the next record")
        #expect(session.latest.testLoss == best.testLoss)
    }
}

@Suite("Numbers people read")
struct NumberFormatTests {
    @Test(arguments: [
        (0.14361, "0.1436"), (0.012345, "0.01235"), (12.345, "12.35"), (2.5, "2.500"), (0.0, "0"),
        (1.0101646318375989e17, "1.01e17"), (0.000032, "3.2e-5"), (123_456, "1.235e5"), (-0.5, "-0.5000"),
    ])
    func lossesHaveFourSignificantDigitsAndScientificOnlyWhenNeeded(value: Double, text: String) {
        #expect(NumberFormat.significant(value) == text)
    }

    @Test func notANumberIsADash() { #expect(NumberFormat.significant(.nan) == "—" && NumberFormat.significant(.infinity) == "—") }
}
