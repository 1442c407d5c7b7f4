import NeuralEngine

/// The chain rule in words and numbers, for the backprop inspector's steps and `nnplay backprop`'s text.
public enum BackpropStory {
    /// A signed number with `digits` significant digits (+0.123, −4.56e-5; "—" when not finite).
    public static func number(_ value: Float, digits: Int = 3) -> String { number(Double(value), digits: digits) }
    public static func number(_ value: Double, digits: Int = 3) -> String {
        guard value.isFinite else { return "—" }
        return (value >= 0 ? "+" : "") + NumberFormat.significant(value, digits: digits)
    }

    /// A plain number without trailing zeros (0.03, 1e-4).
    public static func short(_ value: Double) -> String {
        var text = NumberFormat.significant(value, digits: 3)
        if text.contains("."), !text.contains("e") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// How σ′ is computed for an activation, e.g. "tanh′ = 1 − a²".
    public static func derivativeRule(_ activation: Activation) -> String {
        switch activation {
        case .tanh: return "tanh′ = 1 − a²"
        case .sigmoid: return "sigmoid′ = a·(1 − a)"
        case .relu: return "ReLU′ = 1 if z > 0, else 0 (a dead unit passes nothing back)"
        case .leakyRelu:
            return "leaky ReLU′ = 1 if z > 0, else \(NumberFormat.significant(Double(Activation.leakySlope)))"
        case .linear: return "linear′ = 1"
        case .step: return "step′ = 0 everywhere: nothing flows back through a step"
        case .sine: return "sin′ = cos z"
        }
    }

    /// How the output error is made for a head, e.g. "δ = ∂L/∂a × σ′(z) = (a − t) × (1 − a²)".
    public static func outputRule(_ head: OutputHead) -> String {
        switch head {
        case .tanhSquared: return "δ = ∂L/∂a × σ′(z) = (a − t) × (1 − a²)  (squared error on tanh)"
        case .sigmoidLog: return "δ = ∂L/∂a × σ′(z) = (a − t)/(a(1 − a)) × a(1 − a) = a − t  (log loss on sigmoid)"
        case .linearSquared: return "δ = ∂L/∂a × 1 = a − t  (squared error on a linear output)"
        case .linearHinge: return "δ = ∂L/∂a = −t while t·a < 1, else 0  (hinge on a linear output)"
        case .softmaxCrossEntropy: return "δ = a − t  (softmax + cross-entropy: its Jacobian and ∂L/∂a combine)"
        }
    }

    /// The step's title: 0 forward, 1 … L the errors from the output down, L + 1 the update.
    public static func stepTitle(_ step: Int, layerCount: Int, activations: [Activation], head: OutputHead) -> String {
        if step <= 0 { return "forward: each neuron computes z = W·a + b and a = σ(z)" }
        if step > layerCount { return "update: w ← w − η·∂L/∂w, one step on this example alone" }
        let layer = layerCount - step  // 0-based, the output is layerCount − 1
        if layer == layerCount - 1 { return "output error: " + outputRule(head) }
        let activation = activations[Swift.min(layer, activations.count - 1)]
        return
            "layer \(layer + 1): δ = (Wᵀ δ from \(layer + 2 == layerCount ? "the output" : "layer \(layer + 2)")) × σ′(z) — \(derivativeRule(activation))"
    }

    /// The whole story as text lines (`nnplay backprop`).
    public static func lines(
        _ inspection: Inspection, config: SessionConfig, trainCount: Int, epoch: Int, shape: NetworkShape
    ) -> [String] {
        let trace = inspection.trace, point = inspection.point
        var out: [String] = []
        func values(_ v: [Float]) -> String { v.map { number($0) }.joined(separator: " ") }
        let names = config.features.map(\.rawValue)
        let layerName = { (l: Int) in l == trace.layers.count - 1 ? "output" : "layer \(l + 1)" }
        out.append(
            "backprop: \(shape.widths.map(String.init).joined(separator: " → ")), \(shape.head.rawValue), "
                + "point \(inspection.request.point + 1) of \(trainCount) at (\(NumberFormat.significant(Double(point.x), digits: 3)), "
                + "\(NumberFormat.significant(Double(point.y), digits: 3))), label \(labelText(point.label)), epoch \(epoch)"
        )
        out.append("")
        out.append("forward: z = W·a + b, a = σ(z)")
        out.append("  input     " + zip(names, trace.input).map { "\($0) \(number($1))" }.joined(separator: "  "))
        for (l, layer) in trace.layers.enumerated() {
            out.append("  \(layerName(l).padding(toLength: 10, withPad: " ", startingAt: 0))z \(values(layer.z))")
            out.append("            a \(values(layer.a))")
        }
        let penalty =
            config.regularization == .none || config.regularizationRate == 0
            ? "" : " (with the \(config.regularization.rawValue.uppercased()) penalty, as a training step sees it)"
        out.append(
            "  target \(values(trace.target))   loss \(NumberFormat.significant(trace.loss, digits: 4))" + penalty)
        out.append("")
        out.append("backward: δ = ∂L/∂z, from the output down")
        for l in stride(from: trace.layers.count - 1, through: 0, by: -1) {
            let layer = trace.layers[l]
            out.append(
                "  \(stepTitle(trace.layers.count - l, layerCount: trace.layers.count, activations: config.hiddenActivations, head: shape.head))"
            )
            if !layer.upstream.isEmpty {
                out.append("    \(l == trace.layers.count - 1 ? "∂L/∂a" : "Wᵀδ  ") \(values(layer.upstream))")
                out.append("    σ′(z) \(values(layer.derivative))")
            }
            out.append("    δ     \(values(layer.delta))")
        }
        out.append("  " + deltaSizes(trace))
        out.append("")
        out.append("gradients: ∂L/∂w = a(below) × δ, ∂L/∂b = δ")
        for (l, layer) in trace.layers.enumerated() {
            let inputs = layer.weightGradient.count / Swift.max(layer.delta.count, 1)
            out.append("  \(layerName(l))")
            for i in 0..<inputs {
                let from = l == 0 ? (names[safe: i] ?? "in\(i + 1)") : "L\(l)·\(i + 1)"
                let row = (0..<layer.delta.count).map { trace.weightGradient(layer: l, from: i, to: $0) }
                out.append("    from \(from.padding(toLength: 6, withPad: " ", startingAt: 0)) \(values(row))")
            }
            out.append("    bias        \(values(layer.biasGradient))")
        }
        out.append("")
        let link = inspection.request.link
        let check = inspection.check
        out.append(
            "check: the weight of layer \(link.layer + 1) from \(link.layer == 0 ? (names[safe: link.from] ?? "in") : "L\(link.layer)·\(link.from + 1)") to neuron \(link.to + 1): "
                + "backprop \(number(check.analytic)), central difference \(number(check.numeric)), "
                + (check.crossesKink
                    ? "at a kink (no derivative to compare)"
                    : "relative error \(NumberFormat.significant(check.relativeError, digits: 2))"))
        out.append(updateLine(inspection))
        return out
    }

    /// The largest |δ| of each layer from the output down, e.g. "largest |δ|, output to layer 1: 0.62 → 0.12 → 0.015":
    /// where gradients vanish (or explode), the numbers say so.
    public static func deltaSizes(_ trace: BackpropTrace) -> String {
        let sizes = trace.layers.reversed().map { layer in layer.delta.map { Swift.abs($0) }.max() ?? 0 }
        return "largest |δ|, output to layer 1: "
            + sizes.map { NumberFormat.significant(Double($0), digits: 2) }.joined(separator: " → ")
    }

    /// A label as the data files write it: a class as a whole number (0, 1, 2), a regression value as it is.
    static func labelText(_ label: Float) -> String {
        label == label.rounded() && Swift.abs(label) < 1e6
            ? String(Int(label)) : NumberFormat.significant(Double(label), digits: 4)
    }

    /// The update's result in words: the loss before and after one step, and whether η was small enough.
    public static func updateLine(_ inspection: Inspection) -> String {
        let before = inspection.trace.loss, after = inspection.lossAfterStep
        var text =
            "update with η = \(short(Double(inspection.learningRate))): w \(number(inspection.weight)) → "
            + "\(number(inspection.weight - inspection.learningRate * inspection.gradient)); this example's loss "
            + "\(NumberFormat.significant(before, digits: 4)) → \(NumberFormat.significant(after, digits: 4))"
        if after < before {
            text += " (lower)"
        } else if before == 0 {
            text += " (nothing to learn here)"
        } else {
            text += ": η too large for this example"
            if let rate = inspection.rateThatLowers { text += " (η = \(short(Double(rate))) lowers it)" }
        }
        return text
    }
}
