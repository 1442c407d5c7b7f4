import Testing
import Playground
@testable import PlaygroundUI

@Suite("The backprop inspector's keys")
struct InspectorKeysTests {
    /// x opens it paused with the cursor on a point; arrows move the cursor (not the controls); Enter follows
    /// the nearest point and asks the trainer for its pass; → ← walk the steps (clamped); the focus follows the
    /// step's layer; ↑↓ and Tab wrap within the layer; Esc leaves and asks for no inspection.
    @Test func pickStepFocusAndLeave() throws {
        var config = SessionConfig()
        config.hidden = [4, 2]
        var state = try makeState(width: 120, height: 40, config: config, epochs: 0)
        let opened = update(&state, .toggleInspector)
        #expect(opened.trainerCommands.first == .pause && state.inspector?.picking == true)
        let first = state.snapshot.train[0]
        #expect(state.inspector?.x1 == first.x && state.inspector?.x2 == first.y)
        let focusBefore = state.focus
        _ = route(&state, key: .down)
        #expect(
            state.focus == focusBefore && state.inspector?.x2 == Swift.max(-6, first.y - 0.5), "arrows move the cursor")
        _ = route(&state, key: .up)
        let picked = route(&state, key: .enter)
        let inspector = try #require(state.inspector)
        #expect(!inspector.picking && inspector.point == 0 && inspector.step == 0)
        #expect(picked == [.trainer(.setGrids(state.gridRequest))] && state.gridRequest.inspection == inspector.request)
        // Four layers' worth of steps: forward, out, L2, L1, update = 5; → stops at the last.
        for _ in 0..<9 { _ = route(&state, key: .right) }
        #expect(state.inspector?.step == 4)
        _ = route(&state, key: .left)
        _ = route(&state, key: .left)
        #expect(state.inspector?.step == 2 && state.inspector?.layer == 1, "step 3 is layer 2's δ")
        _ = route(&state, key: .up)
        #expect(state.inspector?.neuron == 1, "wraps within the layer's 2 neurons")
        _ = route(&state, key: .backTab)
        #expect(state.inspector?.from == 3, "wraps within layer 2's 4 inputs")
        #expect(state.gridRequest.inspection?.link == LinkID(layer: 1, from: 3, to: 1))
        _ = route(&state, key: .character("c"))
        #expect(state.inspector?.showCheck == true)
        // Space steps here; it does not play.
        let stepped = route(&state, key: .character(" "))
        #expect(state.inspector?.step == 3 && !stepped.trainerCommands.contains(.play))
        _ = route(&state, key: .escape)
        #expect(
            state.inspector == nil && state.gridRequest.inspection == nil && state.layout.inspectorPanel.height == 0)
    }

    /// A click on the picture follows the point nearest it; a rebuild closes the inspector; a diverged
    /// network has nothing to follow.
    @Test func clicksRebuildsAndDivergence() throws {
        var state = try makeState(width: 120, height: 40)
        _ = update(&state, .toggleInspector)
        let area = state.layout.heatmap
        _ = update(&state, .click(x: area.x, y: area.y, secondary: false))
        let (x1, x2) = DecisionGrid.point(column: 0, row: 0, width: area.width, height: area.height)
        #expect(
            state.inspector?.point == state.snapshot.train.nearest(x1: x1, x2: x2) && state.inspector?.picking == false)
        #expect(state.snapshot.train.count > 1)
        _ = update(&state, .newData)
        #expect(state.inspector == nil)
        state.snapshot.divergedAt = 3
        #expect(update(&state, .toggleInspector).isEmpty && state.inspector == nil)
        #expect(state.message?.contains("diverged") == true)
    }
}
