import Playground

/// Moving through the controls and changing the setup: the focused control, the learning rate anywhere,
/// a dataset by number, the pace.
func setup(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .focusNext, .focusPrevious:
        let count = state.controls.count, delta = action.isFocusNext ? 1 : -1
        state.focus = ((state.focus + delta) % count + count) % count
    case .increase: return change(state.focusedControl, by: 1, &state)
    case .decrease: return change(state.focusedControl, by: -1, &state)
    case .learningRateUp: return change(.setting(.learningRate), by: 1, &state)
    case .learningRateDown: return change(.setting(.learningRate), by: -1, &state)
    case .pickDataset(let index):
        guard index < DatasetKind.allCases.count else { return [] }
        var next = state.config
        next.dataset = DatasetKind.allCases[index]
        next.customData = nil  // a generated dataset replaces one's own points
        next = next.keepingAFittingLoss()
        return reconfigure(
            &state, to: next, message: "dataset \(next.dataset.rawValue): \(next.dataset.summary)",
            always: true)
    case .faster: return change(.speed, by: 1, &state)
    case .slower: return change(.speed, by: -1, &state)
    default: break
    }
    return []
}

extension Action {
    fileprivate var isFocusNext: Bool {
        if case .focusNext = self { return true } else { return false }
    }
}

/// Steps `control` and applies the result: the pace at once, settings through `reconfigure`.
private func change(_ control: Control, by delta: Int, _ state: inout AppState) -> [Effect] {
    if control == .speed {
        state.pace = state.pace.stepped(by: delta)
        return [.trainer(.setPace(state.pace))]
    }
    var probe = state
    probe.config = control.stepped(state.config, by: delta)
    if control == .setting(.dataset) || control == .problem { probe.config.customData = nil }
    let name = "\(control.label.trimmingCharacters(in: .whitespaces)) \(control.value(in: probe))"
    return reconfigure(&state, to: probe.config, naming: name)
}

/// Takes `next` as the setup if it validates (the one check, at the edge), and tells the trainer: live
/// settings applied live, anything else rebuilt (as `SettingsTable` marks them). `always` rebuilds even
/// when nothing changed (picking the current dataset starts it over).
func reconfigure(
    _ state: inout AppState, to next: SessionConfig, naming name: String? = nil,
    message: String? = nil, always: Bool = false
) -> [Effect] {
    let application = SettingsTable.application(from: state.config, to: next) ?? (always ? .rebuild : nil)
    guard let application, application != .runLength else { return [] }
    let valid: ValidConfig
    do {
        valid = try next.validated()
    } catch {
        state.message = error.commandLineDescription
        return []
    }
    state.config = next
    if application == .live {
        state.message = message ?? "\(name ?? "settings") — applied live, training continues"
        return [.trainer(.live(valid))]
    }
    state.message = message ?? "\(name ?? "settings") — rebuilt: new network"
    return rebuild(&state, valid)
}

/// A new session for the current config; the heatmap returns to the output if its neuron is gone.
private func rebuild(_ state: inout AppState, _ config: ValidConfig) -> [Effect] {
    if case .neuron = state.heatmapSource { state.heatmapSource = .output }
    state.inspector = nil  // its point and links belong to the old network
    state.focus = Swift.min(state.focus, state.controls.count - 1)
    return [.rebuild(config), .setGrids(state.gridRequest)].effects
}
