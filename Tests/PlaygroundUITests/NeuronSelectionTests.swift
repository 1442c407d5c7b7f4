import Testing
import Playground
@testable import PlaygroundUI

@Suite("The heatmap shows the neuron just picked")
struct NeuronSelectionTests {
    /// Paused, as a lecturer clicks through the neurons: after each `v` and one trainer round trip, the
    /// published grid is that neuron's (not the one before), a new publication asks for a redraw, and the
    /// heatmap's title names it.
    @Test func pausedSelectionOfEachNeuronDrawsThatNeuron() throws {
        var config = SessionConfig()
        config.hidden = [3, 2]
        let trainer = try Trainer(config: config)
        let session = try TrainingSession(config: config)
        var state = AppState(width: 120, height: 40, config: config, snapshot: trainer.latest, colorMode: .monochrome)
        trainer.send(.setGrids(state.gridRequest))
        trainer.sync()
        _ = update(&state, .published(trainer.latest))
        let expected = [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (2, 0)]
        for (layer, index) in expected {
            let before = state.snapshot.sequence
            trainer.send(update(&state, .nextNeuron).trainerCommands)
            trainer.sync()
            _ = update(&state, .published(trainer.latest))
            #expect(state.snapshot.sequence > before, "a new publication: the loop redraws")
            #expect(state.snapshot.decisionSource == NeuronID(layer: layer, index: index))
            let request = state.gridRequest
            let grid = session.neuronGrid(
                layer: layer, neuron: index, width: request.decisionWidth, height: request.decisionHeight)
            #expect(state.snapshot.decision == grid, "layer \(layer) neuron \(index) is the one drawn")
            let title = render(state).lines[state.layout.heatmapFrame.y]
            #expect(
                title.contains(layer == 2 ? "output neuron \(index + 1)" : "layer \(layer + 1) neuron \(index + 1)"),
                "\(title)")
        }
    }
}
