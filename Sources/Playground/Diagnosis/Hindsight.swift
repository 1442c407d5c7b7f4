/// What a run's own later epochs show about each of its epochs: the truth a diagnosis is scored against
/// (`DiagnosisScore`), and the lies it must never tell.
///
/// Epochs are read from the recorded history (`records[t]` is epoch t, 0 the untrained network). A run that
/// diverged at `divergedAt` has no record from then on.
public struct Hindsight: Sendable {
    public let records: [EpochRecord]
    public let divergedAt: Int?

    public init(records: [EpochRecord], divergedAt: Int?) {
        (self.records, self.divergedAt) = (records, divergedAt)
    }

    /// Epochs before this are not judged: a diagnosis needs some history.
    public static let warmUp = 30

    /// The truth at an epoch, most pressing first.
    public enum Truth: String, Sendable, CaseIterable {
        /// The run diverges within 10 epochs, or its loss is above 10× the untrained one and growing.
        case diverging
        /// Lie L1's condition: the test loss ≥ 1.5× its best so far and ≥ 0.02 above it, the train loss below
        /// its value at that best epoch, and the next 50 epochs' median test loss still ≥ 1.4× the best.
        case overfitting
        /// The test loss ≥ 1.1× its best so far, now and in the median of the next 50 epochs, with the train
        /// loss below its value at that best epoch: creeping up, not (yet) L1's overfitting.
        case rising
        /// The train loss falls 1% from the median of the last 25 epochs to the median of epochs t+26…t+50, or
        /// (at 5% of the untrained loss or more) halves within 150 epochs.
        case learning
        /// None of the above: nothing more is learned.
        case flat
    }

    var untrained: Double { records[0].trainLoss }
    /// The last recorded epoch.
    var end: Int { records.count - 1 }

    private func train(_ range: ClosedRange<Int>) -> [Double] { records[range].map(\.trainLoss) }
    private func test(_ range: ClosedRange<Int>) -> [Double] { records[range].map(\.testLoss) }

    /// The truth at epoch `t`, or `nil` when the run's future is too short to say it.
    public func truth(at t: Int) -> Truth? {
        if let divergedAt, divergedAt - t <= 10 { return .diverging }
        if t <= end, isDivergenceEvent(t) { return .diverging }
        guard t + 150 <= end, t >= 75 else { return nil }
        if isOverfitting(t) { return .overfitting }
        if isRising(t) { return .rising }
        return fallsLater(t) ? .learning : .flat
    }

    /// L3's event: the loss above 10× the untrained one and above the epoch before's.
    public func isDivergenceEvent(_ t: Int) -> Bool {
        t >= 1 && records[t].trainLoss > 10 * untrained && records[t].trainLoss > records[t - 1].trainLoss
    }

    /// The first epoch at which the run is seen to diverge (L3): its first divergence event or the epoch it
    /// stopped at.
    public var divergenceEpoch: Int? {
        (1...Swift.max(end, 1)).first { $0 <= end && isDivergenceEvent($0) } ?? divergedAt
    }

    /// The best test epoch up to `t` (the first of equal losses).
    private func bestTest(upTo t: Int) -> EpochRecord {
        records[0...t].min { $0.testLoss < $1.testLoss }!
    }

    /// L1's condition at `t` (see `Truth.overfitting`); needs 50 epochs of future.
    public func isOverfitting(_ t: Int) -> Bool {
        guard t + 50 <= end, records[t].testLoss.isFinite else { return false }
        let best = bestTest(upTo: t), now = records[t]
        return now.testLoss >= 1.5 * best.testLoss && now.testLoss >= best.testLoss + 0.02
            && now.trainLoss < best.trainLoss && LossTrend.median(test((t + 1)...(t + 50))) >= 1.4 * best.testLoss
    }

    private func isRising(_ t: Int) -> Bool {
        let best = bestTest(upTo: t), now = records[t]
        return now.testLoss >= 1.1 * best.testLoss && now.trainLoss < best.trainLoss
            && LossTrend.median(test((t + 1)...(t + 50))) >= 1.1 * best.testLoss
    }

    /// Whether the train loss is seen to fall after `t` (see `Truth.learning`); needs 150 epochs of future.
    private func fallsLater(_ t: Int) -> Bool {
        let now = LossTrend.median(train((t - 24)...t))
        if LossTrend.median(train((t + 26)...(t + 50))) < 0.99 * now { return true }
        let current = records[t].trainLoss
        return current >= 0.05 * untrained && train((t + 1)...(t + 150)).min()! <= 0.5 * current
    }

    // MARK: - Lies

    /// The lie told by saying `health` at epoch `t`, if it is one.
    public func lie(saying health: TrainingHealth, at t: Int) -> Lie? {
        guard t >= Self.warmUp, t <= end else { return nil }
        switch health.name {
        case "learning", "slow", "converged":
            if isOverfitting(t) { return .l1 }
            if health.name == "learning", isUnlearning(t) { return .l2 }
            if health.name == "converged", isConvergedTooEarly(t) { return .l4 }
        default: break
        }
        return nil
    }

    /// The lies a diagnosis can tell.
    public enum Lie: String, Sendable, CaseIterable {
        /// "converged" or "learning" while overfitting (`Truth.overfitting`).
        case l1 = "L1"
        /// "learning" while the train loss has not fallen 1% in 50 epochs and does not in the next 50 either.
        case l2 = "L2"
        /// Divergence said later than the epoch after it became visible.
        case l3 = "L3"
        /// "converged" at 5% of the untrained loss or more, which then halves within 150 epochs.
        case l4 = "L4"
    }

    /// L2's condition at `t`: the median of the last 25 epochs ≥ 0.99× the median of epochs t−75…t−50, and
    /// the median of epochs t+26…t+50 ≥ 0.99× the last 25's.
    public func isUnlearning(_ t: Int) -> Bool {
        guard t >= 75, t + 50 <= end else { return false }
        let now = LossTrend.median(train((t - 24)...t))
        return now >= 0.99 * LossTrend.median(train((t - 75)...(t - 50)))
            && LossTrend.median(train((t + 26)...(t + 50))) >= 0.99 * now
    }

    /// L4's condition at `t`.
    public func isConvergedTooEarly(_ t: Int) -> Bool {
        guard t + 150 <= end else { return false }
        let current = records[t].trainLoss
        return current >= 0.05 * untrained && train((t + 1)...(t + 150)).min()! <= 0.5 * current
    }
}
