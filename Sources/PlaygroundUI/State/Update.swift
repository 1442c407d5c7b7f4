import Playground

/// Applies one action to the state and returns what must happen outside it (trainer commands, a save,
/// quitting) as effects. With `route` (which hands keys to overlays), the only code that changes the state.
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    let present = leavingTheWayback(&state, for: action)
    return present + apply(&state, action)
}

private func apply(_ state: inout AppState, _ action: Action) -> [Effect] {
    if case .resize = action {} else { state.message = nil }
    switch action {
    case .togglePlay:
        if let epoch = state.snapshot.divergedAt {
            state.message = TrainingHealth.diverged(epoch: epoch).advice
            return []
        }
        return [.trainer(state.snapshot.playing ? .pause : .play)]
    case .step: return [.trainer(.step)]
    case .resetWeights:
        state.message = "reset: new weights, same data"
        return [.trainer(.resetWeights)]
    case .restoreBest:
        let best = state.snapshot.bestTestEpoch
        guard best < state.snapshot.epoch || state.snapshot.divergedAt != nil, state.snapshot.test.count > 0 else {
            state.message = "epoch \(state.snapshot.epoch) is the best test epoch so far: nothing to go back to"
            return []
        }
        state.message = "restored the weights of epoch \(best), the best test loss (where early stopping stops); paused"
        return [.trainer(.restoreBest)]
    case .newData:
        var next = state.config
        next.seed &+= 1
        return reconfigure(&state, to: next, message: "new data (seed \(next.seed))")
    case .focusNext, .focusPrevious:
        let count = state.controls.count
        state.focus = ((state.focus + (action == .focusNext ? 1 : -1)) % count + count) % count
    case .increase, .decrease: return change(state.focusedControl, by: action == .increase ? 1 : -1, &state)
    case .learningRateUp, .learningRateDown:
        return change(.setting(.learningRate), by: action == .learningRateUp ? 1 : -1, &state)
    case .pickDataset(let index):
        guard index < DatasetKind.allCases.count else { return [] }
        var next = state.config
        next.dataset = DatasetKind.allCases[index]
        next.customData = nil  // a generated dataset replaces one's own points
        next = next.keepingAFittingLoss()
        return reconfigure(&state, to: next, message: "dataset \(next.dataset.rawValue): \(next.dataset.summary)", always: true)
    case .faster, .slower: return change(.speed, by: action == .faster ? 1 : -1, &state)
    case .toggleTestPoints: state.showTestPoints.toggle()
    case .toggleDiscretize: state.discretize.toggle()
    case .toggleLogScale: state.logScale.toggle()
    case .toggleStep:
        state.showStep.toggle()
        if state.showStep { state.showSharpness = false }
        return [.trainer(.setGrids(state.gridRequest))]
    case .toggleSharpness:
        state.showSharpness.toggle()
        if state.showSharpness, state.showStep {
            state.showStep = false
            return [.trainer(.setGrids(state.gridRequest))]
        }
    case .cycleChartAxis:
        state.chartAxis = state.chartAxis.next
        state.message = "loss chart: \(state.chartAxis == .recent ? "the last \(ChartTimeAxis.recentEpochs) epochs" : state.chartAxis == .all ? "all epochs" : "epochs on a log axis")"
    case .nextNeuron, .previousNeuron: return showNeuron(after: action == .nextNeuron ? 1 : -1, &state)
    case .showOutput:
        state.heatmapSource = .output
        return [.trainer(.setGrids(state.gridRequest))]
    case .toggleHelp: state.showHelp.toggle()
    case .toggleInspector where state.compare != nil, .toggleSweep where state.compare != nil,
         .toggleProjector where state.compare != nil:
        state.message = "close the comparison first (C)"
    case .toggleInspector:
        let stopSweep: [Effect] = state.sweep != nil ? [.stopSweep] : []
        state.sweep = nil
        return stopSweep + toggleInspector(&state)
    case .toggleSweep: return toggleSweep(&state)
    case .toggleCompare: return toggleCompare(&state)
    case .removeClick(let x, let y): return removeClick(&state, x: x, y: y)
    case .closeCompare: return closeCompare(&state)
    case .travelBack, .travelForward: return travel(&state, by: action == .travelBack ? -1 : 1)
    case .exportSlide:
        let name = (state.presetName ?? state.config.dataName).filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return [.exportSlide(path: "nnplay-\(name.isEmpty ? "slide" : name)-epoch\(state.snapshot.epoch).svg", title: state.title)]
    case .exportData:
        let name = state.config.dataName.replacingOccurrences(of: ".csv", with: "").filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return [.exportData(path: "nnplay-\(name.isEmpty ? "data" : name)-points.csv", points: state.snapshot.train + state.snapshot.test)]
    case .exported(let message): state.message = message
    case .sweepRun(let index, let run): sweepRun(&state, index: index, run: run)
    case .toggleProjector:
        state.projector.toggle()
        state.message = state.projector ? "projector view: f goes back to the controls and the network" : "projector view off"
        return [.trainer(.setGrids(state.gridRequest))]
    case .openPresets:
        guard !state.presets.isEmpty else {
            state.message = "no presets found (set --presets-dir or NNPLAY_PRESETS)"
            return []
        }
        let current = state.presets.firstIndex { $0.name == state.presetName } ?? 0
        state.overlay = .presets(selection: current)
    case .nextLesson:
        let lessons = state.presets.filter { $0.preset != nil }
        guard !lessons.isEmpty else {
            state.message = "no presets found (set --presets-dir or NNPLAY_PRESETS)"
            return []
        }
        let current = lessons.firstIndex { $0.name == state.presetName }
        return state.load(lessons[current.map { ($0 + 1) % lessons.count } ?? 0].preset!)
    case .savePreset: state.overlay = .saveName(text: "")
    case .toggleNotes:
        if state.notes == nil {
            state.message = "no notes: load a preset with p"
        } else if !state.showNotes {
            state.showNotes = true
            state.notesPage = 0
        } else if state.notesPage + 1 < NotesPanel.pageCount(state) {
            state.notesPage += 1
        } else {
            state.showNotes = false
            state.notesPage = 0
        }
    case .saved(let path, let presets):
        state.presets = presets
        state.message = "saved \(path)"
    case .saveFailed(let problem): state.message = problem
    case .quit: return [.quit]
    case .resize(let width, let height):
        state.width = width
        state.height = height
        return [.trainer(.setGrids(state.gridRequest))]
    case .click(let x, let y, let secondary): return click(&state, x: x, y: y, secondary: secondary)
    }
    return []
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
func reconfigure(_ state: inout AppState, to next: SessionConfig, naming name: String? = nil,
                 message: String? = nil, always: Bool = false) -> [Effect] {
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

/// The heatmap shows the neuron `delta` places after the current one (the output first, then each layer's).
private func showNeuron(after delta: Int, _ state: inout AppState) -> [Effect] {
    let sources: [HeatmapSource] = [.output] + state.snapshot.network.layers.enumerated().flatMap { layer, layout in
        (0..<layout.outputCount).map { HeatmapSource.neuron(layer: layer, index: $0) }
    }
    let index = sources.firstIndex(of: state.heatmapSource) ?? 0
    let count = sources.count
    state.heatmapSource = sources[((index + delta) % count + count) % count]
    return [.trainer(.setGrids(state.gridRequest))]
}
