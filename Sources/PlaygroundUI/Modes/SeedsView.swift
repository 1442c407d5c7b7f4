import Playground

/// The seeds view (`S`): the current setup trained from many seeds at once, on both cores, as small
/// multiples. How often does this setup work?
public struct SeedsView: Equatable, Sendable {
    /// The setup every run trains (the playground's when the view opened).
    public var config: SessionConfig
    public var vary: SeedVariation
    /// How many runs: as many tiles as fit when the view opened (`SeedsLayout.capacity`), 24 at most.
    public var runs: Int
    public var epochs: Int
    public var goal: SeedGoal
    /// Whether `goal` is the lesson's own promise (its `expect:`), not one chosen in the view.
    public var goalIsLesson: Bool
    /// Finished runs by index (0 first).
    public var tiles: [Int: SeedTile] = [:]
    /// The tile the arrows move and Enter takes.
    public var selected = 0
    /// Whether the main run was playing when the view opened (closing it plays it again).
    public var mainWasPlaying = false
    /// The lesson's promises (its `expect:`), which every run is judged by too, if a lesson was loaded.
    public var promises: PresetExpectation?
    /// Whether the view judges the runs by the lesson's promises (all of its `expect:`) instead of `goal`:
    /// the goal for a lesson whose promise names no accuracy or loss to reach (overfitting, zero-init, …).
    public var judgingPromises = false

    public init(
        config: SessionConfig, vary: SeedVariation, runs: Int, epochs: Int, goal: SeedGoal, goalIsLesson: Bool
    ) {
        (self.config, self.vary, self.runs, self.epochs) = (config, vary, runs, epochs)
        (self.goal, self.goalIsLesson) = (goal, goalIsLesson)
    }

    public var isDone: Bool { tiles.count == runs }

    /// The seed of run `index`: the config's seed counted up (new data and weights), or the draw of the
    /// weights from 0 (`SeedStudy.run`).
    public func seed(of index: Int) -> UInt64 { vary.seed(ofRun: index, from: config.seed) }

    /// The finished runs, judged against the goal as it is now.
    public var judged: [SeedRun] { (0..<runs).compactMap { tiles[$0]?.run(for: goal) } }

    public var summary: SeedSummary { SeedStudy.summary(judged, goal: goal) }

    /// What a run must do to count, in words.
    public var goalWords: String { judgingPromises ? "the lesson's promises" : goal.words }

    /// The summary of the finished runs: `SeedStudy.line` against the goal, or judging the lesson's
    /// promises, "22 of 24 keep the lesson's promises (95% interval 74–98%); draw 3: <the promise it broke>".
    public var summaryLine: String {
        judgingPromises
            ? SeedStudy.promisesLine(judged, vary: vary) : SeedStudy.line(summary, goal: goal, vary: vary)
    }

    /// What the status line says of run `index` when it is picked: how it ended against the goal, or the
    /// first promise it broke.
    public func describe(_ index: Int) -> String {
        let name = "\(vary.runName) \(seed(of: index))"
        guard let tile = tiles[index] else { return "\(name): still training" }
        let run = tile.run
        if judgingPromises, let broken = run.brokenPromises {
            return "\(name): " + (broken.first ?? "kept every promise of the lesson")
        }
        if run.diverged { return "\(name): diverged (the weights are no longer numbers)" }
        var words = "\(name): final test loss \(NumberFormat.significant(run.finalTestLoss, digits: 3))"
        if let accuracy = run.testAccuracy { words += ", \(Int((accuracy * 100).rounded()))% test accuracy" }
        return words
            + (tile.firstEpoch(reaching: goal).map { "; reached \(goal.words) at epoch \($0)" }
                ?? "; never reached \(goal.words)")
    }

    /// How run `index` ended, judged against the goal (or the lesson's promises); nil while it runs.
    public func outcome(of index: Int) -> SeedOutcome? {
        guard let run = tiles[index]?.run(for: goal) else { return nil }
        if judgingPromises, let broken = run.brokenPromises {
            if broken.isEmpty { return .reached }  // a lesson may promise divergence
            return run.diverged ? .diverged : .missed
        }
        if run.diverged { return .diverged }
        return run.reachedGoalEpoch == nil ? .missed : .reached
    }

    /// The goal one step harder (`step` > 0) or easier, along the levels people pick.
    static func stepped(_ goal: SeedGoal, by step: Int) -> SeedGoal {
        switch goal {
        case .testAccuracy(let level):
            return .testAccuracy(next(level, in: accuracyLevels, by: step))
        case .testLoss(let level):
            return .testLoss(next(level, in: lossLevels, by: step))
        }
    }

    /// Test accuracies from easy to hard, and test losses from easy (high) to hard (low).
    static let accuracyLevels = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.99, 1]
    static let lossLevels = [1, 0.5, 0.3, 0.2, 0.1, 0.05, 0.03, 0.02, 0.01, 0.005, 0.002, 0.001]

    /// The level `step` places along `levels` from `value` (which need not be one of them), clamped to the ends.
    private static func next(_ value: Double, in levels: [Double], by step: Int) -> Double {
        let increasing = levels.first! < levels.last!
        let harder = { (a: Double, b: Double) in increasing ? a > b : a < b }
        if step > 0 { return levels.first { harder($0, value) && !near($0, value) } ?? levels.last! }
        return levels.last { harder(value, $0) && !near($0, value) } ?? levels.first!
    }

    private static func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * Swift.max(abs(a), abs(b)) }

    /// The other kind of goal at a comparable level: 95% test accuracy ↔ test loss under 0.05.
    static func otherKind(_ goal: SeedGoal) -> SeedGoal {
        switch goal {
        case .testAccuracy(let level): return .testLoss(Swift.max(0.001, ((1 - level) * 1000).rounded() / 1000))
        case .testLoss(let level): return .testAccuracy(Swift.min(1, Swift.max(0.5, 1 - level)))
        }
    }
}

/// How a run of the seeds view ended, which frames its tile.
public enum SeedOutcome: Sendable {
    case reached, missed, diverged
}
