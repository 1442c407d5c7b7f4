import Playground

/// `,` and `.` while paused: the picture, the network and a cursor on the loss chart move together to the
/// kept checkpoint before or after the one shown; past the newest, back to the present.
func travel(_ state: inout AppState, by direction: Int) -> [Effect] {
    guard !state.snapshot.playing else {
        state.message = "time travel works paused: press space first"
        return []
    }
    let epochs = state.snapshot.checkpointEpochs
    guard !epochs.isEmpty else {
        state.message = "nothing trained yet to travel back through"
        return []
    }
    let current = state.travelEpoch ?? state.snapshot.epoch  // the UI's own: keys may outrun the trainer's answers
    if direction < 0 {
        guard let earlier = epochs.last(where: { $0 < current }) else {
            state.message = "epoch \(current) is the oldest kept"
            return []
        }
        state.travelEpoch = earlier
        state.message =
            "showing epoch \(earlier) of \(state.snapshot.epoch) — , earlier  . later  space plays from the present"
    } else if let later = epochs.first(where: { $0 > current }), later < state.snapshot.epoch {
        state.travelEpoch = later
        state.message = "showing epoch \(later) of \(state.snapshot.epoch) — , earlier  . later"
    } else {
        guard state.travelEpoch != nil else { return [] }
        state.travelEpoch = nil
        state.message = "back to the present: epoch \(state.snapshot.epoch)"
    }
    return [.trainer(.setGrids(state.gridRequest))]
}

/// Anything that trains or changes the weights returns to the present first.
func leavingTheWayback(_ state: inout AppState, for action: Action) -> [Effect] {
    guard state.travelEpoch != nil else { return [] }
    switch action {
    case .togglePlay, .step, .resetWeights, .newData, .restoreBest, .toggleInspector:
        state.travelEpoch = nil
        return [.trainer(.setGrids(state.gridRequest))]
    default: return []
    }
}
