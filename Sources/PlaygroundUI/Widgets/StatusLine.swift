import Playground

/// The status line: what the last key did (naming the new value), else the main keys. The diagnosis has
/// its own line (`DiagnosisLine`), so a key's message never hides it.
enum StatusLine {
    /// The key hints in the order shown, each with its priority (1 first) for narrow terminals.
    static let hintItems: [(text: String, priority: Int)] = [
        ("space play/pause", 1), ("s step", 4), ("r reset", 5), ("n new data", 8), ("b best", 9), ("Tab/↑↓ move", 6),
        ("←→ change", 7), ("[ ] rate", 3), ("p presets", 10), ("f projector", 11), ("? help", 2), ("q quit", 1),
    ]
    /// The projector view's hints (no controls to move through).
    static let projectorHintItems: [(text: String, priority: Int)] = [
        ("space play/pause", 1), ("s step", 4), ("r reset", 5), ("b best", 6), ("[ ] rate", 3), ("L the step", 7),
        ("f back", 1), ("? help", 2), ("q quit", 1),
    ]

    /// The notes' hints (the controls' column holds the notes).
    static let notesHintItems: [(text: String, priority: Int)] = [
        ("space play/pause", 1), ("s step", 4), ("r reset", 5), ("n new data", 8), ("b best", 9), ("[ ] rate", 3),
        ("i Esc notes", 6), ("p presets", 10), ("f projector", 11), ("? help", 2), ("q quit", 1),
    ]

    /// As many hints as fit in `width` columns, most important first, shown in their usual order: never cut.
    static func hints(width: Int, projector: Bool = false, notes: Bool = false) -> String {
        let items = projector ? projectorHintItems : notes ? notesHintItems : hintItems
        var chosen = Set<Int>(), used = 0
        for index in items.indices.sorted(by: { items[$0].priority < items[$1].priority }) {
            let cost = items[index].text.count + (chosen.isEmpty ? 0 : 2)
            if used + cost <= width { chosen.insert(index); used += cost }
        }
        return items.indices.filter(chosen.contains).map { items[$0].text }.joined(separator: "  ")
    }

    /// The shown neuron's numbers (while `v` or a click shows one): its bias and each incoming weight, named
    /// by the unit it comes from, as many as fit, strongest first.
    static func neuronValues(_ state: AppState, width: Int) -> String? {
        guard case .neuron(let layer, let index) = state.heatmapSource else { return nil }
        let network = state.snapshot.network
        guard layer < network.layers.count, index < network.layers[layer].outputCount else { return nil }
        let isOutput = layer == network.layers.count - 1
        func signed(_ v: Float) -> String { BackpropStory.number(v, digits: 2) }
        func source(_ i: Int) -> String {
            layer == 0
                ? state.config.features[safe: i].map(state.name) ?? "in\(i + 1)" : "L\(layer)·\(i + 1)"
        }
        let name =
            isOutput
            ? (state.snapshot.classCount > 2 ? "output for class \(index)" : "output \(index + 1)")
            : "L\(layer + 1)·\(index + 1)"
        var text = "\(name)  bias \(signed(network.bias(layer: layer, neuron: index)))  weights in:"
        let weights = (0..<network.layers[layer].inputCount).map {
            ($0, network.weight(layer: layer, from: $0, to: index))
        }
        let tail = "  · Esc output"
        var shown = 0
        for (i, w) in weights.sorted(by: { Swift.abs($0.1) > Swift.abs($1.1) }) {
            let item = " \(source(i)) \(signed(w))"
            guard text.count + item.count + tail.count + 6 <= width else { break }
            text += item
            shown += 1
        }
        if shown < weights.count { text += " +\(weights.count - shown) more" }
        return text + tail
    }

    static func draw(_ state: AppState, into screen: inout Screen, area: Rect) {
        let (text, style) = line(state, width: area.width - 2)
        screen.write(" " + text, x: area.x, y: area.y, style: style, limit: area.width)
    }

    /// What the line says: the last key's message, else the keys of the mode on top (generated from its
    /// table), else the shown neuron's numbers, else the main keys.
    static func line(_ state: AppState, width: Int) -> (String, Style) {
        if let message = state.message { return (message, Theme.good) }
        switch state.mode {
        case .normal, .notes:
            if let values = neuronValues(state, width: width) { return (values, Theme.heading) }
            return (hints(width: width, notes: state.mode == .notes), Theme.dim)
        case .features:
            let lead = modeKeys(.features, width: width)
            if let words = compareStatus(state) { return (lead + "  " + words, Theme.heading) }
            return (lead + "  " + hints(width: width - lead.count - 2), Theme.dim)
        case .projector: return (hints(width: width, projector: true), Theme.dim)
        case .compare: return (compareStatus(state) ?? "", Theme.heading)
        default: return (modeKeys(state.mode, width: width), Theme.heading)
        }
    }

    /// The own keys of `mode`, from its table, as many whole items as fit in `width`.
    static func modeKeys(_ mode: Mode, width: Int) -> String {
        var seen = Set<String>()
        let items = ModeTable.of(mode).own.compactMap { binding -> String? in
            guard seen.insert(binding.summary).inserted else { return nil }
            switch binding.action {
            case .toggleHelp where mode != .help: return "? keys"
            case .quit: return "q quit"
            default: return binding.hint ?? "\(binding.label) \(binding.summary)"
            }
        }
        var text = ""
        for item in items where text.count + item.count + (text.isEmpty ? 0 : 2) <= width {
            text += (text.isEmpty ? "" : "  ") + item
        }
        return text
    }
}
