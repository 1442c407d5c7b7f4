/// What `TrainingHealth.assess` reads: recent history and running bests, so a diagnosis costs the same at
/// epoch 10 and at epoch 100,000.
public struct HealthInputs: Sendable {
    /// The records since the run (re)started — its start or the last restore of the best weights — oldest
    /// first, at most `TrainingHealth.historyNeeded`.
    public var recent: [EpochRecord]
    /// The untrained network's record: the scale of every loss level.
    public var first: EpochRecord?
    /// The lowest training loss so far.
    public var bestTrainLoss: Double
    /// The record of the best test epoch (`nil` without a test set).
    public var bestTest: EpochRecord?
    /// Per layer (first hidden first): the gradient norm, averaged over recent epochs.
    public var gradientNorms: [Float]
    /// Whether every hidden layer of two or more neurons has identical neurons.
    public var hiddenNeuronsIdentical: Bool
    public var divergedAt: Int?
    /// Per layer (first hidden first, output last): the share of units pinned where their slope is 0
    /// (`Evaluator.pinnedShares`); empty when not measured (it costs a pass over the training set, so only
    /// when `TrainingHealth.mightBeSaturated` or `vanishingGradientRatio` says it may decide the diagnosis).
    public var pinnedShares: [Double]
    /// Whether every hidden layer is linear: a small first-layer gradient is then the depth and the
    /// initialisation, which no other activation would cure.
    public var linearHiddenLayers: Bool
    /// The loss of the best constant prediction on the training set (`OutputHead.chanceLoss`): a run flat
    /// near it has learned nothing, however far its untrained loss was above.
    public var chanceLoss: Double?
    /// The rate against the stability limit, when the sharpness was measured and the rate is past it.
    public var overshoot: Overshoot?

    public init(
        recent: [EpochRecord], first: EpochRecord?, bestTrainLoss: Double, bestTest: EpochRecord?,
        gradientNorms: [Float], hiddenNeuronsIdentical: Bool = false, divergedAt: Int? = nil,
        pinnedShares: [Double] = [], linearHiddenLayers: Bool = false, chanceLoss: Double? = nil,
        overshoot: Overshoot? = nil
    ) {
        (self.recent, self.first, self.bestTrainLoss, self.bestTest) = (recent, first, bestTrainLoss, bestTest)
        (self.gradientNorms, self.hiddenNeuronsIdentical, self.divergedAt) = (
            gradientNorms, hiddenNeuronsIdentical, divergedAt
        )
        (self.pinnedShares, self.linearHiddenLayers, self.overshoot) = (pinnedShares, linearHiddenLayers, overshoot)
        self.chanceLoss = chanceLoss
    }
}
