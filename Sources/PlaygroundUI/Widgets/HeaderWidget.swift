import Playground

/// The header: name, title and dataset on the left; epoch, state and speed on the right.
enum HeaderWidget {
    static func draw(_ state: AppState, into screen: inout Screen, area: Rect) {
        drawTitle(state, into: &screen, area: area, bigFigures: false)
    }

    /// Comparing, the side the numbers and the keys belong to ("B: "); otherwise nothing.
    static func side(_ state: AppState) -> String {
        state.compare.map { $0.focusedIsB ? "B: " : "A: " } ?? ""
    }

    /// The fewest columns a cut title keeps (" NeuralPlayground · " and a word).
    static let minimumTitleWidth = 24

    /// The first `length` characters of `text`, back to the end of its last whole word (if a word was cut
    /// and another ends after `minimumTitleWidth / 2`), without trailing spaces or "·".
    static func cutAtAWord(_ text: String, to length: Int) -> String {
        let characters = Array(text)
        var end = Swift.min(length, characters.count)
        if end < characters.count, characters[end] != " ",
            let space = characters[..<end].lastIndex(of: " "), space > minimumTitleWidth / 2
        {
            end = space
        }
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
        if snapshot.divergedAt != nil {
            run = "✕ diverged"
        } else if snapshot.playing {
            run = "▶ playing"
        } else if let travelled = snapshot.travelledEpoch {
            run = "◂◂ showing epoch \(travelled)"
        } else {
            run = "❚❚ paused"
        }
        let epoch = snapshot.divergedAt ?? snapshot.travelledEpoch ?? snapshot.epoch  // the epoch the notice names
        let losses =
            snapshot.shown.map {
                side(state)
                    + "train \(LossChartWidget.format($0.trainLoss))  test \(LossChartWidget.format($0.testLoss))"
            } ?? ""
        let rate = snapshot.playing ? "\(Int(snapshot.epochsPerSecond.rounded())) epochs/s" : ""
        // Longest first; the first that fits beside the left part is shown.
        let candidates =
            (bigFigures
            ? [[run, rate, "speed \(state.pace.label)"], [run, rate], [run]]
            : [
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
                // The dataset's name goes first (a lesson's title names it), then the program's, then the title
                // is cut.
                let forms = state.title == nil ? [left] : [name, " " + state.title!]
                left = forms.first { $0.count <= room } ?? cutAtAWord(forms[forms.count - 1], to: room - 1) + "…"
            }
        }
        screen.write(left, x: area.x, y: area.y, style: Theme.title, limit: area.width)
        guard let right else { return }
        screen.write(
            right, x: area.x + area.width - right.count, y: area.y,
            style: snapshot.divergedAt != nil ? Theme.warning : Theme.title)
    }
}
