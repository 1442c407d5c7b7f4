import Playground

/// The diagnosis the screen shows: the snapshot's, held against flicker.
///
/// Why it exists: a diagnosis read from the last epochs can alternate between two states from one epoch to
/// the next when a rule sits on its threshold (a rate that bounces between "oscillating" and "stalled", a
/// gradient ratio hovering at 0.05), and on a projector that reads as noise, not as a finding. A new state is
/// shown once the shown one has been contradicted for `epochs` epochs running, or for `seconds` of training
/// at the snapshot's pace if that is more (at 400 epochs/s the snapshots are 15 epochs apart); diverging,
/// diverged and the exact states (`isUrgent`) show at once, and so does everything at the start of a run (an
/// earlier epoch, or another generation). `train --json` and the lesson checks read the diagnosis itself,
/// epoch by epoch.
public struct DiagnosisHold: Sendable, Equatable {
    /// What the diagnosis line says.
    public private(set) var shown: TrainingHealth = .measuring
    /// The epoch `shown` took over.
    private var shownSince = 0
    /// The diagnoses observed since, within the hold (oldest first).
    private var recent: [Observation] = []
    private var lastEpoch = -1
    private var lastGeneration: Int?
    private var lastRestore: Int?

    /// Epochs a diagnosis holds before another can replace it…
    public static let epochs = 10
    /// …or seconds of training, whichever is more.
    public static let seconds = 1.5

    private struct Observation: Sendable, Equatable {
        let epoch: Int
        let health: TrainingHealth
    }

    public init() {}

    /// Takes the diagnosis of the snapshot at `epoch` of run `generation`, trained at `epochsPerSecond` (0
    /// when paused), whose last restore of the best weights was at `restoredAt`. After the hold, the shown
    /// state gives way to one that two thirds of the epochs within the hold say; or, if it is not a problem
    /// itself, to the commonest problem when more than half say some problem (a run taking turns between
    /// "oscillating", "stalled" and "learning" is not learning). A state fewer than a third of the epochs
    /// within the hold still say gives way too, a problem as well (a "diverging" said at one spike must not
    /// stay on a run that then bounces without growing): to the commonest problem when more than half say
    /// one, else to the commonest state. The hold counts epochs: repeated snapshots of one epoch add
    /// nothing. A new run, an earlier epoch or a restore starts afresh.
    public mutating func observe(
        _ health: TrainingHealth, epoch: Int, generation: Int, epochsPerSecond: Double = 0,
        restoredAt: Int? = nil
    ) {
        defer { (lastEpoch, lastGeneration, lastRestore) = (epoch, generation, restoredAt) }
        if lastGeneration != generation || epoch < lastEpoch || restoredAt != lastRestore || Self.isUrgent(health) {
            show(health, at: epoch)
            return
        }
        if epoch == lastEpoch {
            // The same epoch again (a paused trainer republishing): nothing new is observed.
            if health.name == shown.name { shown = health }
            return
        }
        if health.name == shown.name { shown = health }  // the same state keeps its numbers current
        let hold = Swift.max(Double(Self.epochs), epochsPerSecond.isFinite ? epochsPerSecond * Self.seconds : 0)
        recent.append(Observation(epoch: epoch, health: health))
        recent.removeFirst(recent.prefix { Double(epoch - $0.epoch) > hold }.count)
        if recent.count > 256 { recent.removeFirst(recent.count - 256) }
        guard Double(epoch - shownSince) >= hold else { return }
        guard let leader = Self.commonest(recent) else { return }
        let problems = recent.filter(\.health.isProblem)
        let worst = 2 * problems.count > recent.count ? Self.commonest(problems) : nil
        let stillSaid = 3 * recent.filter({ $0.health.name == shown.name }).count >= recent.count
        if leader.name != shown.name, 3 * recent.filter({ $0.health.name == leader.name }).count >= 2 * recent.count {
            show(leader, at: epoch)
        } else if !shown.isProblem || !stillSaid, let worst, worst.name != shown.name {
            show(worst, at: epoch)
        } else if !stillSaid, worst == nil {
            show(leader, at: epoch)  // what the run no longer says gives way, a warning too
        }
    }

    /// Makes the next observation a fresh start (the compare view's other side is another run).
    public mutating func restart() { lastGeneration = nil }

    private mutating func show(_ health: TrainingHealth, at epoch: Int) {
        shown = health
        shownSince = epoch
        recent = []
    }

    /// The state observed most often (its latest numbers); ties go to the latest.
    private static func commonest(_ observations: [Observation]) -> TrainingHealth? {
        var counts: [String: Int] = [:]
        for observation in observations { counts[observation.health.name, default: 0] += 1 }
        return observations.reversed().max { counts[$0.health.name]! < counts[$1.health.name]! }?.health
    }

    /// States that show at once: the run is on its way to overflow, or there; or the state is exact, never on
    /// a threshold (identical neurons, no gradient at all through step units), and a lesson stepping epoch by
    /// epoch says it from the first epochs.
    static func isUrgent(_ health: TrainingHealth) -> Bool {
        switch health {
        case .diverging, .diverged, .symmetric: return true
        case .vanishingGradients(let ratio): return ratio == 0
        default: return false
        }
    }
}
