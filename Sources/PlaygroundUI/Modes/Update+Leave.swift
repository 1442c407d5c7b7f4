import Playground

/// Esc: leaves the mode on top of the stack, back to the one beneath.
func leaveMode(_ state: inout AppState) -> [Effect] {
    switch state.mode {
    case .help: state.showHelp = false
    case .confirmOverwrite:
        if case .confirmOverwrite(let name) = state.overlay { state.overlay = .saveName(text: name) }
    case .saveName, .presets: state.overlay = nil
    case .picking:
        guard state.inspector?.point != nil else { return closeInspector(&state) }
        state.inspector?.picking = false
    case .inspector: return closeInspector(&state)
    case .sweep: return toggleSweep(&state)
    case .seeds: return toggleSeeds(&state)
    case .notes:
        state.showNotes = false
        state.notesPage = 0
    case .timeTravel:
        state.travelEpoch = nil
        state.message = "back to the present: epoch \(state.snapshot.epoch)"
        return [.trainer(.setGrids(state.gridRequest))]
    case .projector: return toggleProjector(&state)
    case .compare: return closeCompare(&state)
    case .normal, .features: break
    }
    return []
}

/// `f`: the projector view (picture and loss chart fill the screen) on or off.
func toggleProjector(_ state: inout AppState) -> [Effect] {
    guard state.compare == nil else {
        state.message = "close the comparison first (C)"
        return []
    }
    state.projector.toggle()
    state.message =
        state.projector ? "projector view: f goes back to the controls and the network" : "projector view off"
    return [.trainer(.setGrids(state.gridRequest))]
}
