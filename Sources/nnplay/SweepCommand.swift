import ArgumentParser
import Foundation
import Playground

/// `nnplay sweep`: the setup trained at a range of learning rates, the final and best losses per rate.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract:
            "Train the setup at a range of learning rates and show which ones learn, which crawl and which diverge.",
        discussion: """
            Every run uses the same data and the same initial weights; only the learning rate differs. Runs \
            are spread over both cores; a run that diverges stops. --json prints one object per learning rate: \
            learning_rate, final_train_loss, final_test_loss, best_test_loss, test_accuracy, diverged.
            """)

    @OptionGroup var options: SessionOptions

    @Option(name: .customLong("from"), help: "The smallest learning rate.")
    var low = 1e-4

    @Option(name: .customLong("to"), help: "The largest learning rate.")
    var high = 10.0

    @Option(help: "How many learning rates, log-spaced from --from to --to (2 … 64).")
    var runs = 12

    @Option(help: "Threads to spread the runs over (1 or 2).")
    var threads = 2

    @Flag(help: "One JSON object per learning rate instead of the table.")
    var json = false

    func validate() throws {
        _ = try options.config()
        guard low > 0, low.isFinite, high.isFinite, high > low, high <= 100 else {
            throw ValidationError("--from and --to: 0 < from < to ≤ 100 (got \(low) and \(high))")
        }
        guard (2...64).contains(runs) else { throw ValidationError("--runs: must be 2…64 (got \(runs))") }
        guard (1...2).contains(threads) else { throw ValidationError("--threads: must be 1 or 2 (got \(threads))") }
    }

    func run() throws { try output().forEach { print($0) } }

    func output() throws -> [String] {
        let config = try options.config()
        let rates = LearningRateSweep.rates(from: low, to: high, count: runs)
        let results = try LearningRateSweep.run(config, rates: rates, epochs: config.epochs, threads: threads)
        if json {
            return results.map { jsonLine(Row($0)) }
        }
        return Self.table(results, epochs: config.epochs)
    }

    struct Row: Encodable {
        var learning_rate: Double, final_train_loss: Double?, final_test_loss: Double?, best_test_loss: Double?
        var test_accuracy: Double?
        var diverged: Bool
        init(_ run: SweepRun) {
            func finite(_ v: Double) -> Double? { v.isFinite ? v : nil }  // JSON has no NaN: null
            learning_rate = run.learningRate
            final_train_loss = finite(run.finalTrainLoss)
            final_test_loss = finite(run.finalTestLoss)
            best_test_loss = finite(run.bestTestLoss)
            test_accuracy = run.testAccuracy.flatMap(finite)
            diverged = run.diverged
        }
        func encode(to encoder: Encoder) throws {  // nulls written, not left out: every row has every key
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(learning_rate, forKey: .learning_rate)
            try c.encode(final_train_loss, forKey: .final_train_loss)
            try c.encode(final_test_loss, forKey: .final_test_loss)
            try c.encode(best_test_loss, forKey: .best_test_loss)
            try c.encode(test_accuracy, forKey: .test_accuracy)
            try c.encode(diverged, forKey: .diverged)
        }
        enum CodingKeys: String, CodingKey {
            case learning_rate, final_train_loss, final_test_loss, best_test_loss, test_accuracy, diverged
        }
    }

    /// The table: one line per rate, a bar of the best test loss on a log scale, the best rate and the
    /// diverged ones marked.
    static func table(_ runs: [SweepRun], epochs: Int) -> [String] {
        let best = LearningRateSweep.best(runs)
        let finite = runs.filter { !$0.diverged }.map(\.bestTestLoss).filter { $0.isFinite && $0 > 0 }
        let (lo, hi) = (finite.min() ?? 1, finite.max() ?? 1)
        func bar(_ loss: Double) -> String {
            guard loss.isFinite, loss > 0, hi > lo else { return "" }
            let t = (Foundation.log(loss) - Foundation.log(lo)) / (Foundation.log(hi) - Foundation.log(lo))
            return String(repeating: "█", count: 1 + Int((t * 29).rounded()))
        }
        var lines = [
            "learning-rate sweep: \(runs.count) runs of \(epochs) epochs, same data and initial weights",
            "rate        final train  final test  best test  test acc  best test loss (log scale, shorter is better)",
        ]
        for (index, run) in runs.enumerated() {
            func f(_ v: Double) -> String { NumberFormat.significant(v, digits: 3) }
            let accuracy = run.testAccuracy.map { "\(Int(($0 * 100).rounded()))%" } ?? "—"
            let mark =
                run.diverged
                ? "✕ diverged at epoch \(run.divergedAt!)"
                : (index == best ? bar(run.bestTestLoss) + "  ← best" : bar(run.bestTestLoss))
            lines.append(
                BackpropStory.short(run.learningRate).padding(toLength: 12, withPad: " ", startingAt: 0)
                    + f(run.finalTrainLoss).padding(toLength: 13, withPad: " ", startingAt: 0)
                    + f(run.finalTestLoss).padding(toLength: 12, withPad: " ", startingAt: 0)
                    + f(run.bestTestLoss).padding(toLength: 11, withPad: " ", startingAt: 0)
                    + accuracy.padding(toLength: 10, withPad: " ", startingAt: 0) + mark)
        }
        if let best {
            lines.append("best: learning rate \(BackpropStory.short(runs[best].learningRate)) (lowest best test loss)")
        }
        return lines
    }
}
