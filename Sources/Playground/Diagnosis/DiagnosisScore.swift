/// The diagnosis scored against hindsight, the way a classifier is scored: per state said, how often the
/// run's own future agrees (precision) and the lies told (L1–L4, `Hindsight.Lie`); per truth, how often it
/// was said (recall) and how many epochs it took (latency).
public struct DiagnosisScore: Sendable {
    public struct SaidRow: Sendable {
        /// Epochs (after the warm-up, with a future long enough to judge) that said the state.
        public var epochs = 0
        /// Of those, the epochs whose truth the state allows (`allowedTruths`).
        public var agreeing = 0
        public var precision: Double? { epochs > 0 ? Double(agreeing) / Double(epochs) : nil }
    }

    public struct TruthRow: Sendable {
        public var epochs = 0
        /// Of those, the epochs whose diagnosis named the truth (`names(for:)`).
        public var named = 0
        /// Per stretch of this truth that the diagnosis named: epochs from the stretch's start to the first
        /// epoch that named it.
        public var latencies: [Int] = []
        /// Stretches never named.
        public var missedStretches = 0
        public var recall: Double? { epochs > 0 ? Double(named) / Double(epochs) : nil }
    }

    public private(set) var said: [String: SaidRow] = [:]
    public private(set) var truths: [Hindsight.Truth: TruthRow] = [:]
    /// Epochs per state said and truth: where the imprecision is.
    public private(set) var confusion: [String: [Hindsight.Truth: Int]] = [:]
    public private(set) var lies: [Hindsight.Lie: Int] = [:]
    /// Where each lie was told: the run's index and the epoch.
    public private(set) var lieEpochs: [(run: Int, epoch: Int, lie: Hindsight.Lie)] = []
    public private(set) var runs = 0
    public private(set) var judgedEpochs = 0

    public init() {}

    /// The truths a said state claims: what must be so for it to be right.
    public static func allowedTruths(_ name: String) -> Set<Hindsight.Truth> {
        switch name {
        case "learning": return [.learning]
        case "slow", "settling": return [.learning, .flat]
        case "converged", "stalled", "saturated", "oscillating": return [.flat]
        case "overfitting": return [.overfitting, .rising]
        case "diverging", "diverged": return [.diverging]
        default: return [.learning, .flat]  // causes (vanishing gradients, symmetric): not a claim about the trend
        }
    }

    /// The states that name a truth.
    public static func names(for truth: Hindsight.Truth) -> Set<String> {
        switch truth {
        case .diverging: return ["diverging", "diverged"]
        case .overfitting, .rising: return ["overfitting"]
        case .learning: return ["learning", "slow", "settling", "vanishing_gradients", "symmetric"]
        case .flat:
            return [
                "converged", "stalled", "settling", "saturated", "oscillating", "slow", "vanishing_gradients",
                "symmetric",
            ]
        }
    }

    /// Adds one run: `said[t]` is the diagnosis after epoch t (index 0 unused), through the epoch it diverged.
    public mutating func add(_ run: Hindsight, said: [TrainingHealth], index: Int) {
        runs += 1
        var stretch: (truth: Hindsight.Truth, start: Int, named: Bool)?
        func closeStretch() {
            if let s = stretch, !s.named { truths[s.truth, default: TruthRow()].missedStretches += 1 }
            stretch = nil
        }
        for t in stride(from: Hindsight.warmUp, to: said.count, by: 1) {
            let health = said[t]
            if let lie = run.lie(saying: health, at: t) {
                lies[lie, default: 0] += 1
                lieEpochs.append((index, t, lie))
            }
            guard let truth = run.truth(at: t) else { closeStretch(); continue }
            judgedEpochs += 1
            self.said[health.name, default: SaidRow()].epochs += 1
            confusion[health.name, default: [:]][truth, default: 0] += 1
            if Self.allowedTruths(health.name).contains(truth) { self.said[health.name]!.agreeing += 1 }
            let names = Self.names(for: truth).contains(health.name)
            truths[truth, default: TruthRow()].epochs += 1
            if names { truths[truth]!.named += 1 }
            if stretch?.truth != truth { closeStretch(); stretch = (truth, t, false) }
            if names, !stretch!.named {
                stretch!.named = true
                truths[truth]!.latencies.append(t - stretch!.start)
            }
        }
        closeStretch()
        // L3: the run must say it diverges in the epoch it is seen to, or the next.
        if let event = run.divergenceEpoch, event < said.count {
            let window = said[event..<Swift.min(event + 2, said.count)]
            if !window.contains(where: { $0.name == "diverging" || $0.name == "diverged" }) {
                lies[.l3, default: 0] += 1
                lieEpochs.append((index, event, .l3))
            }
        }
    }

    public var totalLies: Int { lies.values.reduce(0, +) }
}
