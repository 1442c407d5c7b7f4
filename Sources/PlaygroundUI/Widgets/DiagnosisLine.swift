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
        // Time travel says the past's own diagnosis, not the present's held one.
        let held = state.snapshot.travelledEpoch == nil ? state.diagnosis.shown : nil
        let (text, problem) = text(state.snapshot, shown: held)
        let style = problem ? Theme.warning : Theme.dim
        for (row, line) in NotesPanel.wrap(text, width: area.width - 1).prefix(area.height).enumerated() {
            screen.write(" " + line, x: area.x, y: area.y + row, style: style, limit: area.width)
        }
    }
}
