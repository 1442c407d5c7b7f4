import Testing
@testable import Playground

@Suite("Diagnoses that are true: one curve built to be each state, and the nearest that must not be")
struct HealthTests {
    /// The inputs `TrainingSession.health` would pass for this train/test history.
    func assess(
        train: [Double], test: [Double]? = nil, accuracy: [Double]? = nil, norms: [Float] = [1, 1, 1],
        identical: Bool = false, divergedAt: Int? = nil, pinned: [Double] = [], linear: Bool = false,
        chance: Double? = nil
    ) -> TrainingHealth {
        let test = test ?? train.map { $0 + 0.01 }
        let records = zip(train, test).enumerated().map {
            EpochRecord(
                epoch: $0, trainLoss: $1.0, testLoss: $1.1, trainAccuracy: accuracy?[$0], testAccuracy: accuracy?[$0])
        }
        let best = records.min { $0.testLoss < $1.testLoss }!
        return TrainingHealth.assess(
            HealthInputs(
                recent: Array(records.suffix(TrainingHealth.historyNeeded)), first: records.first,
                bestTrainLoss: train.min()!, bestTest: best, gradientNorms: norms,
                hiddenNeuronsIdentical: identical, divergedAt: divergedAt, pinnedShares: pinned,
                linearHiddenLayers: linear,
                chanceLoss: chance))
    }

    /// A deterministic wobble in −1 … 1 (mini-batch noise without a generator).
    func wobble(_ epoch: Int) -> Double { Libm.sin(Double(epoch) * 2.3) }

    let falling: [Double] = (0..<120).map { epoch in 0.5 / Double(epoch + 1) + 0.05 }

    // MARK: - Progress

    @Test func aFallingLossIsLearningWithItsRate() {
        guard case .learning(let trend) = assess(train: falling) else {
            Issue.record("\(assess(train: falling))"); return
        }
        #expect(trend.epochs == 50 && trend.change < -0.01)
        #expect(TrainingHealth.learning(trend).line().hasPrefix("learning: train loss −"))
    }

