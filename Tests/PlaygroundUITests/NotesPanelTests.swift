import Testing
import Playground
@testable import PlaygroundUI

@Suite("Lesson notes in pages")
struct NotesPanelTests {
    /// Twelve numbered sentences: longer than the panel at 80×24, short enough at 160×48.
    static let notes = (1...12).map { "Sentence \($0) of the lesson." }.joined(separator: " ")

    /// The panel's rows (its title row first) as the frame shows them.
    func panel(_ state: AppState) throws -> [String] {
        let g = try #require(NotesPanel.geometry(state, over: state.layout.network, atTop: state.showStep))
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
            seen += rows.dropFirst().dropLast().map { $0.dropFirst().dropLast().trimmingCharacters(in: .whitespaces) }
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
        #expect(try panel(state)[0].contains("notes · i hides"))
        _ = update(&state, .toggleNotes)
        #expect(!state.showNotes)
    }
}
