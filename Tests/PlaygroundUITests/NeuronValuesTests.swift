import Testing
import Playground
@testable import PlaygroundUI

@Suite("The shown neuron's numbers")
struct NeuronValuesTests {
    /// While `v` shows a neuron, the status line gives its bias and incoming weights, strongest first, named
    /// by where they come from; the output neuron names the hidden units.
    @Test func statusLineNamesBiasAndWeights() throws {
        var config = SessionConfig()
        config.hidden = [3]
        var state = try makeState(width: 120, height: 40, config: config, epochs: 1)
        _ = update(&state, .nextNeuron)
        _ = update(&state, .nextNeuron)
        state.message = nil
        let network = state.snapshot.network
        let (w1, w2, b) = (
            network.weight(layer: 0, from: 0, to: 1), network.weight(layer: 0, from: 1, to: 1),
            network.bias(layer: 0, neuron: 1)
        )
        func signed(_ v: Float) -> String { (v >= 0 ? "+" : "") + NumberFormat.significant(Double(v), digits: 2) }
        let inputs =
            Swift.abs(w1) >= Swift.abs(w2) ? "x1 \(signed(w1)) x2 \(signed(w2))" : "x2 \(signed(w2)) x1 \(signed(w1))"
        let line = render(state).lines[state.layout.status.y]
        #expect(line.hasPrefix(" L1·2  bias \(signed(b))  weights in: \(inputs)  · Esc output"), "\(line)")
        _ = update(&state, .previousNeuron)
        _ = update(&state, .previousNeuron)
        _ = update(&state, .previousNeuron)
        state.message = nil
        #expect(render(state).lines[state.layout.status.y].hasPrefix(" output 1  bias"))
        #expect(StatusLine.neuronValues(state, width: 200)?.contains("L1·3") == true, "hidden units by layer·index")
        // Narrow: the weakest are counted, not cut.
        #expect(StatusLine.neuronValues(state, width: 40)?.contains("more") == true)
    }

    /// A softmax output neuron is named by its class, numbered from 0 as the legend numbers the classes.
    @Test func softmaxOutputNeuronsAreNamedByTheirClass() throws {
        var config = SessionConfig()
        (config.dataset, config.loss, config.hidden) = (.spiral3, .crossEntropy, [4])
        var state = try makeState(width: 120, height: 40, config: config, epochs: 1)
        _ = update(&state, .previousNeuron)  // from the output: the last output neuron
        state.snapshot.decisionSource = NeuronID(layer: 1, index: 2)
        state.message = nil
        let lines = render(state).lines
        #expect(lines[state.layout.heatmapFrame.y].contains("output for class 2"))
        #expect(lines[state.layout.heatmapFrame.y].contains("█0 █1 █2") || state.colorMode == .monochrome)
        #expect(lines[state.layout.status.y].hasPrefix(" output for class 2  bias"))
    }
}
