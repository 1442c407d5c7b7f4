import ArgumentParser
import Foundation
import Playground

/// `nnplay compare A [B]`: two setups on the same data and the same seed, trained side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Train two setups side by side on the same data and seed: two presets, or one and a changed copy.",
        discussion: """
            B takes A's data (dataset, noise, points, split, seed); everything else is B's own. Without B, B is \
            a copy of A changed by --set, e.g. `nnplay compare xor --set learning_rate=3` or \
            `--set activation=relu --set optimizer=adam`. --json prints one object per report line, \
            {"epoch", "a": {...}, "b": {...}}, and a final one with "final", "differences" and "better".
            """)

    @Argument(help: "Setup A: a preset name or a .yaml path.")
    var a: String

    @Argument(help: "Setup B: a preset name or a .yaml path (default: A changed by --set).")
    var b: String?

    @Option(
        name: .customLong("set"), parsing: .singleValue,
        help: "Change B: KEY=VALUE with a preset key, e.g. learning_rate=3 (repeatable).")
    var changes: [String] = []

    @Option(help: "Epochs to train both (default: A's).")
    var epochs: Int?

    @Option(help: "Report every N epochs (default: about 10 reports).")
    var reportEvery: Int?

    @Option(
        help: "A presets folder, searched first (then $NNPLAY_PRESETS, ~/.config/nnplay/presets, the built-in lessons)."
    )
    var presetsDir: String?

    @Flag(help: "JSON lines instead of the table.")
    var json = false

    func validate() throws {
        if b == nil && changes.isEmpty {
            throw ValidationError("give B, or --set KEY=VALUE to make B a changed copy of A")
        }
        if let epochs, !(1...100_000).contains(epochs) {
            throw ValidationError("--epochs: must be 1…100000 (got \(epochs))")
        }
        if let reportEvery, reportEvery < 1 {
            throw ValidationError("--report-every: must be at least 1 (got \(reportEvery))")
        }
    }

    /// A's and B's setups, B on A's data.
    func configs() throws -> (a: SessionConfig, b: SessionConfig, names: (String, String)) {
        let library = PresetLibrary.forCommandLine(presetsDir: presetsDir)
        func load(_ name: String) throws -> Preset {
            do { return try library.load(name) } catch { throw ValidationError(error.description) }
        }
        let presetA = try load(a)
        var configB = try b.map { try load($0).config } ?? presetA.config
        for change in changes {
            let parts = change.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2,
                let spec = SettingsTable.spec(presetKey: parts[0].trimmingCharacters(in: .whitespaces))
            else {
                throw ValidationError(
                    "--set: '\(change)' is not KEY=VALUE with a preset key (\(SettingsTable.all.map(\.setting.presetKey).joined(separator: ", ")))"
                )
            }
            do { try spec.read(parts[1].trimmingCharacters(in: .whitespaces), into: &configB) } catch {
                throw ValidationError("--set \(change): \(error.commandLineDescription)")
            }
        }
        var configA = presetA.config
        if let epochs { configA.epochs = epochs }
        configB = Comparison.onTheSameData(configB, as: configA)
        configB.epochs = configA.epochs
        do {
            try configA.validate()
            try configB.validate()
        } catch { throw ValidationError(error.commandLineDescription) }
        return (configA, configB, (presetA.name, b ?? "\(presetA.name) with \(changes.joined(separator: ", "))"))
    }

    func run() throws { try output().forEach { print($0) } }

    func output() throws -> [String] {
        let (configA, configB, names) = try configs()
        let sessions = [try TrainingSession(config: configA), try TrainingSession(config: configB)]
        let total = configA.epochs, every = reportEvery ?? Swift.max(1, total / 10)
        let differences = Comparison.differences(configA, configB)
        var lines: [String] = []
        func side(_ s: TrainingSession) -> Side {
            Side(
                train_loss: s.isDiverged ? nil : s.latest.trainLoss, test_loss: s.isDiverged ? nil : s.latest.testLoss,
                test_accuracy: s.isDiverged ? nil : s.latest.testAccuracy, diverged: s.isDiverged)
        }
        func report(_ epoch: Int) throws {
            if json {
                lines.append(jsonLine(Line(epoch: epoch, a: side(sessions[0]), b: side(sessions[1]))))
            } else {
                lines.append(
                    "\(epoch)".padding(toLength: 8, withPad: " ", startingAt: 0)
                        + [sessions[0], sessions[1]].map { s in
                            s.isDiverged
                                ? "diverged at \(s.divergedAt!)".padding(toLength: 24, withPad: " ", startingAt: 0)
                                : (f(s.latest.trainLoss).padding(toLength: 12, withPad: " ", startingAt: 0)
                                    + f(s.latest.testLoss).padding(toLength: 12, withPad: " ", startingAt: 0))
                        }.joined(separator: "  "))
            }
        }
        if !json {
            lines.append("A  \(names.0)")
            lines.append(
                "B  \(names.1) — on A's data and seed; differs in: \(differences.isEmpty ? "nothing" : differences.joined(separator: ", "))"
            )
            lines.append("epoch   A train     A test        B train     B test")
        }
        try report(0)
        for epoch in 1...total {
            for s in sessions where !s.isDiverged { _ = s.trainEpoch() }
            if epoch % every == 0 || epoch == total { try report(epoch) }
            if sessions.allSatisfy(\.isDiverged) { break }
        }
        let better = Self.better(sessions[0], sessions[1])
        if json {
            let final = Final(
                final: true, a: side(sessions[0]), b: side(sessions[1]), a_best_test_loss: sessions[0].bestTest.loss,
                b_best_test_loss: sessions[1].bestTest.loss, differences: differences, better: better)
            lines.append(jsonLine(final))
        } else {
            lines.append(
                "best test loss: A \(f(sessions[0].bestTest.loss)) at epoch \(sessions[0].bestTest.epoch), "
                    + "B \(f(sessions[1].bestTest.loss)) at epoch \(sessions[1].bestTest.epoch)")
            lines.append(better == "tie" ? "A and B end level" : "\(better.uppercased()) ends with the lower test loss")
        }
        return lines
    }

    /// "a", "b" or "tie", by the final test loss (a diverged run loses).
    static func better(_ a: TrainingSession, _ b: TrainingSession) -> String {
        switch (a.isDiverged, b.isDiverged) {
        case (true, true): return "tie"
        case (true, false): return "b"
        case (false, true): return "a"
        default:
            let (x, y) = (a.latest.testLoss, b.latest.testLoss)
            return Swift.abs(x - y) <= 1e-9 * Swift.max(x, y) ? "tie" : (x < y ? "a" : "b")
        }
    }

    private func f(_ v: Double) -> String { NumberFormat.significant(v, digits: 4) }

    struct Side: Encodable {
        var train_loss: Double?, test_loss: Double?, test_accuracy: Double?
        var diverged: Bool
        enum CodingKeys: String, CodingKey { case train_loss, test_loss, test_accuracy, diverged }
        func encode(to encoder: Encoder) throws {  // nulls written: every object has every key
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(train_loss, forKey: .train_loss)
            try c.encode(test_loss, forKey: .test_loss)
            try c.encode(test_accuracy, forKey: .test_accuracy)
            try c.encode(diverged, forKey: .diverged)
        }
    }
    struct Line: Encodable { var epoch: Int; var a: Side, b: Side }
    struct Final: Encodable {
        var final: Bool
        var a: Side, b: Side
        var a_best_test_loss: Double, b_best_test_loss: Double
        var differences: [String]
        var better: String
    }
}
