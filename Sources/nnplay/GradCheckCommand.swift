import ArgumentParser
import Foundation
import NeuralEngine
import Playground
import PlaygroundUI

/// `nnplay gradcheck`: backpropagation against central finite differences on the configured setup.
struct GradCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gradcheck",
        abstract: "Check backpropagation against finite differences on this setup, layer by layer.",
        discussion: """
            For every weight and bias w, compares the backpropagated dL/dw with the central difference \
            (L(w+h) − L(w−h)) / 2h computed in double precision, and prints the largest relative error per \
            layer. Exit code 0 when every layer agrees within the tolerance.
            """)

    @OptionGroup var options: SessionOptions

    @Option(help: "Training examples the loss is taken over.")
    var samples = 20

    @Option(help: "Epochs to train before checking (0 checks the initial network).")
    var warmup = 0

    @Option(help: "Largest relative error that counts as agreement.")
    var tolerance = 1e-3

    func validate() throws {
        _ = try options.config()
        guard samples >= 1 else { throw ValidationError("--samples: must be at least 1 (got \(samples))") }
        guard (0...100_000).contains(warmup) else {
            throw ValidationError("--warmup: must be 0…100000 (got \(warmup))")
        }
        guard tolerance > 0 else { throw ValidationError("--tolerance: must be > 0 (got \(tolerance))") }
    }

    func run() throws {
        let result = try check()
        result.lines.forEach { print($0) }
        if !result.agrees { throw ExitCode.failure }
    }

    /// The report's lines, and whether every layer agreed within the tolerance.
    func check() throws -> (lines: [String], agrees: Bool) {
        let config = try options.config()
        let session = try TrainingSession(config: config)
        session.train(epochs: warmup)
        if let epoch = session.divergedAt {
            Swift.print("The network diverged at epoch \(epoch) during the warm-up; there is no gradient to check.")
            throw ExitCode(2)
        }
        var rng = SplitMix64(seed: config.seed ^ 0x6C6F_7373)
        let examples = session.data.trainExamples.prefix(samples)
        let report = GradientCheck.run(
            network: session.network, examples: examples, regularization: config.regularization,
            regularizationRate: Float(config.regularizationRate), dropout: Float(config.dropout), rng: &rng)
        let layers = session.network.layers
        var lines: [String] = []
        func print(_ line: String) { lines.append(line) }
        print(
            "gradient check: \(session.network.shape.widths.map(String.init).joined(separator: " → ")), "
                + "\(session.head.rawValue), \(examples.count) examples, epoch \(session.epoch)")
        print("layer  kind                 parameters  checked  at kinks  max relative error")
        for (check, layer) in zip(report, layers) {
            let kind = layer.activation.map { "hidden (\($0.rawValue))" } ?? "output"
            let error = check.checked == 0 ? "—" : String(format: "%.2e", check.maxRelativeError)
            let verdict = check.maxRelativeError < tolerance ? "ok" : "DISAGREE"
            print(
                "\(check.layer + 1)".padding(to: 7) + kind.padding(to: 21) + "\(layer.parameterCount)".padding(to: 12)
                    + "\(check.checked)".padding(to: 9) + "\(check.skippedAtKinks)".padding(to: 10)
                    + "\(error)  \(verdict)")
        }
        if config.hiddenActivations.contains(.step) && !config.hidden.isEmpty {
            print(
                "note: step units have derivative 0, so every gradient into and below them is 0: they cannot learn by gradient descent."
            )
        }
        if report.contains(where: { $0.skippedAtKinks > 0 }) {
            print(
                "note: parameters whose ±h step crosses a kink (ReLU/step at 0, hinge margin, |w| ≈ 0 under L1) are skipped."
            )
        }
        let agrees = report.allSatisfy { $0.maxRelativeError < tolerance }
        print(
            agrees
                ? "backpropagation agrees with finite differences (tolerance \(tolerance))."
                : "backpropagation and finite differences DISAGREE beyond \(tolerance).")
        return (lines, agrees)
    }
}
