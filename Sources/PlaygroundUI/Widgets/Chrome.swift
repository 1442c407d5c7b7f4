import Playground

/// The header: name, title and dataset on the left; epoch, state and speed on the right.
enum HeaderWidget {
    static func draw(_ state: AppState, into screen: inout Screen, area: Rect) {
        drawTitle(state, into: &screen, area: area, bigFigures: false)
    }

    /// The fewest columns a cut title keeps (" NeuralPlayground · " and a word).
    static let minimumTitleWidth = 24

    /// The first `length` characters of `text`, back to the end of its last whole word (if a word was cut
    /// and another ends after `minimumTitleWidth / 2`), without trailing spaces or "·".
    static func cutAtAWord(_ text: String, to length: Int) -> String {
        let characters = Array(text)
        var end = Swift.min(length, characters.count)
        if end < characters.count, characters[end] != " ",
           let space = characters[..<end].lastIndex(of: " "), space > minimumTitleWidth / 2 { end = space }
        while end > 0, characters[end - 1] == " " || characters[end - 1] == "·" { end -= 1 }
        return String(characters[..<end])
    }

    /// The title line; with `bigFigures` (the projector view draws epoch and losses big below it) the
    /// right side shows only the run state and speed.
    static func drawTitle(_ state: AppState, into screen: inout Screen, area: Rect, bigFigures: Bool) {
        let snapshot = state.snapshot
        let name = " NeuralPlayground" + (state.title.map { " · \($0)" } ?? "")
        var left = name + " · \(state.config.dataName)"
        let run: String
        if snapshot.divergedAt != nil { run = "✕ diverged" } else if snapshot.playing { run = "▶ playing" } else if let travelled = snapshot.travelledEpoch {
            run = "◂◂ showing epoch \(travelled)"
        } else { run = "❚❚ paused" }
        let epoch = snapshot.divergedAt ?? snapshot.epoch  // the epoch the notice names
        let losses = snapshot.latest.map {
            "train \(LossChartWidget.format($0.trainLoss))  test \(LossChartWidget.format($0.testLoss))"
        } ?? ""
        let rate = snapshot.playing ? "\(Int(snapshot.epochsPerSecond.rounded())) epochs/s" : ""
        // Longest first; the first that fits beside the left part is shown.
        let candidates = (bigFigures ? [[run, rate, "speed \(state.pace.label)"], [run, rate], [run]] : [
            [losses, "epoch \(epoch)", run, rate, "speed \(state.pace.label)"],
            [losses, "epoch \(epoch)", run, rate],
            [losses, "epoch \(epoch)", run],
            ["epoch \(epoch)", run],
        ]).map { $0.filter { !$0.isEmpty }.joined(separator: "  ") + " " }
        var right = candidates.first { $0.count <= area.width - left.count - 2 }
        // The losses matter more than the whole of a long title: rather than drop them, the dataset's name
        // goes (a lesson's title names it), then the title is cut.
        if right == nil || (!bigFigures && !losses.isEmpty && right == candidates.last) {
            let wanted = (bigFigures ? candidates.suffix(1) : candidates.suffix(2)).first {
                area.width - $0.count - 2 >= minimumTitleWidth
            }
            if let wanted {
                let room = area.width - wanted.count - 2
                right = wanted
                let short = state.title == nil ? left : name
                left = short.count <= room ? short : cutAtAWord(short, to: room - 1) + "…"
            }
        }
        screen.write(left, x: area.x, y: area.y, style: Theme.title, limit: area.width)
        guard let right else { return }
        screen.write(right, x: area.x + area.width - right.count, y: area.y,
                     style: snapshot.divergedAt != nil ? Theme.warning : Theme.title)
    }
}

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

    /// As many hints as fit in `width` columns, most important first, shown in their usual order: never cut.
    static func hints(width: Int, projector: Bool = false) -> String {
        let items = projector ? projectorHintItems : hintItems
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
            layer == 0 ? state.config.features[safe: i].map(NetworkWidget.shortName) ?? "in\(i + 1)" : "L\(layer)·\(i + 1)"
        }
        let name = isOutput ? "output \(index + 1)" : "L\(layer + 1)·\(index + 1)"
        var text = "\(name)  bias \(signed(network.bias(layer: layer, neuron: index)))  weights in:"
        let weights = (0..<network.layers[layer].inputCount).map { ($0, network.weight(layer: layer, from: $0, to: index)) }
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

    /// What the line says: the last key's message, else what the open mode's keys are (comparison, sweep,
    /// inspector), else the shown neuron's numbers, else the main keys.
    static func line(_ state: AppState, width: Int) -> (String, Style) {
        if let message = state.message { return (message, Theme.good) }
        if let words = compareStatus(state) { return (words, Theme.heading) }
        if state.sweep != nil {
            return ("Enter takes the sweep's best learning rate  Esc closes the sweep  space play/pause  ? help  q quit", Theme.heading)
        }
        if let inspector = state.inspector { return (InspectorPanel.hints(inspector, width: width), Theme.heading) }
        if let values = neuronValues(state, width: width) { return (values, Theme.heading) }
        let lead = !state.projector && state.focusedControl == .setting(.features) ? "←→ pick a feature  space turns it on/off  " : ""
        return (lead + hints(width: width - lead.count, projector: state.projector), Theme.dim)
    }
}

