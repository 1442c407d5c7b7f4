import Playground

/// Applies one action to the state and returns what the trainer must do: the only place state changes.
public func update(_ state: inout AppState, _ action: Action) -> [TrainerCommand] {
    if case .resize = action {} else { state.message = nil }
    switch action {
    case .togglePlay:
        if let epoch = state.snapshot.divergedAt {
            state.message = "diverged at epoch \(epoch) — press r to reset"
            return []
        }
        return [state.snapshot.playing ? .pause : .play]
    case .step: return [.step]
    case .resetWeights:
        state.message = "reset: new weights, same data"
        return [.resetWeights]
    case .newData:
        state.config.seed &+= 1
        state.message = "new data (seed \(state.config.seed))"
        return rebuild(&state)
    case .focusNext, .focusPrevious:
        let count = state.controls.count
        state.focus = ((state.focus + (action == .focusNext ? 1 : -1)) % count + count) % count
        return []
    case .increase, .decrease:
        let control = state.focusedControl
        return commands(for: control, control.change(by: action == .increase ? 1 : -1, in: &state), &state)
    case .learningRateUp, .learningRateDown:
        let effect = Control.learningRate.change(by: action == .learningRateUp ? 1 : -1, in: &state)
        return commands(for: .learningRate, effect, &state)
    case .pickDataset(let index):
        guard index < DatasetKind.allCases.count else { return [] }
        var config = state.config
        config.dataset = DatasetKind.allCases[index]
        state.config = Control.fittingLoss(config)
        state.message = "dataset \(config.dataset.rawValue): \(config.dataset.summary)"
        return rebuild(&state)
    case .faster, .slower:
        return commands(for: .speed, Control.speed.change(by: action == .faster ? 1 : -1, in: &state), &state)
    case .toggleTestPoints: state.showTestPoints.toggle()
    case .toggleDiscretize: state.discretize.toggle()
    case .toggleLogScale: state.logScale.toggle()
    case .nextNeuron, .previousNeuron:
        let sources: [HeatmapSource] = [.output] + state.snapshot.network.layers.enumerated().flatMap { layer, layout in
            (0..<layout.outputCount).map { HeatmapSource.neuron(layer: layer, index: $0) }
        }
        let index = sources.firstIndex(of: state.heatmapSource) ?? 0
        let count = sources.count
        state.heatmapSource = sources[((index + (action == .nextNeuron ? 1 : -1)) % count + count) % count]
        return [.setGrids(state.gridRequest)]
    case .showOutput:
        state.heatmapSource = .output
        return [.setGrids(state.gridRequest)]
    case .toggleHelp: state.showHelp.toggle()
    case .openPresets:
        guard !state.presets.isEmpty else {
            state.message = "no presets found (set --presets-dir or NNPLAY_PRESETS)"
            return []
        }
        let current = state.presets.firstIndex { $0.preset?.title == state.title } ?? 0
        state.overlay = .presets(selection: current)
    case .savePreset: state.overlay = .saveName(text: "")
    case .toggleNotes:
        if state.notes == nil { state.message = "no notes: load a preset with p" } else { state.showNotes.toggle() }
    case .saved(let path, let presets):
        state.presets = presets
        state.message = "saved \(path)"
    case .saveFailed(let problem): state.message = problem
    case .quit: state.quitRequested = true
    case .resize(let width, let height):
        state.width = width
        state.height = height
        return [.setGrids(state.gridRequest)]
    case .click(let x, let y, let secondary): return click(&state, x: x, y: y, secondary: secondary)
    }
    return []
}

/// Commands for a control's change, with a message that says whether the network was rebuilt.
private func commands(for control: Control, _ effect: Control.Effect, _ state: inout AppState) -> [TrainerCommand] {
    switch effect {
    case .none: return []
    case .pace: return [.setPace(state.pace)]
    case .live:
        state.message = "\(control.label.trimmed) \(control.value(in: state)) — applied live, training continues"
        return [.live(state.config)]
    case .rebuild:
        state.message = "\(control.label.trimmed) \(control.value(in: state)) — rebuilt: new network"
        return rebuild(&state)
    }
}

/// A new session for the current config; the heatmap returns to the output if its neuron is gone.
private func rebuild(_ state: inout AppState) -> [TrainerCommand] {
    if case .neuron = state.heatmapSource { state.heatmapSource = .output }
    let count = state.controls.count
    state.focus = Swift.min(state.focus, count - 1)
    return [.rebuild(state.config), .setGrids(state.gridRequest)]
}

/// A click focuses a control, adds a point in the heatmap, shows a neuron, or toggles an input feature.
private func click(_ state: inout AppState, x: Int, y: Int, secondary: Bool) -> [TrainerCommand] {
    let layout = state.layout
    guard layout.fits else { return [] }
    if layout.controls.contains(x: x, y: y) {
        if let index = ControlsWidget.controlIndex(atRow: y, in: state) { state.focus = index }
        return []
    }
    if layout.heatmap.contains(x: x, y: y) {
        let area = layout.heatmap
        let width = Float(area.width), height = Float(area.height)
        let x1 = DecisionGrid.domain.lowerBound + 12 * (Float(x - area.x) + 0.5) / width
        let x2 = DecisionGrid.domain.upperBound - 12 * (Float(y - area.y) + 0.5) / height
        let classes = state.snapshot.classCount
        let label: Float = classes == 0 ? (secondary ? -1 : 1) : (secondary ? 0 : 1)
        state.message = "added a point of \(classes == 0 ? "value \(label)" : "class \(Int(label))") at (\(x1.rounded1), \(x2.rounded1))"
        return [.addPoint(DataPoint(x: x1, y: x2, label: label))]
    }
    if let hit = NetworkWidget.hit(x: x, y: y, in: state) {
        switch hit {
        case .neuron(let layer, let index):
            state.heatmapSource = .neuron(layer: layer, index: index)
            return [.setGrids(state.gridRequest)]
        case .feature(let feature):
            var config = state.config
            if let index = config.features.firstIndex(of: feature) {
                guard config.features.count > 1 else {
                    state.message = "a network needs at least one input feature"
                    return []
                }
                config.features.remove(at: index)
            } else {
                config.features = Feature.allCases.filter { config.features.contains($0) || $0 == feature }
            }
            state.config = config
            state.message = "features \(config.features.map(\.rawValue).joined(separator: " ")) — rebuilt: new network"
            return rebuild(&state)
        }
    }
    return []
}

extension String {
    var trimmed: String { String(drop { $0 == " " }) }
}

extension Float {
    var rounded1: String {
        let tenths = (self * 10).rounded() / 10
        return "\(tenths)"
    }
}
