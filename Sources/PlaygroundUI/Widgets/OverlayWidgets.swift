import Foundation
import Playground

/// The loaded lesson's notes, re-flowed to the width, over the lower part of the network panel but above
/// its gradient-norm row, which is evidence for some lessons (`i` toggles). Notes longer than the panel
/// come in pages: the title says "notes 1/2 · i next", and `i` turns to the next page, then hides them.
enum NotesPanel {
    /// Where the panel goes and what it holds, for `state`'s layout.
    struct Geometry {
        let x, y, width, height: Int
        /// The notes wrapped to the panel's width.
        let lines: [String]
        /// Text rows inside the border.
        var rowsPerPage: Int { Swift.max(1, height - 2) }
        var pageCount: Int { Swift.max(1, (lines.count + rowsPerPage - 1) / rowsPerPage) }
    }

    /// `atTop`: under the panel's top edge (when the step panel takes the lower part).
    static func geometry(_ state: AppState, over frame: Rect, atTop: Bool) -> Geometry? {
        guard let notes = state.notes else { return nil }
        let width = frame.width
        let lines = wrap(reflowed(notes), width: width - 2)
        let room = frame.height - 2  // the ∇ row and the bottom border stay visible
        let height =
            atTop
            ? Swift.min(lines.count + 2, Swift.max(4, room - StepPanel.frame(in: frame).height - 1))
            : Swift.min(lines.count + 2, Swift.max(4, room * 2 / 3))
        let y = atTop ? frame.y + 1 : frame.y + room - height
        return Geometry(x: frame.x, y: y, width: width, height: height, lines: lines)
    }

    /// How many pages the notes take in `state`'s layout (1 when they fit, or when there are none).
    static func pageCount(_ state: AppState) -> Int {
        geometry(state, over: state.layout.network, atTop: state.lowerPanelOpen)?.pageCount ?? 1
    }

    static func draw(_ state: AppState, into screen: inout Screen, over frame: Rect, atTop: Bool = false) {
        guard let g = geometry(state, over: frame, atTop: atTop) else { return }
        let pages = g.pageCount, page = Swift.min(Swift.max(state.notesPage, 0), pages - 1)
        let title =
            pages == 1 ? "notes · i hides" : "notes \(page + 1)/\(pages) · i \(page + 1 == pages ? "hides" : "next")"
        screen.fill(x: g.x, y: g.y, width: g.width, height: g.height, with: .blank)
        screen.box(x: g.x, y: g.y, width: g.width, height: g.height, title: title, style: Theme.heading)
        for (row, line) in g.lines.dropFirst(page * g.rowsPerPage).prefix(g.rowsPerPage).enumerated() {
            screen.write(line, x: g.x + 1, y: g.y + 1 + row, limit: g.width - 2)
        }
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
