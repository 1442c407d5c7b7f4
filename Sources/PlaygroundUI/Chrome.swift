import Playground

/// The header: name, title and dataset on the left; epoch, state and speed on the right.
enum HeaderWidget {
    static func draw(_ state: AppState, into screen: inout Screen, area: Rect) {
        let snapshot = state.snapshot
        var left = " NeuralPlayground"
        if let title = state.title { left += " · \(title)" }
        left += " · \(state.config.dataset.rawValue)"
        screen.write(left, x: area.x, y: area.y, style: Theme.title, limit: area.width)
        let run: String
        if snapshot.divergedAt != nil { run = "✕ diverged" } else if snapshot.playing { run = "▶ playing" } else { run = "❚❚ paused" }
        let epoch = snapshot.divergedAt ?? snapshot.epoch  // the epoch the notice names
        let losses = snapshot.latest.map {
            "train \(LossChartWidget.format($0.trainLoss))  test \(LossChartWidget.format($0.testLoss))"
        } ?? ""
        let rate = snapshot.playing ? "\(Int(snapshot.epochsPerSecond.rounded())) epochs/s" : ""
        // Longest first; the first that fits beside the left part is shown.
        let candidates = [
            [losses, "epoch \(epoch)", run, rate, "speed \(state.pace.label)"],
            [losses, "epoch \(epoch)", run, rate],
            [losses, "epoch \(epoch)", run],
            ["epoch \(epoch)", run],
        ].map { $0.filter { !$0.isEmpty }.joined(separator: "  ") + " " }
        let room = area.width - left.count - 2
        guard let right = candidates.first(where: { $0.count <= room }) else { return }
        screen.write(right, x: area.x + area.width - right.count, y: area.y,
                     style: snapshot.divergedAt != nil ? Theme.warning : Theme.title)
    }
}

/// The status line: what the last key did (naming the new value), else the main keys. The diagnosis has
/// its own line (`DiagnosisLine`), so a key's message never hides it.
enum StatusLine {
    static let hints = "space play/pause  s step  r reset  n new data  Tab/↑↓ move  ←→ change  [ ] rate  p presets  ? help  q quit"

    static func draw(_ state: AppState, into screen: inout Screen, area: Rect) {
        if let message = state.message {
            screen.write(" " + message, x: area.x, y: area.y, style: Theme.good, limit: area.width)
        } else {
            screen.write(" " + hints, x: area.x, y: area.y, style: Theme.dim, limit: area.width)
        }
    }
}

/// The standing diagnosis: what training is doing now and what to do about it (`TrainingHealth`), word-
/// wrapped over the rows it has.
enum DiagnosisLine {
    static func text(_ snapshot: Snapshot) -> (text: String, problem: Bool) {
        let health = snapshot.divergedAt.map { TrainingHealth.diverged(epoch: $0) } ?? snapshot.health
        if let advice = health.advice { return ((health == .diverged(epoch: snapshot.divergedAt ?? 0) ? "✕ " : "⚠ ") + advice, true) }
        guard let latest = snapshot.latest, latest.epoch > 0 else { return ("· press space to train, s for one epoch", false) }
        if health == .converged { return ("✓ converged: train loss flat at \(NumberFormat.significant(latest.trainLoss))", false) }
        return ("✓ learning: the loss is going down", false)
    }

    static func draw(_ state: AppState, into screen: inout Screen, area: Rect) {
        let (text, problem) = text(state.snapshot)
        let style = problem ? Theme.warning : Theme.dim
        for (row, line) in NotesPanel.wrap(text, width: area.width - 1).prefix(area.height).enumerated() {
            screen.write(" " + line, x: area.x, y: area.y + row, style: style, limit: area.width)
        }
    }
}

/// The help overlay, generated from the key table.
enum HelpOverlay {
    static func draw(into screen: inout Screen) {
        let lines = Keymap.helpLines.map { keys, summary in
            keys.padding(to: 14) + summary
        } + ["", "mouse: click a control to focus it, a neuron to see its", "output, an input to toggle it; click the heatmap to",
             "add a class-1 point, right/shift-click for class 0."]
        let width = Swift.min((lines.map(\.count).max() ?? 0) + 4, screen.width - 2)
        let height = Swift.min(lines.count + 2, screen.height - 2)
        let x = Swift.max(0, (screen.width - width) / 2), y = Swift.max(0, (screen.height - height) / 2)
        screen.fill(x: x, y: y, width: width, height: height, with: .blank)
        screen.box(x: x, y: y, width: width, height: height, title: "keys (? to close)", style: Theme.heading)
        for (row, line) in lines.prefix(height - 2).enumerated() {
            screen.write(line, x: x + 2, y: y + 1 + row, limit: width - 3)
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
