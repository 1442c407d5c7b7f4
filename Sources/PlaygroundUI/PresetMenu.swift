import Playground

/// One line of the preset list: a loaded preset, or the reason its file could not be loaded.
public struct PresetListing: Sendable, Equatable {
    public var name: String
    public var preset: Preset?
    public var problem: String?

    public init(name: String, preset: Preset?, problem: String?) {
        self.name = name
        self.preset = preset
        self.problem = problem
    }
}

/// A modal panel over the playground that takes the keys while it is open.
public enum Overlay: Equatable, Sendable {
    /// The preset list with the highlighted row.
    case presets(selection: Int)
    /// Asking for a name to save the current setup under.
    case saveName(text: String)
    /// The name exists: overwrite it?
    case confirmOverwrite(name: String)
}

/// A save the loop should perform (file I/O stays out of `update`), then report with `.saved` or `.saveFailed`.
public struct SaveRequest: Equatable, Sendable {
    public var name: String
    public var preset: Preset
    public var overwrite: Bool
}

extension AppState {
    /// The current setup as a preset named `name`, keeping the loaded lesson's words.
    func currentPreset(named name: String) -> Preset {
        var display = DisplaySettings()
        display.speed = pace
        display.showTestPoints = showTestPoints
        display.discretize = discretize
        display.logScale = logScale
        return Preset(name: name, title: title ?? name, description: presetDescription ?? "saved from the playground",
                      notes: notes ?? "", config: config, display: display)
    }

    /// Switches to `preset`: its setup, pace and display, its title and notes (shown).
    mutating func apply(_ preset: Preset) -> [TrainerCommand] {
        config = preset.config
        show(preset)
        heatmapSource = .output
        focus = Swift.min(focus, controls.count - 1)
        message = "preset \(preset.name) loaded" + (notes != nil ? " — i shows or hides its notes" : "")
        return [.rebuild(config), .setPace(pace), .setGrids(gridRequest)]
    }

    /// Takes `preset`'s pace, display toggles, title and notes (shown), leaving the setup as it is.
    public mutating func show(_ preset: Preset) {
        pace = preset.display.speed
        showTestPoints = preset.display.showTestPoints
        discretize = preset.display.discretize
        logScale = preset.display.logScale
        title = preset.title.isEmpty ? preset.name : preset.title
        presetDescription = preset.description
        notes = preset.notes.isEmpty ? nil : preset.notes
        showNotes = notes != nil
    }
}

/// Routes a key: to the open overlay if there is one, else through the key table to `update`.
public func handle(_ state: inout AppState, key: Key) -> [TrainerCommand] {
    guard let overlay = state.overlay else {
        guard let action = Keymap.action(for: key) else { return [] }
        return update(&state, action)
    }
    switch overlay {
    case .presets(let selection): return presetList(&state, key: key, selection: selection)
    case .saveName(let text): savePrompt(&state, key: key, text: text)
    case .confirmOverwrite(let name): confirm(&state, key: key, name: name)
    }
    return []
}

private func presetList(_ state: inout AppState, key: Key, selection: Int) -> [TrainerCommand] {
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
        return state.apply(preset)
    default: break
    }
    return []
}

private func savePrompt(_ state: inout AppState, key: Key, text: String) {
    switch key {
    case .escape: state.overlay = nil
    case .backspace: state.overlay = .saveName(text: String(text.dropLast()))
    case .enter:
        guard PresetLibrary.isValidName(text) else {
            state.message = "a preset name uses letters, digits, - and _ (e.g. my-xor)"
            return
        }
        if state.presets.contains(where: { $0.name == text }) {
            state.overlay = .confirmOverwrite(name: text)
        } else {
            state.pendingSave = SaveRequest(name: text, preset: state.currentPreset(named: text), overwrite: false)
            state.overlay = nil
        }
    case .character(let c) where text.count < 64 && c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_"):
        state.overlay = .saveName(text: text + String(c))
    default: break
    }
}

private func confirm(_ state: inout AppState, key: Key, name: String) {
    switch key {
    case .character("y"), .character("Y"):
        state.pendingSave = SaveRequest(name: name, preset: state.currentPreset(named: name), overwrite: true)
        state.overlay = nil
    case .character("n"), .character("N"), .escape: state.overlay = .saveName(text: name)
    default: break
    }
}
