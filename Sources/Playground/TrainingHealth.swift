/// How training is going, read from the loss history, so the UI and the CLI can say what a person should
/// do about it.
public enum TrainingHealth: Sendable, Equatable {
    /// Not enough history yet, or the loss is going down.
    case learning
    /// The loss jumps up and down instead of falling: the learning rate is probably too high.
    case oscillating
    /// The loss is far above the best it has been.
    case farAboveBest
    /// The loss has not improved for a long time while still high.
    case stalled
    /// A loss or a weight became NaN or infinite at `epoch`; training stopped.
    case diverged(epoch: Int)

    /// One line for a status bar.
    public var advice: String? {
        switch self {
        case .learning: return nil
        case .oscillating: return "loss oscillating — learning rate too high? lower it"
        case .farAboveBest: return "loss far above its best — learning rate too high? lower it"
        case .stalled: return "loss stalled — try another learning rate, activation or more neurons"
        case .diverged(let epoch): return Self.divergedLines(epoch: epoch).joined(separator: " — ")
        }
    }

    /// What the notice of a diverged run says, a line each: the heatmap stacks them, the status line and
    /// `advice` join them.
    public static func divergedLines(epoch: Int) -> [String] {
        ["diverged at epoch \(epoch)", "learning rate too high?", "press r to reset"]
    }

    /// Epochs looked back over for oscillation.
    static let window = 20
    /// Epochs without a 1% improvement that count as stalled.
    static let patience = 200

    /// Reads the training loss of `history` (one record per epoch, oldest first).
    public static func assess(_ history: [EpochRecord], divergedAt: Int?) -> TrainingHealth {
        if let epoch = divergedAt { return .diverged(epoch: epoch) }
        guard history.count > window, let current = history.last?.trainLoss else { return .learning }
        let best = history.lazy.map(\.trainLoss).min()!
        let recent = history.suffix(window).map(\.trainLoss)
        let rises = zip(recent, recent.dropFirst()).filter { $1 > $0 * 1.01 + 1e-9 }.count
        let swing = recent.max()! - recent.min()!
        // Jitter of a few thousandths at a low loss (Adam near a minimum) is not worth a warning.
        if rises >= window / 3 && swing > 0.1 * recent.min()! && swing > 0.02 { return .oscillating }
        if current > 2 * best && current - best > 0.05 { return .farAboveBest }
        if history.count > patience && current > 0.05 {
            let before = history[history.count - 1 - patience].trainLoss
            if current > before * 0.99 { return .stalled }
        }
        return .learning
    }
}
