import Playground

extension AppState {
    /// The current setup as a preset named `name`, keeping the loaded lesson's words.
    func currentPreset(named name: String) -> Preset {
        var display = DisplaySettings()
        display.speed = pace
        display.showTestPoints = showTestPoints
        display.discretize = discretize
        display.logScale = logScale
        display.showStep = showStep
        display.showSharpness = showSharpness
        return Preset(
            name: name, title: title ?? name, description: presetDescription ?? "saved from the playground",
            notes: notes ?? "", config: config, display: display)
    }

    /// Switches to `preset`: its setup, pace and display, its title and notes (shown). A preset whose setup
    /// does not validate (presets are checked when read, so only a hand-built one) changes nothing.
    mutating func load(_ preset: Preset) -> [Effect] {
        let valid: ValidConfig
        do {
            valid = try preset.config.validated()
        } catch {
            message = "\(preset.name): \(error.setting.presetKey): \(error.message)"
            return []
        }
        config = preset.config
        show(preset)
        heatmapSource = .output
        inspector = nil
        focus = Swift.min(focus, controls.count - 1)
        message = "preset \(preset.name) loaded" + (notes != nil ? " — i shows or hides its notes" : "")
        return [.pause, .rebuild(valid), .setPace(pace), .setGrids(gridRequest)].effects
    }

    /// Takes `preset`'s pace, display toggles, title and notes (shown), leaving the setup as it is.
    mutating func show(_ preset: Preset) {
        pace = preset.display.speed
        showTestPoints = preset.display.showTestPoints
        discretize = preset.display.discretize
        logScale = preset.display.logScale
        showStep = preset.display.showStep
        showSharpness = preset.display.showSharpness && !showStep
        presetName = preset.name
        title = preset.title.isEmpty ? preset.name : preset.title
        presetDescription = preset.description
        notes = preset.notes.isEmpty ? nil : preset.notes
        lessonExpectation = preset.expectation
        showNotes = notes != nil
        notesPage = 0
    }
}
