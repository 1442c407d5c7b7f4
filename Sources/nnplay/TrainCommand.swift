import ArgumentParser
import Foundation
import NeuralEngine
import Playground
import PlaygroundUI

/// `nnplay train`: trains headless, prints progress, a summary and the final decision boundary.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a network headless; print progress, a summary and the decision boundary.",
        discussion: """
            Examples:
              nnplay train --dataset xor --hidden 4 --epochs 300
              nnplay train --dataset spiral --hidden 16,16 --optimizer adam --learning-rate 0.01 --loss log
              nnplay train --dataset reg-plane --learning-rate 10      # watch it diverge
              nnplay train --dataset spiral3 --hidden 16,16 --optimizer adam --json
            """)

    @OptionGroup var options: SessionOptions

    @Flag(help: "Print one JSON object per report line, and a final object with the outcome.")
    var json = false

    @Option(parsing: .unconditional, help: "Report every N epochs (default: about 20 reports per run).")
    var reportEvery: Int?

    @Option(help: "Colour and Unicode: auto|always|never (auto: when stdout is a terminal and NO_COLOR is unset).")
    var color: ColorChoice = .auto

    @Option(
        parsing: .unconditional,
        help: "Size of the decision-boundary picture as COLUMNSxROWS, e.g. 60x30; 0x0 for none.")
    var picture = "60x30"

    @Flag(help: "Draw the test points in the picture too.")
    var testPoints = false

    @Option(
        parsing: .unconditional,
        help: "Threads per training step, 1 or 2 (2 splits batches of 64+ examples across both cores).")
    var threads = 1

    @Flag(help: "With --preset: check afterwards that the lesson's promises (its `expect:`) held; exit 3 if not.")
    var check = false

    @Option(
        help:
            "Continue from a model written by --save-model: its setup and weights (options given here override the setup)."
    )
    var loadModel: String?

    @Option(
        help: "Write the trained network (shape, activations, weights, biases, setup) as JSON to this file, atomically."
    )
    var saveModel: String?

    @Option(help: "Write the history (epoch, train/test loss and accuracy) as CSV to this file, atomically.")
    var exportHistory: String?

    @Option(
        help:
            "Write a 1280×720 SVG slide (decision boundary with the points, the network, the loss curves) to this file."
    )
    var exportSvg: String?

    /// The exit status when `--check` finds a promise broken (a broken file or option is 64, usage).
    static let brokenPromise: Int32 = 3

    func validate() throws {
        _ = try options.config()
        guard (1...2).contains(threads) else { throw ValidationError("--threads: use 1 or 2 (got \(threads))") }
        if check && options.preset == nil {
            throw ValidationError("--check: needs --preset (it checks a preset's promises)")
        }
        if let reportEvery, reportEvery < 1 {
            throw ValidationError("--report-every: must be at least 1 (got \(reportEvery))")
        }
        _ = try pictureSize()
    }

    func run() throws {
        HeadlessSignals.install()
        let preset = try options.loadPreset()
        let model = try loadModel.map { path in
            do throws(ModelError) { return try SavedModel.read(from: path) } catch {
                throw ValidationError(error.description)
            }
        }
        let config = try options.config(base: model?.config ?? preset?.config ?? SessionConfig())
        let session = try TrainingSession(config: config)
        if let model {
            let notes: [String]
            do throws(ModelError) { notes = try session.load(model) } catch {
                throw ValidationError("--load-model: \(error.description)")
            }
            if !json {
                print(
                    "model     \(loadModel!): continuing from epoch \(model.epoch)\(model.preset.map { " of \($0)" } ?? "")"
                )
            }
            for note in notes {  // to stderr under --json, so stdout stays JSON
                if json {
                    FileHandle.standardError.write(Data("note: \(note)\n".utf8))
                } else {
                    print("note      \(note)")
                }
            }
        }
        session.threads = threads
        if let preset, !json { print("preset    \(preset.name): \(preset.title)") }
        for notice in config.customData?.notices ?? [] {  // to stderr under --json, so stdout stays JSON
            if json {
                FileHandle.standardError.write(Data("note: \(notice)\n".utf8))
            } else {
                print("note      \(notice)")
            }
        }
        let style = OutputStyle.detect(color)
        let every = reportEvery ?? max(1, config.epochs / 20)
        let progress = Progress(total: config.epochs, every: every, json: json, style: style)
        progress.report(session.latest, health: session.health, stability: session.stability)
        let clock = ContinuousClock()
        var stoppedEarly = false
        var diagnoses = DiagnosisLog()
        let elapsed = clock.measure {
            stoppedEarly = session.train(epochs: config.epochs, earlyStopping: config.earlyStopping) { record in
                progress.report(
                    record, health: session.health,
                    stability: progress.json ? session.sharpnessAtReport(every: every) : nil)
                if check { diagnoses.note(session.health) }
            }
        }
        progress.finish(session.latest)
        if check { diagnoses.note(session.health) }
        let seconds = elapsed.seconds
        if json {
            print(jsonLine(FinalReport(session: session, stoppedEarly: stoppedEarly, seconds: seconds)))
        } else {
            print(Summary(session: session, stoppedEarly: stoppedEarly, seconds: seconds).lines.joined(separator: "\n"))
            try printPicture(session, style: style)
        }
        try writeFiles(
            session, config: config, preset: preset?.name ?? model?.preset, title: preset?.title,
            startEpoch: model.map { $0.training == nil ? $0.epoch : 0 } ?? 0)
        if check, let preset, try !promisesHeld(preset, config: config, session: session, diagnoses: diagnoses.names) {
            throw ExitCode(Self.brokenPromise)
        }
    }

    private func printPicture(_ session: TrainingSession, style: OutputStyle) throws {
        let (columns, rows) = try pictureSize()
        guard columns > 0, rows > 0 else { return }
        guard !session.isDiverged else {
            print("\n(no picture: the weights are no longer numbers)")
            return
        }
        let painter = BoundaryPicture(columns: columns, rows: rows)
        let size = painter.gridSize(color: style.color)
        let grid = session.decisionGrid(width: size.width, height: size.height)
        let points = session.data.train + (testPoints ? session.data.test : [])
        print("")
        for line in painter.render(grid: grid, points: points, classCount: session.data.classCount, color: style.color)
        {
            print(line)
        }
        print(Summary.legend(classCount: session.data.classCount, color: style.color))
    }

    /// Prints whether the preset's promises held for this run (to stderr under --json, so stdout stays JSON).
    private func promisesHeld(_ preset: Preset, config: SessionConfig, session: TrainingSession, diagnoses: [String])
        throws -> Bool
    {
        func say(_ line: String) {
            if json { FileHandle.standardError.write(Data((line + "\n").utf8)) } else { print(line) }
        }
        guard preset.expectation != nil else {
            say("check     \(preset.name) promises nothing (no `expect:`)")
            return true
        }
        var checked = preset
        checked.config = config  // with the command line's overrides, as trained
        var failures = try PresetCheck.failures(of: checked, trained: session, diagnoses: diagnoses)
        if failures.isEmpty { say("check     this run keeps every promise of \(preset.name)") }
        if let tally = try PresetCheck.success(of: checked, threads: 2) {
            say("check     over seeds: \(tally.line)")
            for run in tally.broken { say("check       seed \(run.seed): \(run.failure)") }
            if !tally.holds { failures.append("the lesson \(tally.line)") }
        }
        for failure in failures { say("check     BROKEN PROMISE: \(failure)") }
        if failures.isEmpty { say("check     the lesson works") }
        return failures.isEmpty
    }

    private func pictureSize() throws -> (Int, Int) {
        let parts = picture.lowercased().split(separator: "x").map { Int($0) }
        guard parts.count == 2, let columns = parts[0], let rows = parts[1], (0...400).contains(columns),
            (0...200).contains(rows)
        else {
            throw ValidationError(
                "--picture: '\(picture)' is not COLUMNSxROWS, e.g. 60x30 (at most 400x200; 0x0 for none)")
        }
        return (columns, rows)
    }
}

