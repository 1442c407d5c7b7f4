import NeuralEngine

/// What is happening to training, read from the train and test history, the gradient norms and the
/// weights, so the UI and the CLI can name it with the right advice. Each case says only what the numbers
/// show: a diagnosis on screen must be true.
public enum TrainingHealth: Sendable, Equatable {
    /// The loss is going down (or there is not enough history yet to say more).
    case learning
    /// The training loss is low and no longer moving.
    case converged
    /// The loss has not improved for a long time while still high.
    case stalled
    /// Test loss has risen clearly above its best (at `since`) while the training loss kept falling.
    case overfitting(since: Int)
    /// The training loss jumps up and down, or climbs well above its best: steps overshoot.
    case oscillating
    /// The training loss grows by about `factor` per epoch, on its way to overflow: it is already above the
    /// untrained network's.
    case diverging(factor: Double)
    /// At `epoch` the loss grew a millionfold or a loss or weight became NaN or infinite; training stopped.
    case diverged(epoch: Int)
    /// The loss is flat and high with gradients below 1e-4, or a whole layer pinned where its slope is 0 on most
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
        case .learning: return "learning"
        case .converged: return "converged"
        case .stalled: return "stalled"
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
    public static let names = ["learning", "converged", "stalled", "overfitting", "oscillating", "diverging", "diverged",
                               "saturated", "vanishing_gradients", "symmetric"]

    /// One line naming what happens and what to do, or `nil` while all is well.
    public var advice: String? {
        switch self {
        case .learning, .converged: return nil
        case .stalled: return "loss stalled — try another learning rate, activation or more neurons"
        case .overfitting(let epoch):
            return "overfitting since epoch \(epoch): test loss rising while train loss falls — early stopping would "
                + "stop at \(epoch) (b restores it); try L2 / dropout / more data"
        case .oscillating: return "loss oscillating — learning rate too high? lower it with ["
        case .diverging(let factor):
            return "diverging: loss ×\(NumberFormat.significant(factor, digits: 2)) per epoch — learning rate too high; "
                + "lower it with [ before it overflows"
        case .diverged(let epoch): return Self.divergedLines(epoch: epoch).joined(separator: " — ")
        case .saturated:
            return "saturated: units pinned where their slope is 0, little gradient flows — a lower rate alone will not "
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

    /// Whether the state is a problem worth a warning colour.
    public var isProblem: Bool { advice != nil }

    /// What the notice of a diverged run says, a line each: the heatmap stacks them, the status line and
    /// `advice` join them.
    public static func divergedLines(epoch: Int) -> [String] {
        ["diverged at epoch \(epoch)", "learning rate too high?", "press r to reset"]
    }
}
