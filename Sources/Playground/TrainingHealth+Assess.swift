import NeuralEngine

/// What `TrainingHealth.assess` reads: recent history and running bests, so a diagnosis costs the same at
/// epoch 10 and at epoch 100,000.
public struct HealthInputs: Sendable {
    /// The last records, oldest first (at least `TrainingHealth.patience + 1` when there are that many).
    public var recent: [EpochRecord]
    /// The untrained network's record.
    public var first: EpochRecord?
    /// The lowest training loss so far.
    public var bestTrainLoss: Double
    /// The epoch of the lowest test loss, that loss, and the training loss then (`nil` without a test set).
    public var bestTest: (epoch: Int, loss: Double, trainLoss: Double)?
    /// Per layer (first hidden first): the gradient norm, averaged over recent epochs.
    public var gradientNorms: [Float]
    /// Whether every hidden layer of two or more neurons has identical neurons.
    public var hiddenNeuronsIdentical: Bool
    public var divergedAt: Int?
    /// Per layer (first hidden first, output last): the share of units pinned where their slope is 0
    /// (`Evaluator.pinnedShares`); empty when not measured (it costs a pass over the training set, so only
    /// when `TrainingHealth.mightBeSaturated` or `vanishingGradientRatio` says it may decide the diagnosis).
    public var pinnedShares: [Double]

    public init(recent: [EpochRecord], first: EpochRecord?, bestTrainLoss: Double,
                bestTest: (epoch: Int, loss: Double, trainLoss: Double)?, gradientNorms: [Float],
                hiddenNeuronsIdentical: Bool, divergedAt: Int?, pinnedShares: [Double] = []) {
        (self.recent, self.first, self.bestTrainLoss, self.bestTest) = (recent, first, bestTrainLoss, bestTest)
        (self.gradientNorms, self.hiddenNeuronsIdentical, self.divergedAt) = (gradientNorms, hiddenNeuronsIdentical, divergedAt)
        self.pinnedShares = pinnedShares
    }
}

extension TrainingHealth {
    /// Epochs looked back over for oscillation, growth and flatness.
    static let window = 20
    /// Epochs without a 1% improvement that count as stalled (or, at a low loss, converged).
    static let patience = 200
    /// A first-layer gradient below this fraction of the last layer's counts as vanishing. (Two sigmoid layers
    /// give about 0.05 by themselves, a factor of at most 1/4 each: that is not yet the depth problem, and a
    /// too-low rate that leaves such a network at its start must not be blamed on it.)
    static let vanishingRatio = 0.01
    /// Epochs past the best test epoch before a rise counts as overfitting.
    static let overfittingGrace = 10

    /// The diagnosis, most urgent first: diverged, diverging, symmetric, saturated, overfitting,
    /// oscillating, vanishing gradients, converged, stalled, learning.
    public static func assess(_ inputs: HealthInputs) -> TrainingHealth {
        if let epoch = inputs.divergedAt { return .diverged(epoch: epoch) }
        let recent = inputs.recent.map(\.trainLoss)
        guard let current = recent.last, recent.count > 3 else { return .learning }
        // The scale of this loss: what the untrained network had.
        let untrained = inputs.first?.trainLoss ?? recent[0]
        // Diverging means on the way to overflow: growing, and already worse than the untrained network. A
        // rise that stays below that (mini-batch noise at a tiny loss, one of Adam's spikes) comes back;
        // `overshooting` names it when it is large.
        if let factor = growth(recent), current > 2 * inputs.bestTrainLoss, current > untrained {
            return .diverging(factor: factor)
        }
        if inputs.hiddenNeuronsIdentical, recent.count > 3 { return .symmetric }
        guard recent.count > window else {
            // Too few epochs to judge the rest, except a loss that is a ten-thousandth of the untrained one and
            // has stopped moving: solved (a step of about 1 / curvature gets there in an epoch or two).
            let solved = current < 1e-4 * untrained && current < convergedLoss && isFlat(recent.suffix(4))
            return solved ? .converged : .learning
        }
        let last = Array(recent.suffix(window))
        let flat = isFlat(last)
        let norms = inputs.gradientNorms
        // Saturated: flat and high, and either no gradient at all or a whole layer pinned (no signal gets
        // through it, though a few points may still leave a small gradient).
        if mightBeSaturated(recent),
           (norms.max().map { $0 < 1e-4 } ?? false) || inputs.pinnedShares.contains(1) { return .saturated }
        if let best = inputs.bestTest, let test = inputs.recent.last?.testLoss,
           inputs.recent.last!.epoch - best.epoch >= overfittingGrace,
           test > best.loss * 1.1 + 0.005, median(last) < 0.9 * best.trainLoss {
            // (The training loss clearly below where it was at the best test epoch, over the whole window: a
            // rate too high for its batches wanders above and below it, and its test loss with it.)
            return .overfitting(since: best.epoch)
        }
        if overshooting(last, best: inputs.bestTrainLoss, scale: untrained) { return .oscillating }
        // Small gradients are a problem only while the loss is still high: a solved problem has them too.
        if current >= convergedLoss, let ratio = vanishingGradientRatio(norms) {
            // Hidden units pinned at their ends (weights blown up by too high a rate) starve layer 1 too, but
            // relu or fewer layers would not help: that is saturation.
            let pinned = inputs.pinnedShares.dropLast().contains { $0 >= pinnedLayerShare }
            if pinned && current > saturationLoss { return .saturated }
            if !pinned { return .vanishingGradients(ratio: ratio) }
        }
        if current < convergedLoss && flat { return .converged }
        // Low, and gaining nothing over 100 epochs that shows against the untrained loss (mini-batch noise keeps
        // it from being flat): XOR at 0.0003 and 100% is done, not "learning".
        if current < convergedLoss, recent.count > 100 {
            let gain = recent.suffix(100).prefix(10).min()! - recent.suffix(10).min()!
            if gain < 0.002 * untrained { return .converged }
        }
        if inputs.recent.count > patience {
            // The best of the last window against the best of the window `patience` epochs ago, so that
            // mini-batch noise does not flip the diagnosis from epoch to epoch.
            let losses = inputs.recent.map(\.trainLoss)
            let then = losses.prefix(window).min()!, now = losses.suffix(window).min()!
            if now > then * 0.99 { return now > 0.05 ? .stalled : .converged }
        }
        return .learning
    }

