import Playground

/// The seeds view on screen: what is trained and the goal on the top row, the share that reaches the goal
/// (with its interval, the median epochs and the worst run) under it, then one tile per run: its final
/// decision boundary, framed by how it ended, under its final test loss; the keys on the status line.
///
/// ```
/// seeds · xor · 24 runs × 500 epochs · new weights, same data              ✓ reached  ✗ not  ✕ diverged
/// 22 of 24 reach 95% test accuracy (95% interval 74–98%); median 24 epochs; worst 90% (seed 3)
/// ╔ ✓ 0.024 ═══════╗ ┌ ✗ 0.17 ────────┐ …
/// ║  picture       ║ │                │
/// ╚ seed 0 ═══ 99% ╝ └ seed 1 ─── 87% ┘
/// ```
enum SeedsPanel {
    /// Rows for the summary: two, for the share, the median and the worst run, or the first promise broken.
    static func summaryRows(width: Int) -> Int { 2 }

    /// Where the tiles go.
    static func body(width: Int, height: Int) -> Rect {
        let top = 1 + summaryRows(width: width)
        return Rect(x: 0, y: top, width: width, height: height - top - 1)
    }

    /// The tiles' grid for the current size: all the runs, or as many as still fit after a shrink.
    static func layout(_ state: AppState) -> SeedsLayout? {
        guard let seeds = state.seeds else { return nil }
        let body = body(width: state.width, height: state.height)
        return SeedsLayout(body: body, runs: seeds.runs)
            ?? SeedsLayout(body: body, runs: Swift.max(1, SeedsLayout.capacity(of: body)))
    }

    static func draw(_ state: AppState, into screen: inout Screen) {
        guard let seeds = state.seeds else { return }
        drawTitle(state, seeds, into: &screen)
        let rows = summaryRows(width: state.width)
        for (offset, line) in summaryLines(seeds, width: state.width - 2, rows: rows).enumerated() {
            screen.write(line, x: 1, y: 1 + offset, style: offset == 0 ? Theme.title : .plain, limit: state.width - 2)
        }
        guard let layout = layout(state) else { return }
        let shown = Swift.min(seeds.runs, layout.columns * layout.rows)
        for index in 0..<shown {
            drawTile(index, seeds, frame: layout.tile(index), state: state, into: &screen)
        }
        if shown < seeds.runs {
            let note = " showing \(shown) of \(seeds.runs) runs: enlarge the terminal for all "
            screen.write(note, x: 1, y: layout.body.y + layout.body.height - 1, style: Theme.warning)
        }
    }

    private static func drawTitle(_ state: AppState, _ seeds: SeedsView, into screen: inout Screen) {
        let name = state.presetName ?? seeds.config.dataset.rawValue
        let left = "seeds · \(name) · \(seeds.runs) runs × \(seeds.epochs) epochs · \(seeds.vary.words)"
        let end = screen.write(left, x: 1, y: 0, style: Theme.heading, limit: state.width - 2)
        let goal =
            seeds.judgingPromises ? "the lesson's promises" : seeds.goalIsLesson ? "the lesson's goal" : "your goal"
        let legend = "✓ reached  ✗ not  ✕ diverged"
        let right = [legend + " · " + goal, goal].first { end + 3 + $0.count <= state.width - 1 }
        if let right {
            screen.write(right, x: state.width - 1 - right.count, y: 0, style: Theme.dim)
        }
    }

    /// The summary as up to `rows` lines of `width`, whole phrases to a line: while running, the count done
    /// first; then `SeedsView.summaryLine` over the finished runs.
    static func summaryLines(_ seeds: SeedsView, width: Int, rows: Int) -> [String] {
        let finished = seeds.judged
        var phrases: [String] = []
        if !seeds.isDone { phrases.append("\(finished.count) of \(seeds.runs) runs done…") }
        if !finished.isEmpty { phrases += seeds.summaryLine.components(separatedBy: "; ") }
        var lines: [String] = []
        for phrase in phrases {
            if let last = lines.last, last.count + 2 + phrase.count <= width {
                lines[lines.count - 1] = last + "; " + phrase
            } else if lines.count < rows {
                lines.append(phrase)
            }
        }
        return lines
    }

    private static func drawTile(
        _ index: Int, _ seeds: SeedsView, frame: Rect, state: AppState, into screen: inout Screen
    ) {
        let outcome = seeds.outcome(of: index)
        var style: Style
        let lines: BoxLines
        let mark: String
        switch outcome {
        case .reached: (style, lines, mark) = (Theme.good, .double, "✓")
        case .missed: (style, lines, mark) = (Theme.marker, .single, "✗")
        case .diverged: (style, lines, mark) = (Theme.warning, .dashed, "✕")
        case nil: (style, lines, mark) = (Theme.dim, .single, "…")
        }
        let selected = index == seeds.selected
        if selected { style.bold = true }
        screen.box(x: frame.x, y: frame.y, width: frame.width, height: frame.height, style: style, lines: lines)
        let inner = frame.inner
        let tile = seeds.tiles[index]
        var title = mark
        if let run = tile?.run {
            let loss = NumberFormat.significant(run.finalTestLoss, digits: 2)
            title += run.diverged ? (inner.width >= 12 ? " diverged" : " NaN") : " " + loss
        }
        var titleStyle = style
        titleStyle.reverse = selected
        screen.write(
            (selected ? "▸" : " ") + title + " ", x: frame.x + 1, y: frame.y, style: titleStyle, limit: inner.width)
        let label = " \(seeds.vary.runName) \(seeds.seed(of: index)) "
        let bottom = frame.y + frame.height - 1
        screen.write(label, x: frame.x + 1, y: bottom, style: style, limit: inner.width)
        if let accuracy = tile?.run.testAccuracy, tile?.run.diverged == false {
            let text = " \(Int((accuracy * 100).rounded()))% "
            if label.count + text.count <= inner.width {
                screen.write(text, x: inner.x + inner.width - text.count, y: bottom, style: style)
            }
        }
        guard let tile else {
            screen.fill(x: inner.x, y: inner.y, width: inner.width, height: inner.height, with: .blank)
            screen.write(
                "training", x: inner.x + (inner.width - 8) / 2, y: inner.y + inner.height / 2, style: Theme.dim)
            return
        }
        if tile.run.diverged {  // as the heatmap says it: the weights are no longer numbers
            screen.fill(x: inner.x, y: inner.y, width: inner.width, height: inner.height, with: Theme.neutralFill)
            let style = Style(foreground: .rgb(160, 40, 40), background: .rgb(Palette.neutral), bold: true)
            screen.write("NaN", x: inner.x + (inner.width - 3) / 2, y: inner.y + inner.height / 2, style: style)
            return
        }
        let picture = HeatmapWidget.picture(
            grid: tile.grid, points: [], classCount: state.snapshot.classCount, columns: inner.width,
            rows: inner.height, mode: state.colorMode)
        for row in 0..<inner.height {
            for column in 0..<inner.width { screen[inner.x + column, inner.y + row] = picture[column, row] }
        }
    }
}