/// The standing diagnosis: what training is doing now and what to do about it (`TrainingHealth`), word-
/// wrapped over the rows it has.
enum DiagnosisLine {
    /// The line for `snapshot`, saying `shown` (the held diagnosis, `DiagnosisHold`; the snapshot's own by
    /// default) unless the run diverged.
    static func text(_ snapshot: Snapshot, shown: TrainingHealth? = nil) -> (text: String, problem: Bool) {
        let health = snapshot.divergedAt.map { TrainingHealth.diverged(epoch: $0) } ?? shown ?? snapshot.health
        guard let latest = snapshot.latest, latest.epoch > 0 || snapshot.divergedAt != nil else {
            return ("· press space to train, s for one epoch", false)
        }
        let line = health.line(trainLoss: latest.trainLoss)
        if snapshot.divergedAt != nil { return ("✕ " + line, true) }
        let mark = health.isProblem ? "⚠ " : health.advice == nil && health != .measuring ? "✓ " : "· "
        return (mark + line, health.isProblem)
    }

    static func draw(_ state: AppState, into screen: inout Screen, area: Rect) {
        let (text, problem) = text(state.snapshot, shown: state.diagnosis.shown)
        let style = problem ? Theme.warning : Theme.dim
        for (row, line) in NotesPanel.wrap(text, width: area.width - 1).prefix(area.height).enumerated() {
            screen.write(" " + line, x: area.x, y: area.y + row, style: style, limit: area.width)
        }
    }
}

/// The help overlay, generated from the key table.
enum HelpOverlay {
    static let mouse = "mouse: click a control to focus it, a neuron to see its output, an input to toggle it; "
        + "click the heatmap to add a class-1 point, right/shift-click for class 0."

    /// One column when the table fits the screen; else two columns with the summaries wrapped (and the mouse
    /// note left out if it still does not fit), so every key shows even at 80×24.
    static func draw(into screen: inout Screen) {
        let entries = Keymap.helpLines
        let single = entries.map { $0.keys.padding(to: 14) + $0.summary }
        let singleWidth = (single.map(\.count).max() ?? 0)
        let singleNote = NotesPanel.wrap(mouse, width: singleWidth)
        if single.count + 1 + singleNote.count + 2 <= screen.height, singleWidth + 4 <= screen.width - 2 {
            panel(columns: [single], footer: [""] + singleNote, columnWidth: singleWidth, into: &screen)
            return
        }
        let columnWidth = (screen.width - 6) / 2, keyWidth = 8
        let wrapped = entries.flatMap { entry -> [String] in
            NotesPanel.wrap(entry.summary, width: columnWidth - keyWidth).enumerated().map { line in
                (line.offset == 0 ? entry.keys.padding(to: keyWidth) : String(repeating: " ", count: keyWidth)) + line.element
            }
        }
        var split = (wrapped.count + 1) / 2
        while split < wrapped.count, wrapped[split].hasPrefix(" ") { split += 1 }  // an entry stays in one column
        let columns = [Array(wrapped[..<split]), Array(wrapped[split...])]
        let note = NotesPanel.wrap(mouse, width: 2 * columnWidth + 2)
        let rows = columns.map(\.count).max() ?? 0
        let footer = rows + 1 + note.count + 2 <= screen.height ? [""] + note : []
        panel(columns: columns, footer: footer, columnWidth: columnWidth, into: &screen)
    }

    /// A box holding `columns` side by side (two cells apart) and `footer` lines across its width.
    private static func panel(columns: [[String]], footer: [String], columnWidth: Int, into screen: inout Screen) {
        let inner = columns.count * columnWidth + (columns.count - 1) * 2
        let width = Swift.min(inner + 4, screen.width)  // over the header and status line if it must
        let height = Swift.min((columns.map(\.count).max() ?? 0) + footer.count + 2, screen.height)
        let x = Swift.max(0, (screen.width - width) / 2), y = Swift.max(0, (screen.height - height) / 2)
        screen.fill(x: x, y: y, width: width, height: height, with: .blank)
        screen.box(x: x, y: y, width: width, height: height, title: "keys (? to close)", style: Theme.heading)
        let rows = columns.map(\.count).max() ?? 0
        for (index, column) in columns.enumerated() {
            for (row, line) in column.prefix(height - 2).enumerated() {
                screen.write(line, x: x + 2 + index * (columnWidth + 2), y: y + 1 + row, limit: columnWidth)
            }
        }
        for (row, line) in footer.enumerated() where rows + row < height - 2 {
            screen.write(line, x: x + 2, y: y + 1 + rows + row, style: Theme.dim, limit: width - 4)
        }
    }
}

/// The frame for a terminal below the minimum size: says what is needed, never crashes.
enum TooSmallFrame {
    static func draw(into screen: inout Screen) {
        let lines = ["terminal too small", "need \(Layout.minimumWidth)×\(Layout.minimumHeight)", "have \(screen.width)×\(screen.height)",
                     "q quits"]
        let top = Swift.max(0, (screen.height - lines.count) / 2)
        for (row, line) in lines.enumerated() {
            let x = Swift.max(0, (screen.width - line.count) / 2)
            screen.write(line, x: x, y: top + row, style: row == 0 ? Theme.warning : .plain, limit: screen.width)
        }
    }
}

extension String {
    public func padding(to width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
}