    /// The first layer's gradient norm over the last's when it is small enough to count as vanishing (below
    /// `vanishingRatio` through two or more layers; exactly 0, no gradient through step units, through one).
    public static func vanishingGradientRatio(_ norms: [Float]) -> Double? {
        guard norms.count >= 2, let firstNorm = norms.first, let lastNorm = norms.last, lastNorm > 0 else { return nil }
        let ratio = Double(firstNorm / lastNorm)
        // Through one layer a small ratio is normal; exactly 0 means no gradient gets through (step units).
        return ratio < vanishingRatio && (norms.count >= 3 || ratio == 0) ? ratio : nil
    }

    /// A hidden layer with this share of its units pinned makes small gradients saturation, not depth.
    static let pinnedLayerShare = 0.5

    /// The middle value of `values` (the upper one of an even count); `values` not empty.
    private static func median(_ values: some Collection<Double>) -> Double { values.sorted()[values.count / 2] }

    /// Whether the training losses `last` stay within 0.5% of their highest.
    static func isFlat(_ last: some Collection<Double>) -> Bool {
        guard let low = last.min(), let high = last.max() else { return false }
        return high - low <= 0.005 * Swift.max(high, 1e-9)
    }

    /// A training loss below which a flat run has converged.
    static let convergedLoss = 0.02

    /// A training loss above which a flat run may be saturated.
    static let saturationLoss = 0.1

    /// Whether `recent` training losses (oldest first) are flat and high: when a saturated diagnosis is
    /// possible, and worth measuring which units are pinned.
    public static func mightBeSaturated(_ recent: [Double]) -> Bool {
        guard let current = recent.last, recent.count > window, current > saturationLoss else { return false }
        // Flat but for at most three epochs each way: a pinned network's loss repeats to four digits, and one
        // of Adam's kicks that moves nothing must not turn the diagnosis into "oscillating" for twenty epochs.
        return isFlat(recent.suffix(window).sorted().dropFirst(3).dropLast(3))
    }

    /// Whether the window shows steps that overshoot: the loss jumps by a good part of itself from epoch to
    /// epoch with no net progress, or it stays well above its best. Medians throughout, so one spike (of
    /// Adam, or of an unlucky batch) does not count; mini-batch noise on a falling trend or on a plateau is
    /// neither (batches of 10 at a sound rate jump by 10–15% of the loss from epoch to epoch), and neither
    /// are jumps and rises too small to matter against `scale`, the untrained network's loss (a classifier
    /// bouncing between 0.015 and 0.03 is at 100% accuracy).
    private static func overshooting(_ last: [Double], best: Double, scale: Double) -> Bool {
        let half = last.count / 2
        let earlier = median(last.prefix(half)), later = median(last.suffix(half))
        let jump = median(zip(last, last.dropFirst()).map { Swift.abs($1 - $0) })
        if jump > jumpShare * median(last), jump > Swift.max(0.005, 0.05 * scale), later > 0.97 * earlier { return true }
        let stuckHigh = last.suffix(5).min()! > 1.5 * best && later > 2 * best && later - best > 0.1 * scale
        return stuckHigh
    }

    /// The median epoch-to-epoch jump, as a share of the median loss, above which steps overshoot.
    static let jumpShare = 0.2

    /// The growth per epoch when each of the last epochs multiplied the loss by more than 1.1, else `nil`.
    private static func growth(_ losses: [Double]) -> Double? {
        let last = Array(losses.suffix(4))
        let factors = zip(last, last.dropFirst()).map { $1 / Swift.max($0, 1e-12) }
        guard factors.count == 3, factors.allSatisfy({ $0 > 1.1 }) else { return nil }
        return Libm.exp(factors.map { Libm.log($0) }.reduce(0, +) / Double(factors.count))  // geometric mean
    }
}
