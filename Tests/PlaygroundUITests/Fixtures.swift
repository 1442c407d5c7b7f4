import Foundation
import Testing
import NeuralEngine
import Playground
@testable import PlaygroundUI

/// A state for `config` at epoch `epochs`, with a snapshot built from fixed synthetic values (weights, loss
/// history, gradient norms and every grid come from formulas, not from training), so that a change in the
/// engine's arithmetic never changes a golden frame. Only the data points come from the session: they are
/// drawn by the datasets' generators, which the kernels never touch.
func makeState(
    width: Int = 80, height: Int = 24, mode: ColorMode = .monochrome, config: SessionConfig = SessionConfig(),
    epochs: Int = 0
) throws -> AppState {
    let session = try TrainingSession(config: config)
    let placeholder = session.snapshot(request: .standard, playing: false, epochsPerSecond: 0, generation: 0)
    var state = AppState(width: width, height: height, config: config, snapshot: placeholder, colorMode: mode)
    let snapshot = session.snapshot(request: state.gridRequest, playing: false, epochsPerSecond: 0, generation: 0)
    _ = update(&state, .published(synthetic(snapshot, epochs: epochs, request: state.gridRequest)))
    return state
}

/// `snapshot` with its computed parts replaced by formulas.
func synthetic(_ snapshot: Snapshot, epochs: Int, request: GridRequest) -> Snapshot {
    var s = snapshot
    let shape = s.network.shape
    s.network = Network(
        shape: shape, parameters: (0..<shape.parameterCount).map { Float(sin(1.7 * Double($0) + 0.3)) * 0.8 })
    s.epoch = epochs
    s.history = (0...epochs).map { epoch in
        let e = Double(epoch), train = 0.45 * exp(-e / 12) + 0.08, test = train + 0.03 + 0.001 * e
        let accuracy = snapshot.classCount == 0 ? nil : Swift.min(0.5 + e / 60, 0.97)
        return EpochRecord(
            epoch: epoch, trainLoss: train, testLoss: test, trainAccuracy: accuracy, testAccuracy: accuracy)
    }
    s.bestTestRecord = s.history.min { $0.testLoss < $1.testLoss }
    s.bestTestEpoch = s.bestTestRecord?.epoch ?? 0
    s.health = .learning(LossTrend(change: -0.2, epochs: 50, isSignificant: true))
    s.stability = nil  // measured by the engine: not in golden frames
    s.gradientNorms = (0..<shape.layerLayouts.count).map { Float(0.6 / pow(4, Double($0))) }
    s.decision = grid(request.decisionWidth, request.decisionHeight, classes: s.classCount > 2 ? s.classCount : 0) {
        x1, x2 in
        tanh(x1 * x2 / 8)
    }
    s.neurons = shape.layerLayouts.map { layer in
        (0..<layer.outputCount).map { j in
            grid(request.thumbnailSide, request.thumbnailSide) { x1, x2 in
                tanh(cos(Double(j)) * x1 / 3 + sin(Double(j)) * x2 / 3)
            }
        }
    }
    return s
}

/// A grid of `value(x1, x2)`; with `classes`, the class of each cell is its angular sector.
func grid(_ width: Int, _ height: Int, classes: Int = 0, _ value: (Double, Double) -> Double) -> DecisionGrid {
    var values: [Float] = [], sectors: [UInt8] = []
    for row in 0..<height {
        for column in 0..<width {
            let p = DecisionGrid.point(column: column, row: row, width: width, height: height)
            values.append(Float(value(Double(p.x1), Double(p.x2))))
            if classes > 0 {
                let angle = atan2(Double(p.x2), Double(p.x1)) + .pi
                sectors.append(UInt8(Swift.min(Int(angle / (2 * .pi) * Double(classes)), classes - 1)))
            }
        }
    }
    return DecisionGrid(width: width, height: height, values: values, classes: sectors)
}

/// The rows of `rect` on `screen`.
func lines(_ screen: Screen, _ rect: Rect) -> [String] {
    (rect.y..<(rect.y + rect.height)).map { y in
        String((rect.x..<(rect.x + rect.width)).map { screen[$0, y].character })
    }
}

/// [2]→[3]→1 on XOR at 100×30 without colour, from the synthetic weights, with the inspector following
/// training point 1 at `step`, its numbers computed from those weights (not from training).
func inspectorState(step: Int, check: Bool = true) throws -> AppState {
    var config = SessionConfig()
    config.dataset = .xor
    config.hidden = [3]
    var state = try makeState(width: 100, height: 30, config: config, epochs: 0)
    _ = update(&state, .toggleInspector)
    _ = route(&state, key: .enter)
    for _ in 0..<step { _ = route(&state, key: .right) }
    if check { _ = route(&state, key: .character("c")) }
    let data = try TrainingSession(config: config).data
    let request = try #require(state.inspector?.request)
    state.snapshot.inspection = Inspection(request, network: state.snapshot.network, data: data, learningRate: 0.03)
    state.message = nil
    return state
}

/// Side by side at 100×30 without colour: A (XOR, [3]) at synthetic epoch 20, B the copy with learning rate 3
/// whose synthetic history is flat and high, focused on B.
func compareState() throws -> AppState {
    var config = SessionConfig()
    config.dataset = .xor
    config.hidden = [3]
    var state = try makeState(width: 100, height: 30, config: config, epochs: 20)
    _ = update(&state, .toggleCompare)
    state.config.learningRate = 3
    state.snapshot.history = state.snapshot.history.map {
        EpochRecord(epoch: $0.epoch, trainLoss: 0.5, testLoss: 0.52, trainAccuracy: 0.5, testAccuracy: 0.5)
    }
    state.snapshot.decision = grid(state.gridRequest.decisionWidth, state.gridRequest.decisionHeight) { x1, _ in
        x1 > 0 ? 1 : -1
    }
    state.message = nil
    return state
}
