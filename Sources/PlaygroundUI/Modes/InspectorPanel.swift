import Playground

/// The backprop inspector's words and numbers, in the loss chart's place while it is open: the step in
/// words, the focused neuron's z, a and δ with the factors of δ, the focused link's ∂L/∂w = a·δ, the
/// prediction against the target, the finite-difference check (`c`) and, at the last step, the update.
enum InspectorPanel {
    static func draw(_ state: AppState, into screen: inout Screen, frame: Rect) {
        guard let inspector = state.inspector else { return }
        screen.fill(x: frame.x, y: frame.y, width: frame.width, height: frame.height, with: .blank)
        let layers = state.snapshot.network.layers.count
        let title =
            inspector.picking
            ? "backprop · pick a point"
            : "backprop · point \((inspector.point ?? 0) + 1) · step \(inspector.step + 1) of \(InspectorState.stepCount(layerCount: layers))"
        screen.box(x: frame.x, y: frame.y, width: frame.width, height: frame.height, title: title, style: Theme.heading)
        let area = frame.inner
        guard area.width > 10, area.height > 1 else { return }
        var rows: [(String, Style)] = []
        func add(_ text: String, _ style: Style = .plain) {
            rows += NotesPanel.wrap(text, width: area.width).map { ($0, style) }
        }
        if inspector.picking {
            add("Move the cursor ✛ over the picture; the training point nearest it is marked ◆.")
            if let index = state.snapshot.train.nearest(x1: inspector.x1, x2: inspector.x2) {
                let p = state.snapshot.train[index]
                add(
                    "nearest: point \(index + 1) at (\(BackpropStory.short(Double(p.x))), \(BackpropStory.short(Double(p.y)))), label \(BackpropStory.short(Double(p.label)))",
                    Theme.dim)
            }
        } else if let inspection = state.snapshot.inspection, inspection.request == inspector.request {
            for (text, style) in lines(state, inspector, inspection) { add(text, style) }
        } else {
            add("computing…", Theme.dim)
        }
        for (row, line) in rows.prefix(area.height).enumerated() {
            screen.write(line.0, x: area.x, y: area.y + row, style: line.1, limit: area.width)
        }
    }

    /// The story of the current step, as (text, style) paragraphs.
    static func lines(_ state: AppState, _ inspector: InspectorState, _ inspection: Inspection) -> [(String, Style)] {
        let trace = inspection.trace, config = state.config
        let count = trace.layers.count
        func n(_ v: Float) -> String { BackpropStory.number(v) }
        func n(_ v: Double) -> String { BackpropStory.number(v) }
        var out: [(String, Style)] = []
        out.append(
            (
                BackpropStory.stepTitle(
                    inspector.step, layerCount: count, activations: config.hiddenActivations,
                    head: state.snapshot.head), Theme.title
            ))
        let l = Swift.min(inspector.layer, count - 1), layer = trace.layers[l]
        let j = Swift.min(inspector.neuron, layer.z.count - 1)
        let name = unitName(layer: l, index: j, count: count)
        var neuron = "\(name): z = \(n(layer.z[j])), a = \(n(layer.a[j]))"
        if InspectorState.deltaKnown(layer: l, step: inspector.step, layerCount: count) {
            if !layer.upstream.isEmpty {
                let up = l == count - 1 ? "∂L/∂a" : "Wᵀδ"
                neuron +=
                    "; \(up) = \(n(layer.upstream[j])) × σ′ = \(n(layer.derivative[j])) → δ = \(n(layer.delta[j]))"
            } else {
                neuron += "; δ = a − t = \(n(layer.delta[j]))"
            }
        }
        out.append((neuron, .plain))
        if l == count - 1 {
            out.append(
                (
                    "prediction \(trace.layers[count - 1].a.map { n($0) }.joined(separator: " ")) · target "
                        + "\(trace.target.map { n($0) }.joined(separator: " ")) · loss \(NumberFormat.significant(trace.loss, digits: 3))",
                    Theme.dim
                ))
        }
        let link = inspection.request.link
        let source =
            link.layer == 0
            ? (config.features[safe: link.from].map { NetworkWidget.shortName($0) } ?? "in\(link.from + 1)")
            : unitName(layer: link.layer - 1, index: link.from, count: count)
        let below = link.layer == 0 ? trace.input[link.from] : trace.layers[link.layer - 1].a[link.from]
        var linkText =
            "link \(source) → \(unitName(layer: link.layer, index: link.to, count: count)): w = \(n(inspection.weight))"
        if InspectorState.deltaKnown(layer: link.layer, step: inspector.step, layerCount: count) {
            linkText +=
                ", ∂L/∂w = a·δ = \(n(below)) × \(n(trace.layers[link.layer].delta[link.to])) = \(n(inspection.gradient))"
        }
        out.append((linkText, Theme.marker))
        if inspector.step > count {
            out.append((BackpropStory.deltaSizes(trace), Theme.dim))
        } else if inspector.step >= 2 {  // how δ has shrunk (or grown) so far, output first
            let sizes = trace.layers.reversed().prefix(inspector.step).map { layer in
                layer.delta.map { Swift.abs($0) }.max() ?? 0
            }
            out.append(
                (
                    "largest |δ| so far, from the output: "
                        + sizes.map { NumberFormat.significant(Double($0), digits: 2) }.joined(separator: " → "),
                    Theme.dim
                ))
        }
        if inspector.showCheck {
            let check = inspection.check
            out.append(
                (
                    check.crossesKink
                        ? "finite difference: the ±h step crosses a kink here — no derivative to compare"
                        : "finite difference \(n(check.numeric)) vs backprop \(n(check.analytic)): relative error \(NumberFormat.significant(check.relativeError, digits: 2))"
                            + (check.relativeError < 1e-3 ? " ✓" : " ✗"),
                    check.relativeError < 1e-3 ? Theme.good : Theme.warning
                ))
        }
        if inspector.step == InspectorState.stepCount(layerCount: count) - 1 {  // the point of this step: first
            let lowers = inspection.lossAfterStep < trace.loss || trace.loss == 0
            out.insert((BackpropStory.updateLine(inspection), lowers ? Theme.good : Theme.warning), at: 1)
        }
        return out
    }

    /// "L1·2" for hidden units, "out 1" for the output layer (1-based).
    static func unitName(layer: Int, index: Int, count: Int) -> String {
        layer == count - 1 ? "out \(index + 1)" : "L\(layer + 1)·\(index + 1)"
    }
}
