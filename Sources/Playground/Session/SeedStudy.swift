import Dispatch
import Foundation
import Synchronization

/// Which randomness differs between the runs of a study.
public enum SeedVariation: String, CaseIterable, Sendable {
    /// New initial weights on the same data (a reset, `r`).
    case weights
    /// New data and new weights: the seed itself (`nnplay train --seed S`).
    case data

    /// The seed of run `index` (0 first) of a study of a config with seed `base`: the seeds counted up from it,
    /// or the draws of the weights from 0 (each a reset's `weightsVariant`).
    public func seed(ofRun index: Int, from base: UInt64) -> UInt64 {
        self == .data ? base &+ UInt64(index) : UInt64(index)
    }

    /// What one run is called: a seed, or a draw of the weights.
    public var runName: String { self == .data ? "seed" : "draw" }

    /// What changes from run to run, in a few words.
    public var words: String { self == .data ? "new data and weights" : "new weights, same data" }
}

/// One run of a study.
public struct SeedRun: Sendable, Equatable {
    /// The seed (`--vary data`: the config's seed; `--vary weights`: the weights variant, 0 first).
    public var seed: UInt64
    public var finalTrainLoss: Double
    public var finalTestLoss: Double
    public var testAccuracy: Double?
    /// The first epoch at which the goal was reached, if it was.
    public var reachedGoalEpoch: Int?
    public var diverged: Bool
    /// The lesson's promises this run broke, as sentences (empty: it kept them all); nil when the study was
    /// not asked to judge them.
    public var brokenPromises: [String]?

    public init(
        seed: UInt64, finalTrainLoss: Double, finalTestLoss: Double, testAccuracy: Double?, reachedGoalEpoch: Int?,
        diverged: Bool, brokenPromises: [String]? = nil
    ) {
        self.brokenPromises = brokenPromises
        (self.seed, self.finalTrainLoss, self.finalTestLoss, self.testAccuracy) = (
            seed, finalTrainLoss, finalTestLoss, testAccuracy
        )
        (self.reachedGoalEpoch, self.diverged) = (reachedGoalEpoch, diverged)
    }
}

/// The share of runs that reached the goal, with its uncertainty.
public struct SeedSummary: Sendable, Equatable {
    public var runs: Int
    public var reached: Int
    /// reached / runs, and its 95% Wilson score interval.
    public var share: Double
    public var interval: ClosedRange<Double>
    /// The median first epoch at the goal, over the runs that reached it.
    public var medianEpochs: Int?
    /// The run that ended furthest from the goal (lowest test accuracy, or highest test loss; diverged first).
    public var worst: SeedRun?
}

