import Testing
import Playground
@testable import PlaygroundUI

@Suite("The network's ∇ row")
struct GradientRowTests {
    /// The vanishing-gradients lesson at 120×40: seven layers' norms in a 34-column panel. The first and
    /// the last (which the diagnosis compares) stay; before, the row ended "0.0019 0." and the output's was cut.
    @Test func theGradientRowKeepsTheFirstAndTheLastLayer() {
        let norms: [Float] = [4.2e-5, 1e-4, 2.7e-4, 0.0019, 0.005, 0.01, 0.21]
        #expect(
            NetworkWidget.normTexts(norms, width: 60) == [
                "4.2e-5", "1e-4", "2.7e-4", "0.0019", "0.0050", "0.0100", "0.21",
            ])
        #expect(
            NetworkWidget.normTexts(norms, width: 42) == ["4e-5", "1e-4", "3e-4", "0.002", "0.005", "0.010", "0.2"])
        #expect(
            NetworkWidget.normRow(norms, width: 32) == (["4e-5", "1e-4", "3e-4", ".002", ".005", ".010", ".2"], 1),
            "packed, every layer still has its number")
        #expect(NetworkWidget.normTexts(norms, width: 30) == ["4e-5", "…", "0.005", "0.010", "0.2"])
        #expect(NetworkWidget.normTexts(norms, width: 10) == ["4e-5", "…", "0.2"], "too narrow still keeps both ends")
        #expect(NetworkWidget.normTexts([0.5, 0.75], width: 4) == ["0.5", "0.8"])
    }
}
