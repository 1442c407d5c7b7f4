import NeuralEngine

/// What is happening to training, read from the train and test history, the gradient norms, the weights
/// and the sharpness, so the UI and the CLI can name it with the right advice. Each case says only what the
/// numbers show, and the scored corpus (`nnplay diagnose-bench`) checks it against each run's own future.
public enum TrainingHealth: Sendable, Equatable {
    /// Too few epochs since the start (or a restore) to tell a trend from noise, and no change large enough
    /// to need none.
    case measuring
    /// The training loss falls measurably, by at least `DiagnosisThresholds.learningFall` over its trend.
    case learning(LossTrend)
    /// The training loss falls measurably, but by less than that.
    case slow(LossTrend)
    /// Train and test loss are flat, the training loss low (or flat for long after learning something).
    case converged
    /// The training loss does not fall measurably while still high.
    case stalled
    /// The training loss does not fall measurably, but it is low already (under `settledShare` of the
    /// untrained loss and of the best constant prediction's) and not yet flat for long: mini-batch noise may
    /// hide a slow fall. Not a problem; `share` is the loss over the untrained one.
    case settling(share: Double)
    /// The test loss has risen above its best (at `since`) while the training loss kept falling. `warning`:
    /// the test accuracy fell too (or, for regression, the test loss rose by half); without it the test loss
    /// is creeping up at unchanged accuracy (the network grows over-confident), a calm note.
    case overfitting(since: Int, warning: Bool)
    /// The training loss jumps up and down, or climbs well above its best: steps overshoot. With the
    /// sharpness measured, `overshoot` says by how much the rate is past the stability limit.
    case oscillating(overshoot: Overshoot?)
    /// The training loss grows by about `factor` per epoch, on its way to overflow: it is already above the
    /// untrained network's.
    case diverging(factor: Double, overshoot: Overshoot?)
    /// At `epoch` the loss grew a millionfold or a loss or weight became NaN or infinite; training stopped.
    case diverged(epoch: Int)
    /// The loss is flat and high with no gradient, or a whole layer pinned where its slope is 0 on most
    /// training points (a bounded output stuck at ±1, dead ReLUs). A smaller learning rate alone will not
    /// bring it back.
    case saturated
    /// The first layer's gradient norm is `ratio` (≪ 1) of the last layer's: the early layers barely learn.
    case vanishingGradients(ratio: Double)
    /// The hidden neurons of each layer are identical (zero or constant initialisation): they get identical
    /// gradients and stay copies of each other.
    case symmetric

    /// The name in `nnplay train --json` (an interface: keep these spellings).
    public var name: String {
        switch self {
        case .measuring: return "measuring"
        case .learning: return "learning"
        case .slow: return "slow"
        case .converged: return "converged"
        case .stalled: return "stalled"
        case .settling: return "settling"
        case .overfitting: return "overfitting"
        case .oscillating: return "oscillating"
        case .diverging: return "diverging"
        case .diverged: return "diverged"
        case .saturated: return "saturated"
        case .vanishingGradients: return "vanishing_gradients"
        case .symmetric: return "symmetric"
        }
    }

    /// Every name, as `nnplay train --json` and presets' `shows:` spell them.
    public static let names = [
        "measuring", "learning", "slow", "converged", "stalled", "settling", "overfitting", "oscillating", "diverging",
        "diverged", "saturated", "vanishing_gradients", "symmetric",
    ]

