import Testing
import Playground
@testable import PlaygroundUI

@Suite("Clicks and ctrl+clicks")
struct ClickTests {
    @Test func clicksFocusControlsAddPointsAndPickNeurons() throws {
        var state = try makeState(width: 120, height: 40)
        let layout = state.layout
        _ = update(&state, .click(x: 5, y: layout.controls.y + 4, secondary: false))
        #expect(state.focusedControl == .setting(.features))
        let heatmap = layout.heatmap
        let added = update(&state, .click(x: heatmap.x, y: heatmap.y, secondary: true))
        guard case .addPoint(let point) = added.trainerCommands.first else { Issue.record("no point added"); return }
        #expect(point.label == 0 && point.x < -5 && point.y > 5, "top-left corner, class 0 for a right click")
        let network = layout.network.inner
        let geometry = try #require(NetworkWidget.layout(state, area: network))
        let l1 = geometry.columns[1]
        _ = update(&state, .click(x: l1.x, y: l1.rows[2], secondary: false))
        #expect(state.heatmapSource == .neuron(layer: 0, index: 2))
        // The inactive features sit on their own row: a click on x1² turns it on.
        let (feature, x) = try #require(NetworkWidget.inactivePositions(state, area: network).first)
        #expect(feature == .x1sq)
        let toggled = update(&state, .click(x: x, y: geometry.inactiveRow, secondary: false))
        let withFeature = try state.config.validated()
        #expect(state.config.features == [.x1, .x2, .x1sq] && toggled.first == .trainer(.rebuild(withFeature)))
        // A click on an active input's thumbnail turns it off.
        var fresh = try makeState(width: 120, height: 40)
        let inputs = geometry.columns[0]
        _ = update(&fresh, .click(x: inputs.x, y: inputs.rows[1], secondary: false))
        #expect(fresh.config.features == [.x1])
    }

    /// ctrl+click on a point's cell asks the trainer to remove that point; on an empty cell it says so.
    @Test func ctrlClickRemovesThePointUnderIt() throws {
        var state = try makeState(width: 120, height: 40)
        let area = state.layout.heatmap
        let point = state.snapshot.train[3]
        let cell = DecisionGrid.cell(x1: point.x, x2: point.y, width: area.width, height: area.height)
        let effects = route(&state, key: .removeClick(x: area.x + cell.column, y: area.y + cell.row))
        guard case .removePoint(let removed) = effects.trainerCommands.first else {
            Issue.record("nothing removed"); return
        }
        let removedCell = DecisionGrid.cell(x1: removed.x, x2: removed.y, width: area.width, height: area.height)
        #expect(removedCell == cell && state.message?.hasPrefix("removed the point") == true)
        state.snapshot.train = []
        #expect(
            route(&state, key: .removeClick(x: area.x, y: area.y)).isEmpty
                && state.message?.contains("no point") == true)
    }
}
