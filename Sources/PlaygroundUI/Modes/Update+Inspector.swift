import Playground

/// `x`: opens the backprop inspector (training pauses), the cursor on the first training point; `x` again
/// while it is open leaves it.
func toggleInspector(_ state: inout AppState) -> [Effect] {
    if state.inspector != nil { return closeInspector(&state) }
    guard state.compare == nil else {
        state.message = "close the comparison first (C)"
        return []
    }
    guard state.snapshot.divergedAt == nil else {
        state.message = "the network diverged: nothing to follow — press r to reset"
        return []
    }
    guard !state.snapshot.train.isEmpty else {
        state.message = "no training points to follow"
        return []
    }
    let stopSweep: [Effect] = state.sweep != nil ? [.stopSweep] : []
    state.sweep = nil
    var inspector = InspectorState(layerCount: state.snapshot.network.layers.count)
    (inspector.x1, inspector.x2) = (state.snapshot.train[0].x, state.snapshot.train[0].y)  // on a point from the start
    state.inspector = inspector
    return stopSweep + [.trainer(.pause), .trainer(.setGrids(state.gridRequest))]
}

/// Leaves the inspector, back to the playground.
func closeInspector(_ state: inout AppState) -> [Effect] {
    state.inspector = nil
    state.message = "left the backprop inspector"
    return [.trainer(.setGrids(state.gridRequest))]
}

/// The inspector's keys: the cursor while picking a point, the steps of its pass once one is followed.
func inspectorAction(_ state: inout AppState, _ key: InspectorAction) -> [Effect] {
    guard var inspector = state.inspector else { return [] }
    let layers = state.snapshot.network.layers
    switch key {
    case .moveCursor(let dx, let dy):
        let move: Float = 0.5
        inspector.x1 = Swift.min(Swift.max(inspector.x1 + Float(dx) * move, -6), 6)
        inspector.x2 = Swift.min(Swift.max(inspector.x2 + Float(dy) * move, -6), 6)
        state.inspector = inspector
        return []
    case .choosePoint:
        guard let point = state.snapshot.train.nearest(x1: inspector.x1, x2: inspector.x2) else { return [] }
        (inspector.point, inspector.picking, inspector.step) = (point, false, 0)
        state.inspector = inspector
        return [.trainer(.setGrids(state.gridRequest))]
    case .pickAnotherPoint:
        inspector.picking = true
        state.inspector = inspector
        return []
    case .step(let delta):
        inspector.step = Swift.min(
            Swift.max(inspector.step + delta, 0), InspectorState.stepCount(layerCount: layers.count) - 1)
    case .neuron(let delta): inspector.neuron += delta
    case .link(let delta): inspector.from += delta
    case .toggleCheck: inspector.showCheck.toggle()
    }
    if let layer = InspectorState.deltaLayer(step: inspector.step, layerCount: layers.count) { inspector.layer = layer }
    let layout = layers[Swift.min(inspector.layer, layers.count - 1)]
    inspector.neuron = (inspector.neuron % layout.outputCount + layout.outputCount) % layout.outputCount
    inspector.from = (inspector.from % layout.inputCount + layout.inputCount) % layout.inputCount
    state.inspector = inspector
    return [.trainer(.setGrids(state.gridRequest))]
}

/// A click on the heatmap while the inspector is open follows the training point nearest it.
func inspectorClick(_ state: inout AppState, x1: Float, x2: Float) -> [Effect] {
    guard var inspector = state.inspector, let point = state.snapshot.train.nearest(x1: x1, x2: x2) else { return [] }
    (inspector.x1, inspector.x2, inspector.point, inspector.picking, inspector.step) = (x1, x2, point, false, 0)
    state.inspector = inspector
    return [.trainer(.setGrids(state.gridRequest))]
}
