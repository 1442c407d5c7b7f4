import ArgumentParser
import Playground
import Foundation

/// `nnplay bench`: training and grid throughput in this build (use `-c release`). A benchmark, not a test.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure training samples/s and decision-grid points/s (run a release build).",
        discussion: """
            The rows and method match shared/bench/numpy_reference.py; run both side by side and compare \
            ratios, since shared machines are noisy. One thread.
            """)

    @Flag(
        help:
            "Print {\"rows\": [{\"kind\", \"network\", \"batch\", \"per_second\"}, …]} as numpy_reference.py --json does."
    )
    var json = false

    @Option(help: "Measurements per row; the median is reported.")
    var repeats = 5

    @Option(help: "Only rows whose kind is this: train|grid|ui|session|sweep|seeds.")
    var only: String?

    @Option(help: "Only the Nth engine row (1…\(Benchmark.plan.count)), e.g. to profile it.")
    var row: Int?

    @Option(
        help: "Run exactly N epochs (grid: passes) per row, once, for instruction counts under callgrind (1 … 100000).")
    var fixed: Int?

    @Flag(help: "Also measure the 2-thread rows (large batches split in halves; the grid split in two).")
    var threads = false

    func validate() throws {
        guard (1...50).contains(repeats) else { throw ValidationError("--repeats: must be 1…50 (got \(repeats))") }
        if let row, !(1...Benchmark.plan.count).contains(row) {
            throw ValidationError("--row: use 1…\(Benchmark.plan.count) (got \(row))")
        }
        if let only, !["train", "grid", "ui", "sweep", "session", "seeds"].contains(only) {
            throw ValidationError("--only: use train, grid, ui, session, sweep or seeds (got \(only.quotedForMessage))")
        }
        if let fixed, !(1...100_000).contains(fixed) {
            throw ValidationError("--fixed: must be 1…100000 (got \(fixed))")
        }
    }

    /// Epochs per second of a `TrainingSession` on the spiral preset (training and the per-epoch evaluation of
    /// the train and test sets and a sharpness measurement every `sharpnessInterval` epochs, as the UI and
    /// `train` run it), the share of an epoch the evaluation takes, and the share of training time the
    /// sharpness measurements take.
    static func sessionEpochs(repeats: Int) throws -> (
        perSecond: Double, evaluationShare: Double, sharpnessShare: Double
    ) {
        let config = try PresetLibrary.forCommandLine(presetsDir: nil).load("spiral").config
        let clock = ContinuousClock()
        var rates: [Double] = [], shares: [Double] = [], sharpness: [Double] = []
        for _ in 0..<Swift.max(1, Swift.min(repeats, 5)) {
            let session = try TrainingSession(config: config)
            let evaluator = Evaluator(shape: session.network.shape)
            let epochs = 300
            let training = clock.measure { for _ in 0..<epochs { _ = session.trainEpoch() } }
            let evaluation = clock.measure {
                for _ in 0..<epochs {
                    _ = evaluator.metrics(of: session.network, on: session.data.trainExamples)
                    _ = evaluator.metrics(of: session.network, on: session.data.testExamples)
                }
            }
            let measurements = 20
            let measuring = clock.measure { for _ in 0..<measurements { session.measureSharpness() } }
            rates.append(Double(epochs) / training.seconds)
            shares.append(evaluation.seconds / training.seconds)
            let perEpoch = training.seconds / Double(epochs)
            sharpness.append(
                measuring.seconds / Double(measurements) / (Double(TrainingSession.sharpnessInterval) * perEpoch))
        }
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        return (median(rates), median(shares), median(sharpness))
    }

    /// Seconds for `nnplay sweep --preset spiral --epochs 1000` (12 rates, both cores): the median of `repeats`.
    static func sweepSeconds(repeats: Int) throws -> Double {
        let preset = try PresetLibrary.forCommandLine(presetsDir: nil).load("spiral")
        var config = preset.config
        config.epochs = 1000
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<Swift.max(1, Swift.min(repeats, 3)) {
            let start = clock.now
            _ = try LearningRateSweep.run(config, rates: LearningRateSweep.rates(), epochs: 1000, threads: 2)
            let elapsed = clock.now - start
            times.append(elapsed.seconds)
        }
        return times.sorted()[times.count / 2]
    }

    /// `nnplay seeds` at the sizes the seeds view runs: 24 seeds × 500 epochs of the xor lesson and 100 × 1000
    /// of the spiral lesson on both cores (medians of `repeats`), and the spiral's speed-up over one thread.
    static func seedSeconds(repeats: Int) throws -> (xor: Double, spiral: Double, speedup: Double) {
        let library = PresetLibrary.forCommandLine(presetsDir: nil)
        let xor = try library.load("xor").config.validated(), spiral = try library.load("spiral").config.validated()
        let goal = SeedGoal.testAccuracy(0.95)
        func median(_ body: () -> Void) -> Double {
            let clock = ContinuousClock()
            let times = (0..<Swift.max(1, Swift.min(repeats, 3))).map { _ in clock.measure(body).seconds }.sorted()
            return times[times.count / 2]
        }
        let xorSeconds = median { _ = SeedStudy.run(xor, runs: 24, epochs: 500, vary: .data, goal: goal) }
        let both = median { _ = SeedStudy.run(spiral, runs: 100, epochs: 1000, vary: .data, goal: goal) }
        let one = median { _ = SeedStudy.run(spiral, runs: 100, epochs: 1000, vary: .data, goal: goal, threads: 1) }
        return (xorSeconds, both, one / both)
    }

    func run() throws {
        #if DEBUG
            if !json { print("note: this is a debug build; measure with `swift run -c release nnplay bench`.") }
        #endif
        let bench = Benchmark(repeats: repeats, fixedWork: fixed)
        var rows: [Benchmark.Row] = []
        for (index, entry) in Benchmark.plan.enumerated()
        where (only == nil || entry.kind == only) && (row == nil || row == index + 1) && (threads || entry.threads == 1)
        {
            let row = bench.run(entry)
            rows.append(row)
            if !json {
                let label = "\(row.kind) \(row.network)" + (row.batch.map { " batch \($0)" } ?? " 200x200 grid")
                let unit = row.kind.hasPrefix("train") ? "samples/s" : "points/s"
                let rate = String(format: "%14.0f", row.perSecond)
                let ratio = String(format: "%5.2f", row.perSecond / entry.target)
                print(
                    label.padding(toLength: 50, withPad: " ", startingAt: 0)
                        + "\(rate) \(unit)   \(ratio)× target (\(Int(entry.target)))")
                fflush(nil)  // nil: every stream; `stdout` itself is not concurrency-safe in Swift 6
            }
        }
        if (only == nil && row == nil) || only == "ui" {
            let ui = try UIBenchmark().run()
            let network = [2, 8, 8, 1]
            rows += [
                Benchmark.Row(kind: "frame", network: network, batch: nil, perSecond: ui.framesPerSecond),
                Benchmark.Row(kind: "snapshot", network: network, batch: nil, perSecond: ui.snapshotsPerSecond),
                Benchmark.Row(kind: "ui-epochs", network: network, batch: 10, perSecond: ui.uiEpochsPerSecond),
                Benchmark.Row(
                    kind: "headless-epochs", network: network, batch: 10, perSecond: ui.headlessEpochsPerSecond),
            ]
            if !json {
                let ratio = ui.uiEpochsPerSecond / max(ui.headlessEpochsPerSecond, 1e-9)
                print(
                    "ui: render 200x60 frame".padding(toLength: 50, withPad: " ", startingAt: 0)
                        + String(format: "%14.0f frames/s    (goal ≥ 60)", ui.framesPerSecond))
                print(
                    "ui: snapshot (grids) per publish".padding(toLength: 50, withPad: " ", startingAt: 0)
                        + String(format: "%14.0f per s", ui.snapshotsPerSecond))
                print(
                    "ui: spiral [2,8,8,1] epochs in the UI".padding(toLength: 50, withPad: " ", startingAt: 0)
                        + String(
                            format: "%14.0f epochs/s  %.0f%% of headless %.0f (goal ≥ 70%%)", ui.uiEpochsPerSecond,
                            ratio * 100, ui.headlessEpochsPerSecond))
                print(
                    "ui: first frame".padding(toLength: 50, withPad: " ", startingAt: 0)
                        + String(format: "%14.1f ms       (goal < 300)", ui.firstFrameMilliseconds))
            }
        }
        if (only == nil && row == nil) || only == "session" {
            let (epochs, share, sharpness) = try Self.sessionEpochs(repeats: repeats)
            rows.append(Benchmark.Row(kind: "session-epochs", network: [6, 8, 8, 1], batch: 10, perSecond: epochs))
            if !json {
                print(
                    "session: spiral preset epochs, evaluation included".padding(
                        toLength: 50, withPad: " ", startingAt: 0)
                        + String(
                            format: "%14.0f epochs/s  evaluation %.0f%% of an epoch (goal ≤ 15%%)", epochs, share * 100)
                )
                print(
                    "session: sharpness every \(TrainingSession.sharpnessInterval) epochs".padding(
                        toLength: 50, withPad: " ", startingAt: 0)
                        + String(format: "%13.1f%% of training time (goal < 10%%)", sharpness * 100))
            }
        }
        if (only == nil && row == nil) || only == "sweep" {
            let seconds = try Self.sweepSeconds(repeats: repeats)
            rows.append(Benchmark.Row(kind: "sweep", network: [6, 8, 8, 1], batch: 10, perSecond: 1 / seconds))
            if !json {
                print(
                    "sweep: spiral, 12 rates × 1000 epochs, 2 threads".padding(
                        toLength: 50, withPad: " ", startingAt: 0)
                        + String(format: "%14.2f s          (goal < 1)", seconds))
            }
        }
        if (only == nil && row == nil) || only == "seeds" {
            let seeds = try Self.seedSeconds(repeats: repeats)
            rows.append(Benchmark.Row(kind: "seeds-xor", network: [2, 6, 1], batch: 10, perSecond: 1 / seeds.xor))
            rows.append(
                Benchmark.Row(kind: "seeds-spiral", network: [6, 8, 8, 1], batch: 10, perSecond: 1 / seeds.spiral))
            if !json {
                print(
                    "seeds: xor, 24 seeds × 500 epochs, 2 threads".padding(toLength: 50, withPad: " ", startingAt: 0)
                        + String(format: "%14.3f s          (goal < 0.3)", seeds.xor))
                print(
                    "seeds: spiral, 100 seeds × 1000 epochs, 2 threads".padding(
                        toLength: 50, withPad: " ", startingAt: 0)
                        + String(format: "%14.2f s          (goal < 2)", seeds.spiral))
                print(
                    "seeds: spiral, both cores against one".padding(toLength: 50, withPad: " ", startingAt: 0)
                        + String(format: "%14.2f×          (goal ≥ 1.8)", seeds.speedup))
            }
        }
        if json {
            struct Output: Encodable { var rows: [Benchmark.Row] }
            print(jsonLine(Output(rows: rows)))
        }
    }
}
