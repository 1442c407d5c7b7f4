import Playground

/// The standing diagnosis: what training is doing now and what to do about it (`TrainingHealth`), word-
/// wrapped over the rows it has.
enum DiagnosisLine {
    /// The line for `snapshot`, saying `shown` (the held diagnosis, `DiagnosisHold`; the snapshot's own by
    /// default) unless the run diverged.
    static func text(_ snapshot: Snapshot, shown: TrainingHealth? = nil) -> (text: String, problem: Bool) {
        let health = snapshot.divergedAt.map { TrainingHealth.diverged(epoch: $0) } ?? shown ?? snapshot.health
        guard let latest = snapshot.shown, latest.epoch > 0 || snapshot.divergedAt != nil else {
            return ("· press space to train, s for one epoch", false)
        }
        var line = health.line(trainLoss: latest.trainLoss)
        if let past = snapshot.travelledEpoch { line = "at epoch \(past): " + line }
        if snapshot.divergedAt != nil { return ("✕ " + line, true) }
        let mark = health.isProblem ? "⚠ " : health.advice == nil && health != .measuring ? "✓ " : "· "
        return (mark + line, health.isProblem)
    }

    static func draw(_ state: AppState, into screen: inout Screen, area: Rect) {
        if let compare = state.compare {
            drawSides(state, compare, into: &screen, area: area)
            return
        }
        // Time travel says the past's own diagnosis, not the present's held one.
        let held = state.snapshot.travelledEpoch == nil ? state.diagnosis.shown : nil
        let (text, problem) = text(state.snapshot, shown: held)
        let style = problem ? Theme.warning : Theme.dim
        for (row, line) in NotesPanel.wrap(text, width: area.width - 1).prefix(area.height).enumerated() {
            screen.write(" " + line, x: area.x, y: area.y + row, style: style, limit: area.width)
        }
    }

    /// Comparing: each side's own diagnosis, named — A above B on two rows, side by side on one.
    private static func drawSides(_ state: AppState, _ compare: CompareView, into screen: inout Screen, area: Rect) {
        let focused = text(state.snapshot, shown: state.diagnosis.shown), other = text(compare.otherSnapshot)
        let (a, b) = compare.focusedIsB ? (other, focused) : (focused, other)
        let sides = [("A ", a), ("B ", b)]
        for (index, (name, line)) in sides.enumerated() {
            let (x, y, width) =
                area.height >= 2
                ? (area.x, area.y + index, area.width)
                : (area.x + index * (area.width / 2), area.y, area.width / 2 - (index == 0 ? 1 : 0))
            let words = NotesPanel.wrap(line.text, width: Swift.max(1, width - 3)).first ?? ""
            screen.write(" " + name + words, x: x, y: y, style: line.problem ? Theme.warning : Theme.dim, limit: width)
        }
    }
}
