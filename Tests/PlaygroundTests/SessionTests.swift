import Testing
import NeuralEngine
@testable import Playground

@Suite("Training session")
struct SessionTests {
    @Test func historyStartsAtTheUntrainedNetwork() throws {
        let session = try TrainingSession(config: SessionConfig())
        #expect(session.history.map(\.epoch) == [0])
        session.train(epochs: 3)
        #expect(session.history.map(\.epoch) == [0, 1, 2, 3])
    }

    @Test func sameConfigSameRunBitForBit() throws {
        var config = SessionConfig()
        config.dropout = 0.2
        let a = try TrainingSession(config: config), b = try TrainingSession(config: config)
        a.train(epochs: 20)
        b.train(epochs: 20)
        #expect(a.network == b.network && a.history == b.history)
        let other = try TrainingSession(config: config, weightsVariant: 1)
        #expect(other.data.train == a.data.train, "new weights, same data")
        let fresh = try TrainingSession(config: config)
        #expect(other.network != fresh.network)
    }

    @Test func aLiveLearningRateChangeKeepsTheWeights() throws {
        var config = SessionConfig()
        config.optimizer = .momentum
        let session = try TrainingSession(config: config)
        session.train(epochs: 5)
        let before = session.network
        var faster = config
        faster.learningRate = 0.1
        faster.dataset = .spiral  // not live: ignored by a live change
        session.takeLiveSettings(of: try faster.validated())
        #expect(session.network == before)
        #expect(session.config.learningRate == 0.1 && session.config.dataset == .circle)
        session.train(epochs: 1)
        #expect(session.epoch == 6 && session.network != before)
    }

    @Test func gridRowsRunTopToBottom() throws {
        var config = SessionConfig()
        config.dataset = .regressionPlane
        config.hidden = []
        config.optimizer = .adam
        let session = try TrainingSession(config: config)
        session.train(epochs: 100)
        let grid = session.decisionGrid(width: 9, height: 7)
        #expect(grid.values.count == 63)
        // label = (x + y) / 10: highest at the top right, lowest at the bottom left.
        #expect(grid.value(column: 8, row: 0) > 0.8 && grid.value(column: 0, row: 6) < -0.8)
        #expect(DecisionGrid.cell(x1: 6, x2: 6, width: 9, height: 7) == (8, 0))
        #expect(DecisionGrid.cell(x1: -6, x2: -6, width: 9, height: 7) == (0, 6))
    }

    @Test func neuronAndFeatureGridsShowWhatTheyName() throws {
        var config = SessionConfig()
        config.features = [.x1, .x2sq]
        let session = try TrainingSession(config: config)
        let feature = session.featureGrid(feature: 1, width: 4, height: 4)
        #expect(feature.value(column: 0, row: 0) == feature.value(column: 0, row: 3), "x2² is symmetric")
        let neuron = session.neuronGrid(layer: 0, neuron: 2, width: 5, height: 5)
        #expect(neuron.values.allSatisfy { $0 >= -1 && $0 <= 1 }, "a tanh neuron stays in −1 ... 1")
    }

    @Test func allThumbnailsFromOnePassEqualEachNeuronsOwnGrid() throws {
        var config = SessionConfig()
        config.hidden = [5, 3]
        let session = try TrainingSession(config: config)
        session.train(epochs: 3)
        let all = session.neuronGrids(width: 7, height: 5)
        #expect(all.map(\.count) == [5, 3, 1])
        for (layer, grids) in all.enumerated() {
            for (neuron, grid) in grids.enumerated() {
                #expect(grid == session.neuronGrid(layer: layer, neuron: neuron, width: 7, height: 5))
            }
        }
    }

    @Test func vanishingGradientsShowInTheNorms() throws {
        var config = SessionConfig()
        config.hidden = [8, 8, 8, 8, 8, 8]
        config.activations = [.sigmoid]
        config.initialization = .xavier
        let session = try TrainingSession(config: config)
        session.train(epochs: 2)
        let norms = session.gradientNorms
        #expect(norms.count == 7)
        #expect(norms[0] < norms[6] / 20, "first layer \(norms[0]) vs output layer \(norms[6])")
    }
}
