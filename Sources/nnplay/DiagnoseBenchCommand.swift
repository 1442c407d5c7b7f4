import ArgumentParser
import Foundation
import Playground

/// `nnplay diagnose-bench`: the diagnosis scored against hindsight over a corpus of generated runs, or over
/// one lesson on many seeds.
struct DiagnoseBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diagnose-bench",
        abstract: "Score the diagnosis line against what each run's own later epochs show.",
        discussion: """
            Trains a corpus of generated runs (every dataset, 0–8 hidden layers, every activation, sgd, \
            momentum and adam, rates 1e-4 to 10, noise 0–50%, train fractions 0.1–0.9) on both cores, takes \
            the diagnosis after every epoch as train --json reports it, labels every epoch from the run's own \
            future and prints per state: precision, recall, latency, and the lies L1–L4. A --seed other than \
            the default draws a held-out corpus of the same kinds. With --preset, a lesson instead, on seeds \
            1 … --runs.
            """)

    @Option(help: "How many runs (1 … 2000).")
    var runs = 160

    @Option(help: "Epochs per run (200 … 20000; a lesson's own by default, else 700).")
    var epochs: Int?

    @Option(help: "The corpus's seed; the default is the corpus in the README.")
    var seed: UInt64 = DiagnosisCorpus.standardSeed

    @Option(help: "Score a lesson on seeds 1 … --runs instead of the corpus: a preset name or a .yaml path.")
    var preset: String?

    @Option(
        help: "A presets folder, searched first (then $NNPLAY_PRESETS, ~/.config/nnplay/presets, the built-in lessons)."
    )
    var presetsDir: String?

    @Option(help: "Threads (1 or 2).")
    var threads = 2

    @Flag(help: "List every lie: run, epoch, what was said, the setup.")
    var lies = false

    func validate() throws {
        guard (1...2000).contains(runs) else { throw ValidationError("--runs: must be 1…2000 (got \(runs))") }
        if let epochs, !(200...20000).contains(epochs) {
            throw ValidationError("--epochs: must be 200…20000 (got \(epochs))")
        }
        guard (1...2).contains(threads) else { throw ValidationError("--threads: must be 1 or 2 (got \(threads))") }
    }

    func run() throws {
        let start = Date()
        let configs = try self.configs()
        let results = DiagnosisBench.run(configs, threads: threads)
        let score = DiagnosisBench.score(results)
        DiagnosisTable.lines(score, seconds: Date().timeIntervalSince(start)).forEach { print($0) }
        guard lies else { return }
        for (run, epoch, lie) in score.lieEpochs {
            print(
                "\(lie.rawValue) run \(run) epoch \(epoch) said \(results[run].said[epoch].name): \(SetupLine.describe(configs[run].config))"
            )
        }
    }

    /// The corpus, or the lesson on seeds 1 … runs.
    func configs() throws -> [ValidConfig] {
        guard let preset else { return DiagnosisCorpus.configs(count: runs, seed: seed, epochs: epochs ?? 700) }
        let lesson: Preset
        do {
            lesson = try PresetLibrary.forCommandLine(presetsDir: presetsDir).load(preset)
        } catch {
            throw ValidationError(error.description)
        }
        return try (1...runs).map { seed in
            var config = lesson.config
            config.seed = UInt64(seed)
            if let epochs { config.epochs = epochs }
            do { return try config.validated() } catch let error as ConfigError {
                throw ValidationError(error.commandLineDescription)
            }
        }
    }
}
