import Testing
import Playground
@testable import PlaygroundUI

@Suite("The step panel covers no neuron")
struct StepPanelPlaceTests {
    /// With the step panel open, every neuron's thumbnail stands above it, at every size; the ∇ row stays
    /// on the network panel's last row, under it (at 80×24 the step takes the loss chart's place instead).
    @Test(arguments: [(160, 48), (120, 40), (80, 24)])
    func everyNeuronStandsAboveThePanel(width: Int, height: Int) throws {
        var config = SessionConfig()
        config.hidden = [6, 6]
        var state = try makeState(width: width, height: height, config: config, epochs: 10)
        _ = update(&state, .toggleStep)
        let frame = state.layout.network, panel = state.layout.step
        let geometry = try #require(NetworkWidget.layout(state, area: frame.inner))
        for column in geometry.columns {
            #expect(column.rows.allSatisfy { $0 + geometry.boxHeight <= panel.y }, "\(width)×\(height)")
        }
        #expect(geometry.normRow == frame.y + frame.height - 2)
        if state.layout.compact {  // at 80×24 the panel takes the loss chart's place, under the network
            #expect(panel == state.layout.chart && panel.y >= frame.y + frame.height)
        } else {
            #expect(geometry.normRow >= panel.y + panel.height)
        }
    }
}
