/// Every threshold of the diagnosis, each with why it has its value. Levels are relative to the untrained
/// network's training loss (its scale: 0.69 for log loss on two balanced classes, whatever a regression's
/// targets give) or to the measured noise, never absolute losses. The scored corpus
/// (`nnplay diagnose-bench`) measures them together; change one only with its table.
public enum DiagnosisThresholds {
    // MARK: - Trends (`LossTrend`)

    /// Epochs in a median block: enough for its median to shrug off a few spikes.
    public static let trendBlock = 25
    /// Epochs between the two blocks a trend compares (the window hindsight's lie L2 reads).
    public static let trendSpan = 50
    /// Standard errors a change must exceed to count: at 3 a flat noisy loss passes by chance about 3 times
    /// in 1,000 epochs.
    public static let noiseMultiple = 3.0
    /// A relative change no larger than float32 round-off of a mean loss: a full-batch run at its minimum has
    /// no noise to measure, and its last digits still move.
    public static let roundOff = 1e-5
    /// Epochs of history below which the noise is not measured and only `earlyChange` counts.
    public static let noiseEpochs = 6
    /// A relative change that counts before the noise can be measured (the first few epochs).
    public static let earlyChange = 0.02

    // MARK: - Progress

    /// A fall of at least this share of the loss over the trend's span is "learning"; a measurable fall
    /// below it is "slow". 1% per 50 epochs is where hindsight's L2 calls a loss not fallen.
    public static let learningFall = 0.01
    /// Below this share of the untrained loss a flat run has converged. Above it, a flat loss can still be a
    /// plateau it escapes from (hindsight's lie L4 counts "converged" there when the loss halves next).
    public static let convergedShare = 0.05
    /// Epochs without a measurable fall after which a run that has learned something (below
    /// `learnedShare` of its untrained loss) is converged at its level: the data's noise sets a floor.
    public static let plateauEpochs = 300
    /// A plateau's loss at most this many times its lowest over `plateauEpochs` is at its floor; above, it is
    /// on a spike of its batches' noise.
    public static let floorMultiple = 1.5
    /// The largest change of the test loss over `plateauEpochs` that still counts as flat for a plateau
    /// (the test set is smaller and noisier than the training set, hence more than `learningFall`).
    public static let testPlateauChange = 0.05
    /// A plateau whose epoch-to-epoch noise is above this share of its level is jumping about, not settled.
    public static let plateauNoise = 0.03
    /// Below this share of the untrained loss and of the best constant prediction's, a loss without a
    /// measurable fall is settling (noise may hide a slow fall), not stalled: it has learned most of what
    /// there was.
    public static let settledShare = 0.25
    /// A run still above this share of its untrained loss, or of the best constant prediction's, has learned
    /// nothing: flat there is "stalled".
    public static let learnedShare = 0.9

    // MARK: - Divergence

    /// A loss above this many times the untrained one, and growing, is diverging at once.
    public static let divergingMultiple = 10.0
    /// Growth per epoch, three epochs running, that is diverging once above the untrained loss.
    public static let growthPerEpoch = 1.1

    // MARK: - Overfitting

    /// Epochs past the best test epoch before a creeping test loss counts.
    public static let overfittingGrace = 10
    /// A test loss this much above its best (and `noiseMultiple` noise above it) is creeping up.
    public static let testRise = 0.1
    /// A test loss this many times its best, with the train loss below its value then, is overfitting
    /// whatever the grace (hindsight's lie L1 counts "learning" there).
    public static let testRiseAtOnce = 1.5
    /// A fall of test accuracy from its value at the best test epoch that makes overfitting a warning: two
    /// points in a hundred are more than one test point moving across the boundary.
    public static let accuracyDrop = 0.02

    // MARK: - Oscillation

    /// The median epoch-to-epoch jump, as a share of the median loss, above which steps overshoot (batches
    /// of 10 at a sound rate jump by 10–15% of the loss).
    public static let jumpShare = 0.2
    /// Jumps smaller than this share of the untrained loss do not count (a classifier bouncing between
    /// 0.015 and 0.03 is at 100% accuracy).
    public static let jumpScale = 0.05
    /// A loss stuck above this many times its best is climbing away from it.
    public static let stuckMultiple = 1.5

    // MARK: - Causes

    /// A first-layer gradient below this fraction of the last layer's counts as vanishing. (Two sigmoid
    /// layers give about 0.05 by themselves, a factor of at most 1/4 each.)
    public static let vanishingRatio = 0.01
    /// A hidden layer with this share of its units pinned makes small gradients saturation, not depth.
    public static let pinnedLayerShare = 0.5
    /// A flat loss above this share of the untrained one may be saturation.
    public static let saturationShare = 0.15
    /// Gradients below this are none (float32 noise of a pinned network).
    public static let noGradient: Float = 1e-4
    /// A loss below this share of the untrained one, flat over 4 epochs, is solved at once.
    public static let solvedShare = 1e-4
}
