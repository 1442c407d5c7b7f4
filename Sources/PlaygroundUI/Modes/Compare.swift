import Playground

/// Side by side (`c`): the setup and a copy on the same data and the same initial seed, trained together.
/// `state.config` and `state.snapshot` are always the focused side's; the other side's are kept here. Keys
/// act on the focused side; `c` switches sides, `C` closes.
public struct CompareView: Sendable {
    public var otherConfig: SessionConfig
    public var otherSnapshot: Snapshot
    /// Whether the focused side is B (the copy, on the right).
    public var focusedIsB: Bool

    /// A's and B's setups, whichever side is focused.
    func sides(focused: SessionConfig) -> (a: SessionConfig, b: SessionConfig) {
        focusedIsB ? (otherConfig, focused) : (focused, otherConfig)
    }
}

/// `c`: opens the comparison (both sides restart from the same initial weights, paused, B focused), or
/// switches the focused side.
func toggleCompare(_ state: inout AppState) -> [Effect] {
    guard var compare = state.compare else {
        let valid: ValidConfig
        do { valid = try state.config.validated() } catch {
            state.message = error.commandLineDescription
            return []
        }
        (state.inspector, state.sweep, state.projector, state.travelEpoch) = (nil, nil, false, nil)
        state.compare = CompareView(otherConfig: state.config, otherSnapshot: state.snapshot, focusedIsB: true)
        state.message =
            "comparing A and B (a copy) on the same data and seed — change B, press space; c switches side, C closes"
        return [.trainer(.pause), .openCompare(valid), .trainer(.setGrids(state.gridRequest))]
    }
    swap(&state.config, &compare.otherConfig)
    let shown = state.snapshot
    state.switchRun(to: compare.otherSnapshot)
    compare.otherSnapshot = shown
    compare.focusedIsB.toggle()
    state.compare = compare
    state.focus = Swift.min(state.focus, state.controls.count - 1)
    state.message = nil  // the status line says which side keys change, and how B differs
    return [.switchCompareSides]
}

/// `C`: closes the comparison; the focused side's session stays.
func closeCompare(_ state: inout AppState) -> [Effect] {
    guard state.compare != nil else {
        state.message = "no comparison open (c opens one)"
        return []
    }
    state.compare = nil
    state.message = "closed the comparison; this side's training goes on"
    return [.closeCompare, .trainer(.setGrids(state.gridRequest))]
}

/// The status line's words while comparing: which side keys act on and how B differs from A.
func compareStatus(_ state: AppState) -> String? {
    guard let compare = state.compare else { return nil }
    let (a, b) = compare.sides(focused: state.config)
    let differences = Comparison.differences(a, b)
    return
        "keys change \(compare.focusedIsB ? "B" : "A") · B differs: \(differences.isEmpty ? "nothing yet" : differences.joined(separator: ", ")) · c switches · C closes"
}
