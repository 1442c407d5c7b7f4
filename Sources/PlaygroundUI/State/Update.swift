import Playground

/// Applies one action to the state and returns what must happen outside it (trainer commands, a save,
/// quitting) as effects: the only function that changes the state. Keys reach it through `route`, the
/// loop's reports (snapshots, sweep runs, written files, a new size) directly.
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    if let effects = report(&state, action) { return effects }
    state.message = nil
    let present = leavingTheWayback(&state, for: action)
    return present + apply(&state, action)
}

/// The loop's reports; nil for anything a person asked for.
private func report(_ state: inout AppState, _ action: Action) -> [Effect]? {
    switch action {
    case .published(let snapshot): state.receive(snapshot)
    case .publishedOther(let snapshot): state.compare?.otherSnapshot = snapshot
    case .exported(let message): state.message = message
    case .sweepRun(let index, let run): sweepRun(&state, index: index, run: run)
    case .seedTile(let index, let tile): seedTile(&state, index: index, tile: tile)
    case .saved(let path, let presets):
        state.presets = presets
        state.message = "saved \(path)"
    case .saveFailed(let problem): state.message = problem
    case .resize(let width, let height):
        state.width = width
        state.height = height
        return [.trainer(.setGrids(state.gridRequest))]
    default: return nil
    }
    return []
}

/// What a person asked for, handed to the part that owns it.
private func apply(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .togglePlay, .step, .resetWeights, .restoreBest, .newData: return training(&state, action)
    case .focusNext, .focusPrevious, .increase, .decrease, .learningRateUp, .learningRateDown, .pickDataset,
        .faster, .slower:
        return setup(&state, action)
    case .toggleTestPoints, .toggleDiscretize, .toggleLogScale, .cycleChartAxis, .toggleStep, .toggleSharpness,
        .nextNeuron, .previousNeuron, .showOutput:
        return view(&state, action)
    case .exportSlide, .exportData, .exportModel: return export(&state, action)
    case .leaveMode: return leaveMode(&state)
    case .toggleHelp: state.showHelp.toggle()
    case .toggleProjector: return toggleProjector(&state)
    case .toggleInspector: return toggleInspector(&state)
    case .inspector(let key): return inspectorAction(&state, key)
    case .toggleSweep: return toggleSweep(&state)
    case .takeSweepBest: return takeSweepBest(&state)
    case .toggleSeeds: return toggleSeeds(&state)
    case .seeds(let key): return seedsAction(&state, key)
    case .toggleCompare: return toggleCompare(&state)
    case .closeCompare: return closeCompare(&state)
    case .travelBack, .travelForward: return travel(&state, by: action.travelsBack ? -1 : 1)
    case .openPresets, .nextLesson, .savePreset, .toggleNotes: return lessons(&state, action)
    case .presetList(let key): return presetList(&state, key)
    case .saveName(let key): return nameAction(&state, key)
    case .features(let key): return featureAction(&state, key)
    case .click(let x, let y, let secondary): return click(&state, x: x, y: y, secondary: secondary)
    case .removeClick(let x, let y): return removeClick(&state, x: x, y: y)
    case .quit: return [.quit]
    case .published, .publishedOther, .exported, .sweepRun, .seedTile, .saved, .saveFailed, .resize: break  // reports
    }
    return []
}

extension Action {
    fileprivate var travelsBack: Bool {
        if case .travelBack = self { return true } else { return false }
    }
}

/// Play, step, reset, new data, the best epoch.
private func training(_ state: inout AppState, _ action: Action) -> [Effect] {
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
    default: return []
    }
}

/// Toggles of what is shown: points, the output's shading, the chart's scales, the step and sharpness
/// panels, the neuron in the heatmap.
private func view(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
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
        let axis =
            switch state.chartAxis {
            case .auto: "all epochs, on a log axis once 10× past the best test epoch"
            case .recent: "the last \(ChartTimeAxis.recentEpochs) epochs"
            case .all: "all epochs"
            case .logEpochs: "epochs on a log axis"
            }
        state.message = "loss chart: \(axis)"
    case .nextNeuron: return showNeuron(after: 1, &state)
    case .previousNeuron: return showNeuron(after: -1, &state)
    case .showOutput:
        state.heatmapSource = .output
        return [.trainer(.setGrids(state.gridRequest))]
    default: break
    }
    return []
}

/// `E` and `e`: the loop writes the file and reports back with `.exported`.
private func export(_ state: inout AppState, _ action: Action) -> [Effect] {
    if case .exportModel = action {
        let name = fileName(state.presetName ?? state.config.dataName.replacingOccurrences(of: ".csv", with: ""))
        return [
            .exportModel(name: "nnplay-\(name.isEmpty ? "model" : name)", preset: state.presetName)
        ]
    }
    if case .exportSlide = action {
        let name = fileName(state.presetName ?? state.config.dataName)
        return [
            .exportSlide(
                path: "nnplay-\(name.isEmpty ? "slide" : name)-epoch\(state.snapshot.epoch).svg",
                title: state.title)
        ]
    }
    let name = fileName(state.config.dataName.replacingOccurrences(of: ".csv", with: ""))
    return [
        .exportData(
            path: "nnplay-\(name.isEmpty ? "data" : name)-points.csv",
            train: state.snapshot.train, test: state.snapshot.test)
    ]
}

/// The heatmap shows the neuron `delta` places after the current one (the output first, then each layer's).
private func showNeuron(after delta: Int, _ state: inout AppState) -> [Effect] {
    let sources: [HeatmapSource] =
        [.output]
        + state.snapshot.network.layers.enumerated().flatMap { layer, layout in
            (0..<layout.outputCount).map { HeatmapSource.neuron(layer: layer, index: $0) }
        }
    let index = sources.firstIndex(of: state.heatmapSource) ?? 0
    let count = sources.count
    state.heatmapSource = sources[((index + delta) % count + count) % count]
    return [.trainer(.setGrids(state.gridRequest))]
}

/// `text` as part of a file name: letters, digits, `-` and `_` only.
func fileName(_ text: String) -> String { text.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } }
