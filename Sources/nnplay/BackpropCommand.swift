import ArgumentParser
import Foundation
import NeuralEngine
import Playground

/// `nnplay backprop`: one training example's forward and backward pass, layer by layer, as text or JSON.
struct BackpropCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backprop",
        abstract: "Follow one training example through the network, forward and backward, layer by layer.",
        discussion: """
            Prints the forward values (z and a per layer), each layer's error δ = ∂L/∂z with the factors it \
            is made of, every ∂L/∂w = a·δ and ∂L/∂b = δ, a finite-difference check of one weight, and what one \
            gradient step on this example does to its loss. The values are the engine's own backward pass on a \
            batch of one, with the regularization penalty when one is set (as a training step sees it). --json \
            prints one object per layer: layer 0 the input (features, a), then layer, z, a, delta, grad_w, \
            grad_b (grad_w[i][j] is ∂L/∂w from input i to neuron j), the output layer last with target and loss.
            """)

    @OptionGroup var options: SessionOptions

    @Option(help: "The training point to follow, 1-based (default: the one nearest --x1/--x2, else 1).")
    var point: Int?

    @Option(parsing: .unconditional, help: "Follow the training point nearest this x1 (with --x2), in −6 … 6.")
    var x1: Double?

    @Option(parsing: .unconditional, help: "Follow the training point nearest this x2 (with --x1), in −6 … 6.")
    var x2: Double?

    @Option(help: "Epochs to train first (0 follows the initial network).")
    var warmup = 0

    @Option(help: "The weight to check by finite differences, as LAYER:FROM:TO, 1-based (default 1:1:1).")
    var link = "1:1:1"

    @Flag(help: "One JSON object per layer instead of the text.")
    var json = false

    func validate() throws {
        _ = try options.config()
        if let point, point < 1 { throw ValidationError("--point: must be at least 1 (got \(point))") }
        if (x1 == nil) != (x2 == nil) { throw ValidationError("--x1 and --x2 go together") }
        for (name, value) in [("--x1", x1), ("--x2", x2)] {
            if let value, !(value.isFinite && (-6...6).contains(value)) {
                throw ValidationError("\(name): must be in −6 … 6 (got \(value))")
            }
        }
        if point != nil && x1 != nil { throw ValidationError("give --point or --x1/--x2, not both") }
        guard (0...100_000).contains(warmup) else {
            throw ValidationError("--warmup: must be 0…100000 (got \(warmup))")
        }
        _ = try parsedLink()
    }

    func parsedLink() throws -> LinkID {
        let parts = link.split(separator: ":").map { Int($0) }
        guard parts.count == 3, let l = parts[0], let f = parts[1], let t = parts[2], l >= 1, f >= 1, t >= 1 else {
            throw ValidationError(
                "--link: LAYER:FROM:TO with numbers from 1, e.g. 1:2:3 (got \(link.quotedForMessage))")
        }
        return LinkID(layer: l - 1, from: f - 1, to: t - 1)
    }

    func run() throws { try output().forEach { print($0) } }

    /// What `run` prints: the story's lines, or one JSON object per layer.
    func output() throws -> [String] {
        let config = try options.config()
        let session = try TrainingSession(config: config)
        session.train(epochs: warmup)
        if let epoch = session.divergedAt {
            throw ValidationError(
                "the network diverged at epoch \(epoch) of the warm-up; there is no gradient to follow")
        }
        let count = session.data.train.count
        guard count > 0 else { throw ValidationError("this setup has no training points") }
        let index: Int
        if let x1, let x2 {
            index = session.data.train.nearest(x1: Float(x1), x2: Float(x2)) ?? 0
        } else {
            index = (point ?? 1) - 1
        }
        guard index < count else {
            throw ValidationError("--point: this setup has \(count) training points (got \(index + 1))")
        }
        let link = try parsedLink()
        guard let inspection = session.inspection(InspectionRequest(point: index, link: link)) else {
            let widths = session.network.shape.widths
            throw ValidationError(
                "--link: layer \(link.layer + 1) does not have input \(link.from + 1) and neuron \(link.to + 1) "
                    + "(layers: \(widths.map(String.init).joined(separator: " → ")))")
        }
        guard json else {
            return BackpropStory.lines(
                inspection, config: config, trainCount: count, epoch: session.epoch,
                shape: session.network.shape)
        }
        return Self.jsonLayers(inspection.trace, features: config.features).map(jsonLine)
    }

    /// The `--json` rows: layer 0 is the input (`a`: the features as the network sees them, with their
    /// names), then `layer` counts from 1, the output layer last with the example's `target` and `loss`.
    struct LayerRow: Codable, Equatable {
        var layer: Int
        var features: [String]?
        var z: [Float]?
        var a: [Float]
        var delta: [Float]?
        var grad_w: [[Float]]?
        var grad_b: [Float]?
        var target: [Float]?
        var loss: Double?
    }

    static func jsonLayers(_ trace: BackpropTrace, features: [Feature]) -> [LayerRow] {
        let input = LayerRow(layer: 0, features: features.map(\.rawValue), a: trace.input)
        return [input]
            + trace.layers.enumerated().map { index, layer in
                let outputs = layer.delta.count, inputs = layer.weightGradient.count / Swift.max(outputs, 1)
                let rows = (0..<inputs).map { i in Array(layer.weightGradient[(i * outputs)..<((i + 1) * outputs)]) }
                let isOutput = index == trace.layers.count - 1
                return LayerRow(
                    layer: index + 1, z: layer.z, a: layer.a, delta: layer.delta, grad_w: rows,
                    grad_b: layer.biasGradient, target: isOutput ? trace.target : nil, loss: isOutput ? trace.loss : nil
                )
            }
    }
}