/// The same setup trained from many seeds at once, spread over both cores: how often does it work?
public enum SeedStudy {
    /// `runs` runs of `config` for `epochs` epochs each, one thread per run, `threads` runs at a time. Each
    /// run is bit for bit `nnplay train` with its seed (`data`) or a reset's weights (`weights`). `onRun` is
    /// called on the run's thread as each finishes, with the trained session (to draw, say, its boundary).
    /// `points`, with `vary: .weights`, are the data to keep (the playground's, points added by hand
    /// included); without them, the config's own. With `promises` (a lesson's `expect:`), each run is also
    /// judged by every one of them, as `train --check` does (`SeedRun.brokenPromises`).
    public static func run(
        _ config: ValidConfig, runs: Int, epochs: Int, vary: SeedVariation, goal: SeedGoal,
        points: StudyPoints? = nil, promises: PresetExpectation? = nil, threads: Int = 2,
        shouldStop: @Sendable () -> Bool = { false },
        onRun: @Sendable (Int, SeedRun, TrainingSession) -> Void = { _, _, _ in }
    ) -> [SeedRun] {
        let results = Mutex<[SeedRun?]>(Array(repeating: nil, count: runs))
        let next = Atomic<Int>(0)
        let sharedData = vary == .weights ? points?.prepared(for: config) ?? PreparedData(config: config) : nil
        DispatchQueue.concurrentPerform(iterations: Swift.max(1, Swift.min(threads, runs))) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < runs, !shouldStop() else { return }
                let seed = vary.seed(ofRun: index, from: config.config.seed)
                let session: TrainingSession
                switch vary {
                case .weights: session = TrainingSession(config: config, data: sharedData!, weightsVariant: seed)
                case .data:
                    var c = config.config
                    c.seed = seed
                    session = TrainingSession(config: ValidConfig(checked: c))
                }
                let run = train(
                    session, seed: seed, epochs: epochs, goal: goal, promises: promises,
                    weightsVariant: vary == .weights ? seed : 0)
                results.withLock { $0[index] = run }
                onRun(index, run, session)
            }
        }
        return results.withLock { $0.compactMap { $0 } }
    }

    static func train(
        _ session: TrainingSession, seed: UInt64, epochs: Int, goal: SeedGoal, promises: PresetExpectation? = nil,
        weightsVariant: UInt64 = 0
    ) -> SeedRun {
        var reached: Int? = goal.isReached(by: session.latest) ? 0 : nil
        var diagnoses = DiagnosisLog()
        // The one training loop `nnplay train` runs, early stopping included when the config asks for it.
        session.train(epochs: epochs, earlyStopping: session.validConfig.config.earlyStopping) { record in
            if reached == nil, goal.isReached(by: record) { reached = record.epoch }
            if promises != nil { diagnoses.note(session.health) }
        }
        let last = session.latest
        var broken: [String]?
        if let promises {
            diagnoses.note(session.health)  // a diverged run ends without an epoch of its own
            let lesson = Preset(name: "lesson", config: session.validConfig.config, expectation: promises)
            broken =
                (try? PresetCheck.failures(
                    of: lesson, trained: session, diagnoses: diagnoses.names, weightsVariant: weightsVariant))
                ?? ["its setup to beat could not be built"]
        }
        return SeedRun(
            seed: seed, finalTrainLoss: last.trainLoss, finalTestLoss: last.testLoss, testAccuracy: last.testAccuracy,
            reachedGoalEpoch: reached, diverged: session.isDiverged, brokenPromises: broken)
    }

    /// The share that reached `goal` (and did not diverge later: a run that ends with weights that are not
    /// numbers is no success), its 95% Wilson interval, the median epochs to it and the worst run.
    public static func summary(_ runs: [SeedRun], goal: SeedGoal) -> SeedSummary {
        let reached = runs.filter { !$0.diverged }.compactMap(\.reachedGoalEpoch).sorted()
        let n = Double(runs.count), k = Double(reached.count)
        let worst = runs.max { a, b in badness(a, goal) < badness(b, goal) }
        return SeedSummary(
            runs: runs.count, reached: reached.count, share: runs.isEmpty ? 0 : k / n,
            interval: wilson(successes: reached.count, of: runs.count),
            medianEpochs: reached.isEmpty ? nil : reached[reached.count / 2], worst: worst)
    }

    /// How far a run ended from the goal (larger is worse): diverged runs first.
    private static func badness(_ run: SeedRun, _ goal: SeedGoal) -> Double {
        if run.diverged { return .infinity }
        switch goal {
        case .testAccuracy: return 1 - (run.testAccuracy ?? 0)
        case .testLoss: return run.finalTestLoss
        }
    }

    /// Of runs judged by a lesson's promises: "22 of 24 keep the lesson's promises (95% interval 74–98%);
    /// draw 3: <the first promise it broke>", naming the first run that broke one.
    public static func promisesLine(_ runs: [SeedRun], vary: SeedVariation = .data) -> String {
        let judged = runs.filter { $0.brokenPromises != nil }
        let kept = judged.filter { $0.brokenPromises?.isEmpty == true }.count
        let interval = wilson(successes: kept, of: judged.count)
        func percent(_ v: Double) -> String { "\(Int((v * 100).rounded()))" }
        var line =
            "\(kept) of \(judged.count) keep the lesson's promises (95% interval "
            + "\(percent(interval.lowerBound))–\(percent(interval.upperBound))%)"
        if let broke = judged.first(where: { $0.brokenPromises?.isEmpty == false }),
            let failure = broke.brokenPromises?.first
        {
            line += "; \(vary.runName) \(broke.seed): \(failure)"
        }
        return line
    }

    /// The 95% Wilson score interval of `successes` in `trials` (z = 1.96).
    public static func wilson(successes: Int, of trials: Int) -> ClosedRange<Double> {
        guard trials > 0 else { return 0...1 }
        let n = Double(trials), p = Double(successes) / n, z = 1.959964
        let denominator = 1 + z * z / n
        let centre = (p + z * z / (2 * n)) / denominator
        let half = z * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot() / denominator
        return Swift.max(0, centre - half)...Swift.min(1, centre + half)
    }

    /// "19 of 24 reach 95% test accuracy (95% interval 60–92%); median 140 epochs; worst 71% (seed 2)";
    /// `vary` names the runs ("draw" for draws of the weights).
    public static func line(_ summary: SeedSummary, goal: SeedGoal, vary: SeedVariation = .data) -> String {
        let unit = vary.runName
        func percent(_ v: Double) -> String { "\(Int((v * 100).rounded()))" }
        var text =
            "\(summary.reached) of \(summary.runs) reach \(goal.words) (95% interval "
            + "\(percent(summary.interval.lowerBound))–\(percent(summary.interval.upperBound))%)"
        if let median = summary.medianEpochs { text += "; median \(median) epochs" }
        if let worst = summary.worst {
            if worst.diverged {
                text += "; worst: \(unit) \(worst.seed) diverged"
            } else {
                switch goal {
                case .testAccuracy:
                    text += "; worst \(percent(worst.testAccuracy ?? 0))% (\(unit) \(worst.seed))"
                case .testLoss:
                    text +=
                        "; worst test loss \(NumberFormat.significant(worst.finalTestLoss, digits: 3)) (\(unit) \(worst.seed))"
                }
            }
        }
        return text
    }
}

/// The points a study keeps when only the weights vary: the training and test points on screen.
public struct StudyPoints: Sendable, Equatable {
    public var train: [DataPoint], test: [DataPoint]

    public init(train: [DataPoint], test: [DataPoint]) { (self.train, self.test) = (train, test) }

    /// The points encoded for `config`'s features and output head.
    func prepared(for config: ValidConfig) -> PreparedData {
        let c = config.config
        return PreparedData(train: train, test: test, config: c, head: c.effectiveLoss.head(classCount: c.classCount)!)
    }
}
