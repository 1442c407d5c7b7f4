import Foundation
import Playground

/// The loaded lesson's notes, re-flowed to the width, in the controls' column while they are open (`i`), so
/// they never cover the network or the picture they point at. Notes longer than the column come in pages:
/// the title says "notes 1/2 · i next", and `i` turns to the next page, then hides them; Esc hides them.
/// The column's last row keeps the learning rate in view, since the controls are not.
enum NotesPanel {
    /// Where the text goes and what it holds, for `state`'s layout.
    struct Geometry {
        let x, y, width, height: Int
        /// The notes wrapped to the panel's width.
        let lines: [String]
        /// Text rows inside the border, above the learning-rate row.
        var rowsPerPage: Int { Swift.max(1, height - 3) }
        var pageCount: Int { Swift.max(1, (lines.count + rowsPerPage - 1) / rowsPerPage) }
    }

    static func geometry(_ state: AppState, in frame: Rect) -> Geometry? {
        guard let notes = state.notes else { return nil }
        // Without Unicode a square reads x1^2, not x12 (the cells' ASCII fallback would drop the ²).
        let text = state.unicode ? notes : notes.replacingOccurrences(of: "²", with: "^2")
        let lines = wrap(reflowed(text), width: frame.width - 2)
        return Geometry(x: frame.x, y: frame.y, width: frame.width, height: frame.height, lines: lines)
    }

    /// How many pages the notes take in the layout they open in (1 when they fit, or when there are none).
    static func pageCount(_ state: AppState) -> Int {
        var open = state
        open.showNotes = true
        return geometry(open, in: open.layout.controls)?.pageCount ?? 1
    }

    static func draw(_ state: AppState, into screen: inout Screen, in frame: Rect) {
        guard let g = geometry(state, in: frame) else { return }
        let pages = g.pageCount, page = Swift.min(Swift.max(state.notesPage, 0), pages - 1)
        let turn = page + 1 == pages ? "i hides" : "i next"
        let titles =
            pages == 1 ? ["notes · i or Esc hides", "notes · i hides"] : ["notes \(page + 1)/\(pages) · \(turn)"]
        let title = titles.first { $0.count + 4 <= g.width } ?? titles[titles.count - 1]
        screen.fill(x: g.x, y: g.y, width: g.width, height: g.height, with: .blank)
        screen.box(x: g.x, y: g.y, width: g.width, height: g.height, title: title, style: Theme.heading)
        for (row, line) in g.lines.dropFirst(page * g.rowsPerPage).prefix(g.rowsPerPage).enumerated() {
            screen.write(line, x: g.x + 1, y: g.y + 1 + row, limit: g.width - 2)
        }
        let value = Control.setting(.learningRate).value(in: state)
        let rate =
            ["learning rate \(value)  [ ]", "rate η \(value)  [ ]"].first { $0.count <= g.width - 2 } ?? "η \(value)"
        screen.write(rate, x: g.x + 1, y: g.y + g.height - 2, style: Theme.dim, limit: g.width - 2)
    }

    /// Hard-wrapped lines of a paragraph joined, so the panel can wrap them to its own width; blank lines
    /// and lines that start a list (`- `, `• `) stay breaks.
    static func reflowed(_ text: String) -> String {
        var paragraphs: [String] = [], current: [String] = []
        func close() {
            if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
            current = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                close()
                paragraphs.append("")
                continue
            }
            if trimmed.hasPrefix("- ") || trimmed.hasPrefix("• ") { close() }
            current.append(trimmed)
        }
        close()
        return paragraphs.joined(separator: "\n")
    }

    /// Words wrapped to `width` columns; blank lines in the text are kept.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if line.isEmpty {
                    line = String(word.prefix(width))
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = String(word.prefix(width))
                }
            }
            lines.append(line)
        }
        while lines.last == "" { lines.removeLast() }
        return lines
    }
}

/// The modal panels: the preset list, the name prompt, the overwrite question.
enum OverlayPanel {
    static func draw(_ state: AppState, into screen: inout Screen) {
        switch state.overlay {
        case .presets(let selection): presetList(state, selection: selection, into: &screen)
        case .saveName(let text):
            prompt(
                [
                    "save the current setup as a preset named:", "", "  \(text)█", "",
                    "letters, digits, - and _ · Enter saves · Esc cancels",
                ], title: "write preset", into: &screen)
        case .confirmOverwrite(let name):
            prompt(["a preset named \(name) exists.", "", "overwrite it? y / n"], title: "write preset", into: &screen)
        case nil: break
        }
    }

    private static func presetList(_ state: AppState, selection: Int, into screen: inout Screen) {
        let width = Swift.min(96, screen.width - 4), height = Swift.min(state.presets.count + 5, screen.height - 2)
        let x = (screen.width - width) / 2, y = (screen.height - height) / 2
        screen.fill(x: x, y: y, width: width, height: height, with: .blank)
        screen.box(
            x: x, y: y, width: width, height: height, title: "presets · ↑↓ choose · Enter loads · Esc closes",
            style: Theme.heading)
        let rows = height - 4
        let first = Swift.min(Swift.max(0, selection - rows / 2), Swift.max(0, state.presets.count - rows))
        let nameWidth = Swift.min(22, (state.presets.map(\.name.count).max() ?? 0) + 2)
        for (row, listing) in state.presets.dropFirst(first).prefix(rows).enumerated() {
            let index = first + row
            let detail = listing.preset.map { $0.title } ?? "BROKEN: \(listing.problem ?? "cannot be loaded")"
            let text = listing.name.padding(to: nameWidth) + detail
            let style = index == selection ? Theme.focused : (listing.preset == nil ? Theme.warning : .plain)
            screen.write(text.padding(to: width - 4), x: x + 2, y: y + 1 + row, style: style, limit: width - 4)
        }
        if selection < state.presets.count {
            let listing = state.presets[selection]
            let about = listing.preset?.description ?? listing.problem ?? ""
            screen.write(about, x: x + 2, y: y + height - 2, style: Theme.dim, limit: width - 4)
        }
    }

    private static func prompt(_ lines: [String], title: String, into screen: inout Screen) {
        let width = Swift.min((lines.map(\.count).max() ?? 0) + 6, screen.width - 2), height = lines.count + 2
        let x = (screen.width - width) / 2, y = (screen.height - height) / 2
        screen.fill(x: x, y: y, width: width, height: height, with: .blank)
        screen.box(x: x, y: y, width: width, height: height, title: title, style: Theme.heading)
        for (row, line) in lines.enumerated() {
            screen.write(line, x: x + 3, y: y + 1 + row, style: row == 2 ? Style(bold: true) : .plain, limit: width - 4)
        }
    }
}