/// Progress while training: JSON lines, plain lines, or a bar redrawn in place on a terminal.
final class Progress {
    let total: Int, every: Int, json: Bool, style: OutputStyle

    init(total: Int, every: Int, json: Bool, style: OutputStyle) {
        self.total = total
        self.every = every
        self.json = json
        self.style = style
    }

    /// Reports `record` if it is a report point; `health` is read only then.
    func report(
        _ record: EpochRecord, health: @autoclosure () -> TrainingHealth,
        stability: @autoclosure () -> StabilityReading? = nil
    ) {
        guard record.epoch % every == 0 || record.epoch == total else { return }
        if json {
            print(jsonLine(EpochReport(record, health: health(), stability: stability())))
        } else if style.interactive {
            let width = 30, filled = total == 0 ? width : width * record.epoch / total
            let (full, empty) = style.unicode ? ("█", "·") : ("#", ".")
            let bar = String(repeating: full, count: filled) + String(repeating: empty, count: width - filled)
            print("\r\(bar) \(record.epoch * 100 / max(total, 1))%  \(Summary.line(record))\u{1B}[K", terminator: "")
        } else {
            print(Summary.line(record))
        }
        fflush(nil)  // nil: every stream; `stdout` itself is not concurrency-safe in Swift 6
    }

    func finish(_ record: EpochRecord) {
        if style.interactive && !json { print("\r\u{1B}[K", terminator: "") }
        fflush(nil)  // nil: every stream; `stdout` itself is not concurrency-safe in Swift 6
    }
}