    /// The diagnosis as one line (without its mark), for the diagnosis line, `train`'s summary and the
    /// status line. `trainLoss` is the latest training loss (for "converged").
    public func line(trainLoss: Double? = nil) -> String {
        switch self {
        case .measuring:
            return "measuring: too few epochs yet to tell a trend from noise"
        case .learning(let trend): return "learning: train loss \(trend.description)"
        case .slow(let trend):
            return "slow: train loss \(trend.description) — a higher learning rate or momentum / adam would speed it up"
        case .converged:
            return "converged: train and test loss flat"
                + (trainLoss.map { " (train \(NumberFormat.significant($0)))" } ?? "")
        case .stalled: return "loss stalled — try another learning rate, activation or more neurons"
        case .settling(let share):
            return
                "settling: no measurable fall in 50 epochs at \(NumberFormat.significant(100 * share, digits: 2))% of the "
                + "untrained loss — batch noise may hide a slow fall; a lower rate or larger batches settle it"
        case .overfitting(let epoch, true):
            return "overfitting since epoch \(epoch): test loss rising while train loss falls — early stopping would "
                + "stop at \(epoch) (b restores it); try L2 / dropout / more data"
        case .overfitting(let epoch, false):
            return "test loss creeping up since epoch \(epoch) (the network grows over-confident), accuracy unchanged; "
                + "early stopping would stop at \(epoch)"
        case .oscillating(let overshoot?):
            return "oscillating: " + overshoot.sentence + " — lower it with ["
        case .oscillating(nil): return "loss oscillating — learning rate too high? lower it with ["
        case .diverging(let factor, let overshoot):
            return "diverging: loss ×\(NumberFormat.significant(factor, digits: 2)) per epoch — "
                + (overshoot.map { $0.sentence + "; " } ?? "learning rate too high; ")
                + "lower it with [ before it overflows"
        case .diverged(let epoch): return Self.divergedLines(epoch: epoch).joined(separator: " — ")
        case .saturated:
            return
                "saturated: units pinned where their slope is 0, little gradient flows — a lower rate alone will not "
                + "bring it back; r resets"
        case .vanishingGradients(let ratio) where ratio == 0:
            return "no gradient reaches layer 1: its units' slope is 0 (step units), so only the layers above it "
                + "learn — use tanh, sigmoid or relu"
        case .vanishingGradients(let ratio):
            return "vanishing gradients: layer 1 gets \(NumberFormat.significant(ratio, digits: 2))× the last layer's "
                + "gradient — try relu, fewer layers or he init"
        case .symmetric:
            return "symmetric: the hidden neurons of a layer are identical copies (zero init) — they learn alike; "
                + "r with another init"
        }
    }

    /// The line when it names a problem or gives advice, else `nil` (learning, converged).
    public var advice: String? {
        switch self {
        case .measuring, .learning, .converged: return nil
        default: return line()
        }
    }

    /// Whether the state is a problem worth a warning colour.
    public var isProblem: Bool {
        switch self {
        case .measuring, .learning, .slow, .converged, .settling, .overfitting(_, false): return false
        default: return true
        }
    }

    /// What the notice of a diverged run says, a line each: the heatmap stacks them, the status line and
    /// `advice` join them.
    public static func divergedLines(epoch: Int) -> [String] {
        ["diverged at epoch \(epoch)", "learning rate too high?", "press r to reset"]
    }
}

/// A learning rate past the stability limit: gradient descent at rate η overshoots the sharpest direction
/// of the loss (curvature λ, the Hessian's largest eigenvalue) once η > 2/λ (`StabilityLimit`).
public struct Overshoot: Sendable, Equatable {
    /// The learning rate.
    public var learningRate: Double
    /// The largest stable learning rate (2/λ for plain gradient descent).
    public var limit: Double
    /// How it is written: "2/λ", "2(1+β)/λ".
    public var formula: String

    public init(learningRate: Double, limit: Double, formula: String) {
        (self.learningRate, self.limit, self.formula) = (learningRate, limit, formula)
    }

    /// "η is 1.07× the stability limit 2/λ = 1.96: each step overshoots the sharpest direction".
    public var sentence: String {
        "η is \(NumberFormat.significant(learningRate / limit, digits: 3))× the stability limit \(formula) = "
            + "\(NumberFormat.significant(limit, digits: 3)): each step overshoots the sharpest direction"
    }
}
