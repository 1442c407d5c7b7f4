import NeuralEngine

extension TrainingHealth {
    /// Records the assessment reads (the trend's blocks, and the plateau's length).
    public static let historyNeeded = DiagnosisThresholds.plateauEpochs + 1

    private typealias T = DiagnosisThresholds

    /// The diagnosis, most urgent first: diverged, diverging, symmetric, overfitting, saturated,
    /// oscillating, vanishing gradients, then the trend: learning, slow, converged, settling, stalled or
    /// measuring.
    public static func assess(_ inputs: HealthInputs) -> TrainingHealth {
        if let epoch = inputs.divergedAt { return .diverged(epoch: epoch) }
        let losses = inputs.recent.map(\.trainLoss)
        guard let current = losses.last, losses.count >= 2 else { return .measuring }
        let untrained = inputs.first?.trainLoss ?? losses[0]  // the scale of this loss
        // The rate past the measured stability limit and the loss growing by a factor in each of the last
        // two epochs (the first, at the start), above the untrained one and above every loss before the rise:
        // the overshoot is why. A loss that climbs back to where it has bounced before is not on its way to
        // overflow (a relu circle at rate 3 bounced between 0.5 and 0.9 for 1,000 epochs, said "diverging"
        // at each climb).
        let rises = zip(losses.suffix(3), losses.suffix(3).dropFirst()).map { $1 > T.growthPerEpoch * $0 }
        let newHigh = losses.dropLast(3).allSatisfy { $0 < current }
        if inputs.overshoot != nil, current > untrained, !rises.isEmpty, !rises.contains(false), newHigh {
            return .diverging(factor: current / losses[losses.count - 2], overshoot: inputs.overshoot)
        }
        if let factor = divergingFactor(losses, untrained: untrained, best: inputs.bestTrainLoss) {
            return .diverging(factor: factor, overshoot: inputs.overshoot)
        }
        if inputs.hiddenNeuronsIdentical, losses.count > 3 { return .symmetric }
        // Overfitting first: a test loss rising away from its best is what the lecturer must hear, whatever
        // else holds the training loss where it is.
        if let overfitting = overfitting(inputs) { return overfitting }
        let norms = inputs.gradientNorms
        // Saturated: flat and high, and either no gradient at all or a whole layer pinned (no signal gets
        // through it, though a few points may still leave a small gradient).
        if mightBeSaturated(losses, untrained: untrained),
            (norms.max().map { $0 < T.noGradient } ?? false) || inputs.pinnedShares.contains(1)
        {
            return .saturated
        }
        // Jumps that still leave a measurable fall are learning, noisily: the trend says so with its rate.
        let trend = LossTrend.measure(losses.suffix(T.trendSpan + T.trendBlock + 1))
        let learning = trend.map { $0.isFalling && -$0.change >= T.learningFall } ?? false
        if losses.count > T.trendSpan / 2, !learning,
            overshooting(Array(losses.suffix(T.trendSpan / 2)), best: inputs.bestTrainLoss, scale: untrained)
        {
            return .oscillating(overshoot: inputs.overshoot)
        }
        // Small gradients are a problem only while the loss is still high: a solved problem has them too.
        if current >= T.convergedShare * untrained, !inputs.linearHiddenLayers,
            let ratio = vanishingGradientRatio(norms)
        {
            // Hidden units pinned at their ends (weights blown up by too high a rate) starve layer 1 too, but
            // relu or fewer layers would not help: that is saturation.
            let pinned = inputs.pinnedShares.dropLast().contains { $0 >= T.pinnedLayerShare }
            if pinned && current > T.saturationShare * untrained { return .saturated }
            if !pinned { return .vanishingGradients(ratio: ratio) }
        }
        return progress(
            losses, trend: trend, untrained: untrained, chance: inputs.chanceLoss ?? untrained,
            test: inputs.recent.map(\.testLoss))
    }

    /// Learning, slow, converged, settling, stalled or still measuring, from the training loss's `trend`.
    private static func progress(
        _ losses: [Double], trend: LossTrend?, untrained: Double, chance: Double,
        test: [Double]
    ) -> TrainingHealth {
        let current = losses.last!
        // Solved in a few epochs (a step of about 1 / curvature): converged before any trend can be measured.
        if current < T.solvedShare * untrained, losses.count >= 4, isFlat(losses.suffix(4)) { return .converged }
        guard let trend else { return .measuring }
        if trend.isFalling, -trend.change >= T.learningFall { return .learning(trend) }
        // Under 1% per 50 epochs at a low loss is flat to any eye (and a sound run's last digits): converged,
        // not "slow" with advice to speed up what is done.
        if trend.isFalling, current >= T.convergedShare * untrained { return .slow(trend) }
        // Flat: both losses, or the test loss would have been overfitting (a fall of the test loss alone,
        // with the training loss flat, is noise of the split).
        if current < T.convergedShare * untrained, losses.count > T.noiseEpochs { return .converged }
        // Flat for long after learning something: the data's noise sets the floor.
        // Not on a spike of its batches' noise, though, not jumping about (a loss that jumps by a good part of
        // itself can fall by half on the next lucky step), and not just fallen below its plateau (a cliff the
        // blocks' medians do not see yet).
        if losses.count > T.plateauEpochs, current < T.learnedShare * Swift.min(untrained, chance),
            current <= T.floorMultiple * losses.suffix(T.plateauEpochs).min()!,
            current >= (1 - 3 * T.plateauNoise) * LossTrend.median(losses.suffix(T.trendBlock)),  // not off a cliff
            LossTrend.noise(losses.suffix(T.trendSpan + 1)) <= T.plateauNoise
                * LossTrend.median(losses.suffix(T.trendBlock)),
            let long = LossTrend.measure(losses.suffix(T.plateauEpochs), span: T.plateauEpochs - T.trendBlock - 1),
            abs(long.change) < T.learningFall,  // under 1% either way in 300 epochs, whatever the noise
            let testLong = LossTrend.measure(test.suffix(T.plateauEpochs), span: T.plateauEpochs - T.trendBlock - 1),
            abs(testLong.change) < T.testPlateauChange
        {  // and the test loss flat too: nothing is still changing
            return .converged
        }
        // Too few epochs to tell a small move from noise: say so, neither progress nor a problem.
        if losses.count < T.noiseEpochs { return .measuring }
        // Low already: no measurable fall is no evidence of a problem.
        if current < T.settledShare * Swift.min(untrained, chance) { return .settling(share: current / untrained) }
        return .stalled
    }

