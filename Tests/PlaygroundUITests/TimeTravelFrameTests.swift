import Testing
import Playground
@testable import PlaygroundUI

@Suite("Time travel shows the shown epoch everywhere")
struct TimeTravelFrameTests {
    /// Showing epoch 20 of 40: the header's losses and epoch, the legend and the diagnosis line are epoch
    /// 20's, not the present's.
    @Test func headerLegendAndDiagnosisAreTheShownEpochs() throws {
        var state = try makeState(width: 120, height: 40, epochs: 40)
        state.snapshot.travelledEpoch = 20
        state.snapshot.travelledRecord = state.snapshot.history[20]
        state.snapshot.health = .measuring
        let lines = render(state).lines
        #expect(
            lines[0]
                == " NeuralPlayground · circle                         train 0.1650  test 0.2150  epoch 20  ◂◂ showing epoch 20  speed auto "
        )
        let legend = lines[state.layout.chart.y + 1]
        #expect(legend.contains("⣿ train 0.1650  • test 0.2150  acc 83%/83%"), "\(legend)")
        let diagnosis = lines[state.layout.diagnosis.y]
        #expect(diagnosis.hasPrefix(" · at epoch 20: "), "\(diagnosis)")
    }
}