    /// xor-linear: the loss wanders 0.4968 → 0.5138 → 0.4971 and was called "learning" for 180 epochs.
    @Test func aLossThatWandersWithoutFallingIsNotLearning() {
        let wandering: [Double] = (0..<200).map { 0.5 + 0.01 * wobble($0) }
        #expect(assess(train: wandering, chance: 0.5).name == "stalled")
        #expect(
            assess(train: Array(wandering.prefix(6)), chance: 0.5).name == "stalled",
            "not 'learning' while the window fills")
        #expect(assess(train: Array(wandering.prefix(3)), chance: 0.5).name == "measuring", "three epochs cannot tell")
        #expect(assess(train: [0.5]).name == "measuring", "the untrained network, or a restore")
    }

    /// blobs with 30% noise: under 1% per 50 epochs, measurable: "slow", with the rate.
    @Test func aMeasurableFallUnder1PercentPer50EpochsIsSlow() {
        let creeping: [Double] = (0..<200).map { 0.8 * Libm.exp(-Double($0) / 10_000) }
        guard case .slow(let trend) = assess(train: creeping) else {
            Issue.record("\(assess(train: creeping))"); return
        }
        #expect(trend.change > -0.01 && trend.change < 0)
        // The same fall under noise ten times its size is no measurable trend at all.
        let noisy = creeping.enumerated().map { $1 + 0.01 * wobble($0) }
        #expect(!["learning", "slow"].contains(assess(train: noisy).name))
    }

    @Test func lowAndFlatTrainAndTestIsConverged() {
        let settled: [Double] = [0.69] + (1..<150).map { 0.01 + 0.0002 * wobble($0) }
        #expect(assess(train: settled).name == "converged")
        let noisyLow: [Double] = [0.5] + (1..<150).map { epoch in epoch % 2 == 0 ? 3e-4 : 6e-4 }
        #expect(assess(train: noisyLow).name == "converged", "low, and batch noise is all that moves")
        let stillFalling: [Double] = [0.5] + (1..<150).map { epoch in 0.019 - 0.0001 * Double(epoch) }
        #expect(assess(train: stillFalling).name == "learning", "−50% in 50 epochs at 0.01: still learning")
        // Flat but high is not converged until it has been flat for long after learning something.
        let plateau: [Double] = (0..<150).map { $0 < 20 ? 0.7 - 0.02 * Double($0) : 0.3 }
        #expect(assess(train: plateau).name == "stalled", "a plateau can still be escaped")
        let floor: [Double] = (0..<400).map { $0 < 20 ? 0.7 - 0.02 * Double($0) : 0.3 + 0.001 * wobble($0) }
        #expect(assess(train: floor).name == "converged", "300 epochs flat after learning: the data's floor")
        #expect(
            assess(train: floor, chance: 0.31).name == "stalled",
            "flat near the constant prediction's loss: nothing learned")
        let jumpy: [Double] = (0..<400).map { $0 < 20 ? 0.7 - 0.02 * Double($0) : 0.3 + 0.05 * wobble($0) }
        #expect(assess(train: jumpy).name != "converged", "jumping by a sixth of itself is not settled")
        #expect(assess(train: floor.dropLast() + [0.12]).name != "converged", "just fallen off the plateau: a cliff")
        let testStillFalling: [Double] = floor.indices.map { 0.6 - 0.0005 * Double($0) }
        #expect(assess(train: floor, test: testStillFalling).name != "converged", "the test loss is still changing")
    }

    @Test func solvedInAFewEpochsIsConvergedBeforeTheWindowFills() {
        #expect(assess(train: [0.246, 0.0032, 6.02e-16, 6.01e-16, 6.016e-16, 6.01e-16]).name == "converged")
        #expect(assess(train: [0.246, 0.0032, 1e-5, 4e-6, 2e-6, 1e-6]).name == "learning", "still falling")
    }

    // MARK: - Divergence

    /// reg-plane at rate 10, full batch: 16.6× the untrained loss at epoch 1 read "learning".
    @Test func divergenceIsSaidInTheEpochItHappens() {
        guard case .diverging(let factor, _) = assess(train: [0.5, 8.3]) else {
            Issue.record("\(assess(train: [0.5, 8.3]))"); return
        }
        #expect(abs(factor - 16.6) < 0.01)
        #expect(assess(train: [0.5, 8.3, 6]).name != "diverging", "above 10× but falling back: not growing")
        #expect(assess(train: falling, divergedAt: 121) == .diverged(epoch: 121))
        let growing: [Double] = falling + (1...4).map { step in 0.3 * Double(1 << step) }
        guard case .diverging(let growth, _) = assess(train: growing) else {
            Issue.record("\(assess(train: growing))"); return
        }
        #expect(abs(growth - 2) < 0.01, "×2 three epochs running, above the untrained loss")
    }

    @Test func aRiseThatStaysBelowTheUntrainedLossIsNotDivergence() {
        let fitted: [Double] = (0..<60).map { epoch in 0.69 * Libm.exp(-Double(epoch) / 10) + 0.01 }
        #expect(assess(train: fitted + [0.03, 0.1, 0.3, 0.44]).name != "diverging", "one of Adam's spikes")
        #expect(assess(train: fitted + [0.03, 0.1, 0.3, 0.9]).name == "diverging")
    }

    // MARK: - Overfitting

    /// Falls by 0.01 an epoch to 0.3 at epoch 30, then rises by 0.004 an epoch.
    func vShape(_ epoch: Int) -> Double {
        let e = Double(epoch)
        return epoch <= 30 ? 0.6 - e * 0.01 : 0.3 + (e - 30) * 0.004
    }

    func overfittingRun(accuracyFalls: Bool) -> (train: [Double], test: [Double], accuracy: [Double]) {
        let train: [Double] = (0..<120).map { 0.5 * Double(130 - $0) / 130 }
        let test: [Double] = (0..<120).map(vShape)
        let accuracy: [Double] = (0..<120).map { (epoch: Int) -> Double in
            epoch <= 30 || !accuracyFalls ? 0.9 : 0.9 - 0.001 * Double(epoch - 30)
        }
        return (train, test, accuracy)
    }

    @Test func testRisingWhileTrainFallsIsOverfittingFromTheBestEpoch() {
        let worse = overfittingRun(accuracyFalls: true)
        #expect(
            assess(train: worse.train, test: worse.test, accuracy: worse.accuracy)
                == .overfitting(since: 30, warning: true))
        #expect(TrainingHealth.overfitting(since: 30, warning: true).line().contains("early stopping would stop at 30"))
        let bothRise: [Double] = (0..<120).map { vShape($0) - 0.1 }
        #expect(assess(train: bothRise, test: worse.test).name != "overfitting", "train rising too: not overfitting")
    }

    /// xor and softmax-3-class end at 100% test accuracy with a test loss creeping up: a calm note.
    @Test func aTestLossCreepingUpAtUnchangedAccuracyIsACalmNote() {
        let calm = overfittingRun(accuracyFalls: false)
        let health = assess(train: calm.train, test: calm.test, accuracy: calm.accuracy)
        #expect(health == .overfitting(since: 30, warning: false))
        #expect(!health.isProblem && health.line().contains("accuracy unchanged"))
    }

    /// The adam lesson: test loss 0.050 → 0.107 read "converged". 1.5× the best is overfitting at once.
    @Test func aTestLossHalfAgainItsBestIsOverfittingAtOnce() {
        let train: [Double] = (0..<40).map { 0.5 * Libm.exp(-Double($0) / 8) }
        var test = train.map { $0 + 0.05 }
        test[39] = 1.6 * test.min()!
        #expect(assess(train: train, test: test).name == "overfitting")
        test[39] = 1.05 * test.min()!
        #expect(assess(train: train, test: test).name != "overfitting", "within the grace and below 1.5×")
    }

    // MARK: - Oscillation and causes

    @Test func aZigzagOrAClimbIsOscillating() {
        let start: [Double] = (0..<30).map { 0.69 - Double($0) * 0.015 }
        let zigzag: [Double] = (0..<90).map { $0 % 2 == 0 ? 0.15 : 0.3 }
        #expect(assess(train: start + zigzag).name == "oscillating")
        #expect(
            assess(train: start + zigzag.prefix(30)).name == "learning",
            "while the window still holds the fall, it is a fall: learning, noisily")
        let rebound: [Double] = (0..<40).map { $0 < 20 ? 0.5 - Double($0) * 0.02 : 0.4 }
        #expect(assess(train: rebound).name == "oscillating", "far above its best")
        #expect(
            assess(train: start + (0..<30).map { $0 % 2 == 0 ? 0.015 : 0.03 }).name != "oscillating",
            "a classifier bouncing between 0.015 and 0.03 is at 100% accuracy")
    }

    @Test func aFlatHighLossWithALayerPinnedIsSaturatedThoughSomeGradientIsLeft() {
        let flat = Array(repeating: 0.96, count: 60)
        #expect(
            assess(train: flat, norms: [2e-4], pinned: [1]) == .saturated, "the output pinned: no signal gets through")
        #expect(
            assess(train: flat, norms: [2e-4], pinned: [0.5, 0]) != .saturated,
            "half a layer pinned still passes a signal")
        #expect(assess(train: flat, norms: [1e-7, 1e-7, 1e-6]) == .saturated)
        #expect(
            TrainingHealth.mightBeSaturated(flat, untrained: 0.96)
                && !TrainingHealth.mightBeSaturated(falling, untrained: 0.55))
    }

    @Test func aFirstLayerFarBelowTheLastIsVanishingExceptInALinearNetwork() {
        let high = falling.map { $0 + 0.3 }
        #expect(assess(train: high, norms: [0.001, 0.01, 0.1, 1]) == .vanishingGradients(ratio: Double(Float(0.001))))
        #expect(assess(train: high, norms: [0.5, 1]).name == "learning", "two layers: nothing to vanish through")
        #expect(
            assess(train: high, norms: [0.001, 0.01, 0.1, 1], linear: true).name == "learning",
            "six linear layers: relu would not cure what depth and init explain")
        #expect(
            assess(train: high, norms: [1e-5, 1e-3, 1], pinned: [0.75, 0, 0]) == .saturated, "pinned units, not depth")
        let solved: [Double] = [0.69] + Array(repeating: 0.001, count: 60)
        #expect(
            assess(train: solved, norms: [1e-7, 1e-5, 1e-3], pinned: [1, 1, 1]).name == "converged",
            "solved: small gradients and nothing left to learn")
    }

    @Test func identicalNeuronsAreSymmetric() { #expect(assess(train: falling, identical: true) == .symmetric) }

    @Test func everyNameIsTheInterfaceSpelling() {
        let trend = LossTrend(change: -0.1, epochs: 50, isSignificant: true)
        let all: [TrainingHealth] = [
            .measuring, .learning(trend), .slow(trend), .converged, .stalled, .settling(share: 0.06),
            .overfitting(since: 1, warning: true),
            .oscillating(overshoot: nil), .diverging(factor: 2, overshoot: nil), .diverged(epoch: 1),
            .saturated, .vanishingGradients(ratio: 0.1), .symmetric,
        ]
        #expect(TrainingHealth.names == all.map(\.name))
        #expect(
            all.map(\.name) == [
                "measuring", "learning", "slow", "converged", "stalled", "settling", "overfitting", "oscillating",
                "diverging",
                "diverged", "saturated", "vanishing_gradients", "symmetric",
            ])
    }

    // MARK: - Sessions

    /// x1² and x2² raw (up to 36) into one tanh output, from weights that pin it at +1 on most points.
    @Test func anOutputPinnedByRawSquaresIsSaturatedNotStalled() throws {
        var config = SessionConfig()
        (config.dataset, config.features, config.hidden, config.standardize, config.seed) = (
            .circle, [.x1sq, .x2sq], [], false, 15
        )
        let session = try TrainingSession(config: config)
        session.train(epochs: 100)
        #expect(session.health == .saturated)
    }
}