    /// The growth per epoch when the run is on its way to overflow: above `divergingMultiple` times the
    /// untrained loss and growing (said in the epoch it happens), or grown by more than `growthPerEpoch` in
    /// each of the last three epochs while above the untrained loss and twice its best.
    private static func divergingFactor(_ losses: [Double], untrained: Double, best: Double) -> Double? {
        let current = losses.last!, previous = losses[losses.count - 2]
        if current > T.divergingMultiple * untrained, current > previous {
            return current / Swift.max(previous, 1e-300)
        }
        let last = Array(losses.suffix(4))
        let factors = zip(last, last.dropFirst()).map { $1 / Swift.max($0, 1e-300) }
        guard factors.count == 3, factors.allSatisfy({ $0 > T.growthPerEpoch }), current > untrained, current > 2 * best
        else { return nil }
        return Libm.exp(factors.map { Libm.log($0) }.reduce(0, +) / Double(factors.count))  // geometric mean
    }

    /// Overfitting: the test loss above its best while the training loss is below its value then. At once
    /// at `testRiseAtOnce` times the best; else after the grace, when the recent median is `testRise` above
    /// the best and that stands out of the test loss's noise. A warning when the test accuracy fell too.
    private static func overfitting(_ inputs: HealthInputs) -> TrainingHealth? {
        guard let best = inputs.bestTest, let latest = inputs.recent.last, best.testLoss.isFinite else { return nil }
        let since = latest.epoch - best.epoch
        let recent = inputs.recent.suffix(Swift.min(T.trendBlock, Swift.max(since, 1)))
        let test = LossTrend.median(recent.map(\.testLoss)), train = LossTrend.median(recent.map(\.trainLoss))
        let atOnce = latest.testLoss >= T.testRiseAtOnce * best.testLoss && latest.trainLoss < best.trainLoss
        let noise = LossTrend.noise(inputs.recent.suffix(T.trendSpan + 1).map(\.testLoss))
        let creeping =
            since >= T.overfittingGrace && train < best.trainLoss && test >= (1 + T.testRise) * best.testLoss
            && test - best.testLoss > T.noiseMultiple * noise
        guard atOnce || creeping else { return nil }
        let warning: Bool
        if let accuracy = best.testAccuracy {
            let now = LossTrend.median(recent.compactMap(\.testAccuracy))
            warning = now < accuracy - T.accuracyDrop
        } else {
            warning = test >= T.testRiseAtOnce * best.testLoss
        }
        return .overfitting(since: best.epoch, warning: warning)
    }

    /// The first layer's gradient norm over the last's when it is small enough to count as vanishing (below
    /// `vanishingRatio` through two or more layers; exactly 0, no gradient through step units, through one).
    public static func vanishingGradientRatio(_ norms: [Float]) -> Double? {
        guard norms.count >= 2, let firstNorm = norms.first, let lastNorm = norms.last, lastNorm > 0 else { return nil }
        let ratio = Double(firstNorm / lastNorm)
        return ratio < T.vanishingRatio && (norms.count >= 3 || ratio == 0) ? ratio : nil
    }

    /// Whether the training losses `last` stay within 0.5% of their highest.
    static func isFlat(_ last: some Collection<Double>) -> Bool {
        guard let low = last.min(), let high = last.max() else { return false }
        return high - low <= 0.005 * Swift.max(high, 1e-300)
    }

    /// Whether `recent` training losses (oldest first) are flat and high: when a saturated diagnosis is
    /// possible, and worth measuring which units are pinned.
    public static func mightBeSaturated(_ recent: [Double], untrained: Double) -> Bool {
        let window = T.trendBlock
        guard let current = recent.last, recent.count > window, current > T.saturationShare * untrained else {
            return false
        }
        // Flat but for at most three epochs each way: a pinned network's loss repeats to four digits, and one
        // of Adam's kicks that moves nothing must not turn the diagnosis into "oscillating" for twenty epochs.
        return isFlat(recent.suffix(window).sorted().dropFirst(3).dropLast(3))
    }

    /// Whether the window shows steps that overshoot: the loss jumps by a good part of itself from epoch to
    /// epoch with no net progress, or it stays well above its best. Medians throughout, so one spike does
    /// not count; jumps and rises small against `scale`, the untrained network's loss, do not either.
    private static func overshooting(_ last: [Double], best: Double, scale: Double) -> Bool {
        let half = last.count / 2
        let earlier = LossTrend.median(last.prefix(half)), later = LossTrend.median(last.suffix(half))
        let jump = LossTrend.median(zip(last, last.dropFirst()).map { Swift.abs($1 - $0) })
        if jump > T.jumpShare * LossTrend.median(last), jump > T.jumpScale * scale, later > 0.97 * earlier {
            return true
        }
        return last.suffix(5).min()! > T.stuckMultiple * best && later > 2 * best && later - best > 0.1 * scale
    }
}
