import Playground

/// `x`: opens the backprop inspector (training pauses), the cursor on the first training point; `x` again
/// while it is open leaves it.
func toggleInspector(_ state: inout AppState) -> [Effect] {
    if state.inspector != nil {
        state.inspector = nil
        state.message = "left the backprop inspector"
        return [.trainer(.setGrids(state.gridRequest))]
    }
    guard state.snapshot.divergedAt == nil else {
        state.message = "the network diverged: nothing to follow — press r to reset"
        return []
    }
    guard !state.snapshot.train.isEmpty else {
        state.message = "no training points to follow"
        return []
    }
    var inspector = InspectorState(layerCount: state.snapshot.network.layers.count)
    (inspector.x1, inspector.x2) = (state.snapshot.train[0].x, state.snapshot.train[0].y)  // on a point from the start
    state.inspector = inspector
    state.message = nil
    return [.trainer(.pause), .trainer(.setGrids(state.gridRequest))]
}

/// Keys while the inspector is open; `nil` for keys it leaves to the key table (help, quit, …).
func inspectorKey(_ state: inout AppState, key: Key) -> [Effect]? {
    guard var inspector = state.inspector else { return nil }
    let layers = state.snapshot.network.layers
    if key == .escape {
        state.inspector = nil
        state.message = "left the backprop inspector"
        return [.trainer(.setGrids(state.gridRequest))]
    }
    if inspector.picking {
        let move: Float = 0.5
        switch key {
        case .left, .character("h"): inspector.x1 = Swift.max(-6, inspector.x1 - move)
        case .right, .character("l"): inspector.x1 = Swift.min(6, inspector.x1 + move)
        case .up, .character("k"): inspector.x2 = Swift.min(6, inspector.x2 + move)
        case .down, .character("j"): inspector.x2 = Swift.max(-6, inspector.x2 - move)
        case .enter, .character(" "), .character("x"):
            guard let point = state.snapshot.train.nearest(x1: inspector.x1, x2: inspector.x2) else { return [] }
            inspector.point = point
            inspector.picking = false
            inspector.step = 0
        default: return nil
        }
        state.inspector = inspector
        return inspector.picking ? [] : [.trainer(.setGrids(state.gridRequest))]
    }
    let count = InspectorState.stepCount(layerCount: layers.count)
    switch key {
    case .right, .character(" "), .character("l"): inspector.step = Swift.min(inspector.step + 1, count - 1)
    case .left, .character("h"): inspector.step = Swift.max(inspector.step - 1, 0)
    case .up, .character("k"): inspector.neuron -= 1
    case .down, .character("j"): inspector.neuron += 1
    case .tab: inspector.from += 1
    case .backTab: inspector.from -= 1
    case .character("c"): inspector.showCheck.toggle()
    case .character("x"):
        inspector.picking = true
        state.inspector = inspector
        return []
    default: return nil
    }
    if let layer = InspectorState.deltaLayer(step: inspector.step, layerCount: layers.count) { inspector.layer = layer }
    let layout = layers[Swift.min(inspector.layer, layers.count - 1)]
    inspector.neuron = (inspector.neuron % layout.outputCount + layout.outputCount) % layout.outputCount
    inspector.from = (inspector.from % layout.inputCount + layout.inputCount) % layout.inputCount
    state.inspector = inspector
    state.message = nil
    return [.trainer(.setGrids(state.gridRequest))]
}

/// A click on the heatmap while the inspector is open follows the training point nearest it.
func inspectorClick(_ state: inout AppState, x1: Float, x2: Float) -> [Effect] {
    guard var inspector = state.inspector, let point = state.snapshot.train.nearest(x1: x1, x2: x2) else { return [] }
    (inspector.x1, inspector.x2, inspector.point, inspector.picking, inspector.step) = (x1, x2, point, false, 0)
    state.inspector = inspector
    return [.trainer(.setGrids(state.gridRequest))]
}
