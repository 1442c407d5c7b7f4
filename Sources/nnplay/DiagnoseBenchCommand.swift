import ArgumentParser
import Foundation
import Playground

/// `nnplay diagnose-bench`: the diagnosis scored against hindsight over a corpus of generated runs.
struct DiagnoseBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diagnose-bench",
        abstract: "Score the diagnosis line against what each run's own later epochs show.",
        discussion: """
            Trains a corpus of generated runs (every dataset, 0–8 hidden layers, every activation, sgd, \
            momentum and adam, rates 1e-4 to 10, noise 0–50%, train fractions 0.1–0.9) on both cores, takes \
            the diagnosis after every epoch as train --json reports it, labels every epoch from the run's own \
            future and prints per state: precision, recall, latency, and the lies L1–L4. --seed other than \
            the default draws a held-out corpus of the same kinds.
            """)

    @Option(help: "How many runs (1 … 2000).")
    var runs = 160

    @Option(help: "Epochs per run (200 … 20000).")
    var epochs = 700

    @Option(help: "The corpus's seed; the default is the corpus in the README.")
    var seed: UInt64 = DiagnosisCorpus.standardSeed

    @Option(help: "Threads (1 or 2).")
    var threads = 2

    @Flag(help: "List every lie: run, epoch, setup.")
    var lies = false

    func validate() throws {
        guard (1...2000).contains(runs) else { throw ValidationError("--runs: must be 1…2000 (got \(runs))") }
        guard (200...20000).contains(epochs) else { throw ValidationError("--epochs: must be 200…20000 (got \(epochs))") }
        guard (1...2).contains(threads) else { throw ValidationError("--threads: must be 1 or 2 (got \(threads))") }
    }

    func run() throws {
        let start = Date()
        let configs = DiagnosisCorpus.configs(count: runs, seed: seed, epochs: epochs)
        let results = DiagnosisBench.run(configs, threads: threads)
        let score = DiagnosisBench.score(results)
        DiagnosisTable.lines(score, seconds: Date().timeIntervalSince(start)).forEach { print($0) }
        if lies {
            for (run, epoch, lie) in score.lieEpochs {
                print("\(lie.rawValue) run \(run) epoch \(epoch) said \(results[run].said[epoch].name): \(SetupLine.describe(configs[run].config))")
            }
        }
    }
}
