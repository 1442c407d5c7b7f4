import ArgumentParser
import Foundation
import Playground

/// `nnplay seeds`: the setup trained from many seeds at once: how often does it reach its goal?
struct SeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seeds",
        abstract: "Train the setup from many seeds on both cores and say how often it reaches its goal.",
        discussion: """
            Each run is `nnplay train` with its own seed (--vary data: new points and weights; the seeds count \
            up from --seed) or the same points with new initial weights (--vary weights, as r does). The goal \
            is the lesson's promise (expect:) when it makes one, else 95% test accuracy (a test loss under 0.05 \
            for regression); --goal sets another: 90%, accuracy=0.9 or loss=0.05. Without --goal, a lesson's \
            runs are also judged by all its promises, as train --check judges a seed, on a last line ("23 of \
            24 keep the lesson's promises"). --json prints one object per \
            run (seed, final_train_loss, final_test_loss, test_accuracy, reached_goal_epoch, diverged), then \
            the summary (runs, reached, success, interval_low, interval_high, median_epochs, worst_seed).
            """)

    @OptionGroup var options: SessionOptions

    @Option(help: "How many seeds (2 … 1000).")
    var runs = 24

    @Option(help: "What differs between runs: data (new points and weights) or weights (same points).")
    var vary: String = "data"

    @Option(help: "The goal: 95%, accuracy=0.95 or loss=0.05 (default: the lesson's promise, else 95%).")
    var goal: String?

    @Option(help: "Threads to spread the runs over (1 or 2).")
    var threads = 2

    @Flag(help: "One JSON object per run, then the summary, instead of the table.")
    var json = false

    func validate() throws {
        _ = try options.config()
        guard (2...1000).contains(runs) else { throw ValidationError("--runs: must be 2…1000 (got \(runs))") }
        guard SeedVariation(rawValue: vary) != nil else {
            throw ValidationError("--vary: data or weights (got \(vary.quotedForMessage))")
        }
        if let goal, SeedGoal.parse(goal) == nil {
            throw ValidationError("--goal: 95%, accuracy=0.95 or loss=0.05 (got \(goal.quotedForMessage))")
        }
        guard (1...2).contains(threads) else { throw ValidationError("--threads: must be 1 or 2 (got \(threads))") }
    }

    struct Row: Encodable {
        let seed: UInt64
        let final_train_loss: Double, final_test_loss: Double
        let test_accuracy: Double?
        let reached_goal_epoch: Int?
        let diverged: Bool
    }

    struct Final: Encodable {
        let final = true
        let goal: String
        let runs: Int, reached: Int
        let success: Double, interval_low: Double, interval_high: Double
        let median_epochs: Int?
        let worst_seed: UInt64?
    }

    func run() throws { try output().forEach { print($0) } }

    /// What `run` prints: a table and the summary line, or JSON lines.
    func output() throws -> [String] {
        let preset = try options.loadPreset()
        let config = try options.config(base: preset?.config ?? SessionConfig())
        let valid = try config.validated()
        let chosen =
            goal.flatMap(SeedGoal.parse) ?? SeedGoal.of(preset?.expectation, regression: config.classCount == 0)
        let variation = SeedVariation(rawValue: vary) ?? .data
        // Without --goal a lesson's runs are also judged by all its promises, as `train --check` judges a seed.
        let promises = goal == nil ? preset?.expectation : nil
        let results = SeedStudy.run(
            valid, runs: runs, epochs: config.epochs, vary: variation, goal: chosen, promises: promises,
            threads: threads)
        let summary = SeedStudy.summary(results, goal: chosen)
        if json {
            let rows = results.map {
                jsonLine(
                    Row(
                        seed: $0.seed, final_train_loss: $0.finalTrainLoss, final_test_loss: $0.finalTestLoss,
                        test_accuracy: $0.testAccuracy, reached_goal_epoch: $0.reachedGoalEpoch, diverged: $0.diverged))
            }
            return rows + [
                jsonLine(
                    Final(
                        goal: chosen.words, runs: summary.runs, reached: summary.reached, success: summary.share,
                        interval_low: summary.interval.lowerBound, interval_high: summary.interval.upperBound,
                        median_epochs: summary.medianEpochs, worst_seed: summary.worst?.seed))
            ]
        }
        var lines = [
            "\(runs) runs of \(config.epochs) epochs, \(variation == .data ? "new data and weights" : "new weights on the same data") each; goal: \(chosen.words)",
            "seed".padding(toLength: 8, withPad: " ", startingAt: 0) + "train loss  test loss  test acc  goal at",
        ]
        for run in results {
            let accuracy = run.testAccuracy.map { "\(Int(($0 * 100).rounded()))%" } ?? "—"
            let reached = run.diverged ? "diverged" : run.reachedGoalEpoch.map { "epoch \($0)" } ?? "not reached"
            lines.append(
                String(run.seed).padding(toLength: 8, withPad: " ", startingAt: 0)
                    + NumberFormat.significant(run.finalTrainLoss, digits: 4).leftPadded(10) + "  "
                    + NumberFormat.significant(run.finalTestLoss, digits: 4).leftPadded(9) + "  "
                    + accuracy.leftPadded(8) + "  " + reached)
        }
        lines.append(SeedStudy.line(summary, goal: chosen, vary: variation))
        if promises != nil { lines.append(SeedStudy.promisesLine(results, vary: variation)) }
        return lines
    }
}
