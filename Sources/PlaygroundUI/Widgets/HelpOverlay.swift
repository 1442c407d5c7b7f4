import Playground

/// The help overlay (`?`): the keys of the mode it was opened over, generated from that mode's table.
enum HelpOverlay {
    /// One column when the table fits the screen; else two columns with the summaries wrapped (and the mouse
    /// note left out if it still does not fit), so every key shows even at 80×24.
    static func draw(_ state: AppState, into screen: inout Screen) {
        let described = described(state)
        let entries = Keymap.helpLines(for: described)
        let title = "keys: \(described.last?.title ?? "normal") (? or Esc closes)"
        let mouse = ModeTable.of(described.last ?? .normal).mouse
        let single = entries.map { $0.keys.padding(to: 14) + $0.summary }
        let singleWidth = (single.map(\.count).max() ?? 0)
        let singleNote = mouse.map { NotesPanel.wrap($0, width: singleWidth) } ?? []
        if single.count + 1 + singleNote.count + 2 <= screen.height, singleWidth + 4 <= screen.width - 2 {
            panel(
                columns: [single], footer: singleNote.isEmpty ? [] : [""] + singleNote, columnWidth: singleWidth,
                title: title, into: &screen)
            return
        }
        let columnWidth = (screen.width - 6) / 2
        let keyWidth = Swift.min((entries.map(\.keys.count).max() ?? 0) + 1, 12)
        let wrapped = entries.flatMap { entry -> [String] in
            NotesPanel.wrap(entry.summary, width: columnWidth - keyWidth).enumerated().map { line in
                (line.offset == 0 ? entry.keys.padding(to: keyWidth) : String(repeating: " ", count: keyWidth))
                    + line.element
            }
        }
        var split = (wrapped.count + 1) / 2
        while split < wrapped.count, wrapped[split].hasPrefix(" ") { split += 1 }  // an entry stays in one column
        let columns = [Array(wrapped[..<split]), Array(wrapped[split...])]
        let note = mouse.map { NotesPanel.wrap($0, width: 2 * columnWidth + 2) } ?? []
        let rows = columns.map(\.count).max() ?? 0
        let footer = !note.isEmpty && rows + 1 + note.count + 2 <= screen.height ? [""] + note : []
        panel(columns: columns, footer: footer, columnWidth: columnWidth, title: title, into: &screen)
    }

    /// The modes whose top the help describes: the stack beneath the help itself.
    static func described(_ state: AppState) -> [Mode] {
        let stack = state.modeStack
        return stack.last == .help ? Array(stack.dropLast()) : stack
    }

    /// A box holding `columns` side by side (two cells apart) and `footer` lines across its width.
    private static func panel(
        columns: [[String]], footer: [String], columnWidth: Int, title: String,
        into screen: inout Screen
    ) {
        let inner = Swift.max(columns.count * columnWidth + (columns.count - 1) * 2, title.count + 2)
        let width = Swift.min(inner + 4, screen.width)  // over the header and status line if it must
        let height = Swift.min((columns.map(\.count).max() ?? 0) + footer.count + 2, screen.height)
        let x = Swift.max(0, (screen.width - width) / 2), y = Swift.max(0, (screen.height - height) / 2)
        screen.fill(x: x, y: y, width: width, height: height, with: .blank)
        screen.box(x: x, y: y, width: width, height: height, title: title, style: Theme.heading)
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
