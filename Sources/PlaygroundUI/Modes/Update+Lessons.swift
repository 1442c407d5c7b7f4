import Playground

/// The lessons: the presets list, the next lesson, writing the setup as one, its notes.
func lessons(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .openPresets:
        guard !state.presets.isEmpty else {
            state.message = "no presets found (set --presets-dir or NNPLAY_PRESETS)"
            return []
        }
        let current = state.presets.firstIndex { $0.name == state.presetName } ?? 0
        state.overlay = .presets(selection: current)
    case .nextLesson:
        let lessons = state.presets.compactMap(\.preset)
        guard !lessons.isEmpty else {
            state.message = "no presets found (set --presets-dir or NNPLAY_PRESETS)"
            return []
        }
        let current = lessons.firstIndex { $0.name == state.presetName }
        return state.load(lessons[current.map { ($0 + 1) % lessons.count } ?? 0])
    case .savePreset: state.overlay = .saveName(text: "")
    case .toggleNotes: turnNotesPage(&state)
    default: break
    }
    return []
}

/// `i`: shows the notes, turns to their next page, and after the last hides them.
private func turnNotesPage(_ state: inout AppState) {
    if state.notes == nil {
        state.message = "no notes: load a preset with p"
    } else if !state.showNotes {
        state.showNotes = true
        state.notesPage = 0
    } else if state.notesPage + 1 < NotesPanel.pageCount(state) {
        state.notesPage += 1
    } else {
        state.showNotes = false
        state.notesPage = 0
    }
}

/// Keys of the presets list: move, load the highlighted lesson.
func presetList(_ state: inout AppState, _ key: ListAction) -> [Effect] {
    guard case .presets(let selection) = state.overlay else { return [] }
    let count = state.presets.count
    switch key {
    case .move(let delta):
        state.overlay = .presets(selection: Swift.min(Swift.max(selection + delta, 0), Swift.max(count - 1, 0)))
    case .choose:
        guard selection < count else { return [] }
        let listing = state.presets[selection]
        guard let preset = listing.preset else {
            state.message = listing.problem ?? "\(listing.name) cannot be loaded"
            return []
        }
        state.overlay = nil
        return state.load(preset)
    }
    return []
}

/// Keys of the name prompt (`w`) and its overwrite question.
func nameAction(_ state: inout AppState, _ key: NameAction) -> [Effect] {
    switch (state.overlay, key) {
    case (.saveName(let text), .type(let c)):
        if text.count >= PresetLibrary.maximumNameLength {
            state.message = "a preset name has at most \(PresetLibrary.maximumNameLength) characters"
        } else if PresetLibrary.isValidNameCharacter(c) {
            state.overlay = .saveName(text: text + String(c))
        } else {
            state.message =
                "'\(String(c).withoutControlCharacters)' cannot be part of a preset name: letters, digits, - and _ only"
        }
    case (.saveName(let text), .erase): state.overlay = .saveName(text: String(text.dropLast()))
    case (.saveName(let text), .confirm):
        guard PresetLibrary.isValidName(text) else {
            state.message = "a preset name uses letters, digits, - and _ (e.g. my-xor)"
            return []
        }
        if state.presets.contains(where: { $0.name == text }) {
            state.overlay = .confirmOverwrite(name: text)
        } else {
            state.overlay = nil
            return [.save(SaveRequest(name: text, preset: state.currentPreset(named: text), overwrite: false))]
        }
    case (.confirmOverwrite(let name), .overwrite):
        state.overlay = nil
        return [.save(SaveRequest(name: name, preset: state.currentPreset(named: name), overwrite: true))]
    case (.confirmOverwrite(let name), .rename): state.overlay = .saveName(text: name)
    default: break
    }
    return []
}
