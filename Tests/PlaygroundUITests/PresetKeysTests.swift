import Testing
import Playground
@testable import PlaygroundUI

@Suite("The presets list and the name prompt")
struct PresetKeysTests {
    @Test func presetsLoadFromTheListAndBrokenOnesOnlySaySo() throws {
        var state = try makeState(width: 120, height: 40)
        var lesson = Preset(name: "lesson", title: "A lesson", notes: "watch the boundary")
        lesson.config.dataset = .spiral
        lesson.display.speed = .twenty
        state.presets = [
            PresetListing(name: "broken", preset: nil, problem: "broken.yaml:3: noise: must be between 0 and 50"),
            PresetListing(name: "lesson", preset: lesson, problem: nil),
        ]
        _ = route(&state, key: .character("p"))
        #expect(route(&state, key: .enter).isEmpty, "a broken preset loads nothing")
        #expect(state.message == "broken.yaml:3: noise: must be between 0 and 50" && state.config == SessionConfig())
        _ = route(&state, key: .down)
        let commands = route(&state, key: .enter).trainerCommands
        #expect(state.overlay == nil && state.config.dataset == .spiral && state.pace == .twenty)
        #expect(state.title == "A lesson" && state.notes == "watch the boundary" && state.showNotes)
        let loaded = try state.config.validated()
        #expect(
            commands.prefix(3) == [.pause, .rebuild(loaded), .setPace(.twenty)],
            "loading a preset pauses, then opens it at its own pace")
        #expect(render(state).lines.joined().contains("watch the boundary"), "the notes panel shows the lesson")
    }

    @Test func writingAPresetAsksForANameAndNeverOverwritesWithoutAsking() throws {
        var state = try makeState(width: 120, height: 40)
        state.presets = [PresetListing(name: "mine", preset: Preset(name: "mine"), problem: nil)]
        _ = route(&state, key: .character("w"))
        var effects: [Effect] = []
        for key: Key in [.character("m"), .character("i"), .character("n"), .character("e"), .character("/"), .enter] {
            effects += route(&state, key: key)
        }
        #expect(state.overlay == .confirmOverwrite(name: "mine") && effects.isEmpty, "'/' is not typed; asks first")
        _ = route(&state, key: .character("n"))
        #expect(state.overlay == .saveName(text: "mine"))
        _ = route(&state, key: .backspace)
        _ = route(&state, key: .character("2"))
        let saved = route(&state, key: .enter)
        #expect(
            saved == [.save(SaveRequest(name: "min2", preset: state.currentPreset(named: "min2"), overwrite: false))])
        _ = route(&state, key: .character("w"))
        for c in "mine" { _ = route(&state, key: .character(c)) }
        _ = route(&state, key: .enter)
        let overwritten = route(&state, key: .character("y"))
        guard case .save(let request) = overwritten.first else { Issue.record("no save after y"); return }
        #expect(request.name == "mine" && request.overwrite && request.preset.config == state.config)
        _ = update(&state, .saveFailed("Presets/mine.yaml: could not be written: Permission denied"))
        #expect(state.message == "Presets/mine.yaml: could not be written: Permission denied")
    }
}
