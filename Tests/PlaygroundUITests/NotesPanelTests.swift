import Testing
import Playground
@testable import PlaygroundUI

@Suite("Lesson notes in pages")
struct NotesPanelTests {
    /// Thirty numbered sentences: longer than the notes' column at 80×24, short enough at 160×48.
    static let notes = (1...30).map { "Sentence \($0) of the lesson." }.joined(separator: " ")

    /// The panel's rows (its title row first) as the frame shows them.
    func panel(_ state: AppState) throws -> [String] {
        let g = try #require(NotesPanel.geometry(state, in: state.layout.controls))
        let lines = render(state).lines
        return (g.y..<(g.y + g.height)).map { row in
            String(Array(lines[row])[g.x..<(g.x + g.width)])
        }
    }

    @Test func longNotesTurnPagesWithIAndEveryWordIsShownOnce() throws {
        var state = try makeState(width: 80, height: 24)
        state.notes = Self.notes
        _ = update(&state, .toggleNotes)
        let pages = NotesPanel.pageCount(state)
        #expect(pages > 1, "the notes do not fit at 80×24")
        var seen: [String] = []
        for page in 1...pages {
            let rows = try panel(state)
            let title = page == pages ? "notes \(page)/\(pages) · i hides" : "notes \(page)/\(pages) · i next"
            #expect(rows[0].contains(title), "page \(page): \(rows[0])")
            seen += rows.dropFirst().dropLast(2).map { $0.dropFirst().dropLast().trimmingCharacters(in: .whitespaces) }
            #expect(rows[rows.count - 2].contains("0.03  [ ]"), "the rate stays in view")
            _ = update(&state, .toggleNotes)
            #expect(state.showNotes == (page < pages), "the last page's i hides the notes")
        }
        let text = seen.filter { !$0.isEmpty }.joined(separator: " ")
        #expect(text == Self.notes, "every word, in order, once: \(text)")
        _ = update(&state, .toggleNotes)
        #expect(state.showNotes && state.notesPage == 0, "shown again from the first page")
    }

    @Test func notesThatFitHideAtTheFirstPress() throws {
        var state = try makeState(width: 160, height: 48)
        state.notes = Self.notes
        _ = update(&state, .toggleNotes)
        #expect(NotesPanel.pageCount(state) == 1)
        #expect(try panel(state)[0].contains("notes · i or Esc hides"))
        _ = update(&state, .toggleNotes)
        #expect(!state.showNotes)
    }
}

@Suite("The notes never cover what they talk about")
struct NotesPlaceTests {
    /// Open notes take the controls' column (wider on wide terminals); the network and the picture keep
    /// their whole panels, and keys that would step the hidden controls do nothing.
    @Test(arguments: [(160, 48, 42), (120, 40, 34), (80, 24, 24)])
    func theNotesTakeTheControlsColumn(width: Int, height: Int, column: Int) throws {
        var state = try makeState(width: width, height: height)
        let closed = render(state).lines
        state.notes = "Watch the output neuron."
        _ = update(&state, .toggleNotes)
        let layout = state.layout
        #expect(layout.controls.width == column && layout.network.x == column)
        let lines = render(state).lines
        #expect(lines[layout.controls.y].hasPrefix("┌ notes · i"))
        let network = layout.network
        let networkRows = (network.y..<network.y + network.height).map { String(Array(lines[$0])[network.x...]) }
        #expect(!networkRows.joined().contains("Watch the output"), "nothing of the notes over the network")
        if !layout.compact {  // the picture keeps its size; at 80×24 it gives 6 columns to the notes
            #expect(
                closed[layout.heatmapFrame.y].hasSuffix(
                    String(lines[layout.heatmapFrame.y].suffix(layout.heatmapFrame.width))))
        } else {
            #expect(layout.heatmapFrame.width >= 28 && layout.network.width >= Layout.compactMiddleWidth)
        }
        let focus = state.focus
        #expect(route(&state, key: .tab).isEmpty && state.focus == focus, "no hidden control moves")
        _ = route(&state, key: .escape)
        #expect(
            !state.showNotes
                && state.layout.controls.width == (layout.compact ? Layout.compactControlsWidth : Layout.controlsWidth))
    }
}
