import Playground

/// Routes a key: to the open overlay if there is one, else through the key table to `update`. With
/// `update`, the only code that changes the state; what must happen outside it comes back as effects.
public func route(_ state: inout AppState, key: Key) -> [Effect] {
    guard let overlay = state.overlay else {
        if !state.showHelp, let effects = inspectorKey(&state, key: key) { return effects }
        if !state.showHelp, let effects = sweepKey(&state, key: key) { return effects }
        if !state.showHelp, !state.projector, let effects = featureKey(&state, key: key) { return effects }
        guard let action = Keymap.action(for: key) else { return [] }
        return update(&state, action)
    }
    switch overlay {
    case .presets(let selection): return presetList(&state, key: key, selection: selection)
    case .saveName(let text): return savePrompt(&state, key: key, text: text)
    case .confirmOverwrite(let name): return confirm(&state, key: key, name: name)
    }
}

private func presetList(_ state: inout AppState, key: Key, selection: Int) -> [Effect] {
    let count = state.presets.count
    switch key {
    case .up, .character("k"): state.overlay = .presets(selection: Swift.max(0, selection - 1))
    case .down, .character("j"), .tab: state.overlay = .presets(selection: Swift.min(Swift.max(count - 1, 0), selection + 1))
    case .escape, .character("p"), .character("q"): state.overlay = nil
    case .enter, .character(" "):
        guard selection < count else { return [] }
        let listing = state.presets[selection]
        guard let preset = listing.preset else {
            state.message = listing.problem ?? "\(listing.name) cannot be loaded"
            return []
        }
        state.overlay = nil
        return state.load(preset)
    default: break
    }
    return []
}

private func savePrompt(_ state: inout AppState, key: Key, text: String) -> [Effect] {
    switch key {
    case .escape: state.overlay = nil
    case .backspace: state.overlay = .saveName(text: String(text.dropLast()))
    case .enter:
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
    case .character(let c) where text.count < PresetLibrary.maximumNameLength && PresetLibrary.isValidNameCharacter(c):
        state.overlay = .saveName(text: text + String(c))
        state.message = nil
    case .character(let c):
        state.message = text.count >= PresetLibrary.maximumNameLength
            ? "a preset name has at most \(PresetLibrary.maximumNameLength) characters"
            : "'\(String(c).withoutControlCharacters)' cannot be part of a preset name: letters, digits, - and _ only"
    default: break
    }
    return []
}

private func confirm(_ state: inout AppState, key: Key, name: String) -> [Effect] {
    switch key {
    case .character("y"), .character("Y"):
        state.overlay = nil
        return [.save(SaveRequest(name: name, preset: state.currentPreset(named: name), overwrite: true))]
    case .character("n"), .character("N"), .escape: state.overlay = .saveName(text: name)
    default: break
    }
    return []
}
