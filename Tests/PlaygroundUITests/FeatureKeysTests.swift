import Testing
import Playground
@testable import PlaygroundUI

@Suite("Features from the keyboard")
struct FeatureKeysTests {
    /// Focus the features control, move along the features, Enter turns one on, Enter turns it off again;
    /// the last one cannot go; space plays, here as everywhere.
    @Test func focusMoveAndToggleOneFeature() throws {
        var state = try makeState(width: 120, height: 40)
        state.focus = try #require(state.controls.firstIndex(of: .setting(.features)))
        #expect(ControlsWidget.drawnValue(state) == "◂ x1 on ▸")
        _ = route(&state, key: .right)
        _ = route(&state, key: .right)
        #expect(state.featureCursor == 2 && state.message == "x1² is off: Enter turns it on")
        #expect(ControlsWidget.drawnValue(state) == "◂ x1² off ▸")
        #expect(state.mode == .features)
        let on = route(&state, key: .enter)
        let withSquare = try state.config.validated()
        #expect(state.config.features == [.x1, .x2, .x1sq] && on.trainerCommands.first == .rebuild(withSquare))
        let off = route(&state, key: .enter)
        let without = try state.config.validated()
        #expect(state.config.features == [.x1, .x2] && off.trainerCommands.first == .rebuild(without))
        // Left from the first feature wraps to the last.
        state.featureCursor = 0
        _ = route(&state, key: .left)
        #expect(state.featureCursor == Feature.allCases.count - 1)
        // The last feature on stays on.
        state.config.features = [.cosx2]
        #expect(route(&state, key: .enter).isEmpty && state.message == "a network needs at least one input feature")
        #expect(route(&state, key: .character(" ")).trainerCommands == [.play], "space plays with features focused")
        state.focus = 0
        #expect(state.mode == .normal && route(&state, key: .character(" ")).trainerCommands == [.play])
    }

    /// The cursor's feature is highlighted where the network panel shows it: an input's name, or the off row.
    @Test func theNetworkPanelHighlightsTheCursor() throws {
        var state = try makeState(width: 120, height: 40)
        state.focus = try #require(state.controls.firstIndex(of: .setting(.features)))
        state.featureCursor = Feature.allCases.firstIndex(of: .x1x2)!
        let screen = render(state)
        let area = state.layout.network.inner
        let geometry = try #require(NetworkWidget.layout(state, area: area))
        let (_, x) = try #require(NetworkWidget.inactivePositions(state, area: area).first { $0.0 == .x1x2 })
        #expect(screen[x, geometry.inactiveRow].style == Theme.focused)
        #expect(screen.lines[state.layout.status.y].contains("←→ pick a feature  Enter turns it on/off"))
    }
}
