import Testing
import Playground
@testable import PlaygroundUI

@Suite("Every key does what the help says")
struct KeymapTests {
    /// Presses `key` on a fresh 120×40 state (paused at epoch 0, focus on "dataset", speed max).
    func press(_ key: Key, prepare: (inout AppState) -> Void = { _ in }) throws -> (AppState, [Effect]) {
        var state = try makeState(width: 120, height: 40)
        prepare(&state)
        let action = try #require(Keymap.action(for: key), "\(key) has no action")
        let effects = update(&state, action)
        return (state, effects)
    }

    /// Each key's effect, and that its help line names that effect (so the help cannot describe another key).
    @Test(arguments: Keymap.bindings.flatMap { binding in binding.keys.map { ($0, binding.summary) } })
    func keyDoesWhatItsHelpLineSays(key: Key, summary: String) throws {
        let (state, effects) = try press(key)
        let commands = effects.trainerCommands
        let fresh = try makeState(width: 120, height: 40)
        let valid = try state.config.validated()
        let rebuilt = TrainerCommand.rebuild(valid), liveChange = TrainerCommand.live(valid)
        func says(_ words: String...) { #expect(words.allSatisfy(summary.contains), "“\(summary)” should say \(words)") }
        switch Keymap.action(for: key)! {
        case .togglePlay: #expect(commands == [.play]); says("play", "pause")
        case .step: #expect(commands == [.step]); says("one epoch")
        case .resetWeights: #expect(commands == [.resetWeights] && state.config == fresh.config); says("new weights", "same data")
        case .restoreBest:
            #expect(commands.isEmpty && state.message?.contains("nothing to go back to") == true, "epoch 0 is the best")
            let (later, restored) = try press(key) { $0.snapshot.epoch = 40; $0.snapshot.bestTestEpoch = 12 }
            #expect(restored.trainerCommands == [.restoreBest] && later.message?.contains("epoch 12") == true)
            says("best test epoch", "early stopping")
        case .newData:
            #expect(state.config.seed == 2)
            #expect(commands.first == rebuilt); says("new data", "seed")
        case .focusNext: #expect(state.focus == 1 && commands.isEmpty); says("next control")
        case .focusPrevious: #expect(state.focus == state.controls.count - 1 && commands.isEmpty); says("previous control")
        case .increase:
            #expect(state.config.dataset == .xor, "the focused control is the dataset")
            #expect(commands.first == rebuilt); says("increase", "focused")
        case .decrease:
            #expect(state.config.dataset == .regressionGauss, "stepping back from the first dataset wraps")
            #expect(state.config.loss == nil && commands.first == rebuilt); says("decrease", "focused")
        case .learningRateUp:
            #expect(state.config.learningRate == 0.1 && commands == [liveChange]); says("learning rate up")
        case .learningRateDown:
            #expect(state.config.learningRate == 0.01 && commands == [liveChange]); says("learning rate down")
        case .pickDataset(let index):
            #expect(state.config.dataset == DatasetKind.allCases[index])
            #expect(commands.first == rebuilt); says("dataset")
        case .faster:
            let (slow, faster) = try press(key) { $0.pace = .one }
            #expect(slow.pace == .five && faster == [.trainer(.setPace(.five))]); says("faster")
        case .slower:
            let (fast, slower) = try press(key) { $0.pace = .max }
            #expect(fast.pace == .thousand && slower == [.trainer(.setPace(.thousand))]); says("slower")
            #expect(state.pace == .auto && commands == [.setPace(.auto)], "auto is the slowest start")
        case .toggleTestPoints: #expect(state.showTestPoints); says("test points")
        case .toggleDiscretize: #expect(state.discretize); says("discretize")
        case .toggleLogScale: #expect(state.logScale); says("log scale")
        case .toggleStep:
            #expect(state.showStep && state.gridRequest.stepProfile && commands == [.setGrids(state.gridRequest)])
            says("step", "loss")
        case .toggleSharpness:
            #expect(state.showSharpness && !state.showStep && commands.isEmpty); says("sharpness", "2/η")
            let (stepOpen, closed) = try press(key) { $0.showStep = true }
            #expect(stepOpen.showSharpness && !stepOpen.showStep && closed == [.trainer(.setGrids(stepOpen.gridRequest))],
                    "the chart takes the step panel's place")
        case .cycleChartAxis:
            #expect(state.chartAxis == .recent && state.message == "loss chart: the last 200 epochs"); says("recent", "log")
        case .nextNeuron:
            #expect(state.heatmapSource == .neuron(layer: 0, index: 0))
            #expect(commands == [.setGrids(state.gridRequest)] && state.gridRequest.focus == NeuronID(layer: 0, index: 0))
            says("next", "neuron")
        case .previousNeuron:
            #expect(state.heatmapSource == .neuron(layer: 2, index: 0), "wraps to the output neuron"); says("previous", "neuron")
        case .showOutput:
            let (shown, _) = try press(key) { $0.heatmapSource = .neuron(layer: 1, index: 1) }
            #expect(shown.heatmapSource == .output); says("output")
        case .toggleHelp: #expect(state.showHelp); says("help")
        case .toggleInspector:
            #expect(state.inspector?.picking == true && commands.first == .pause); says("backprop", "training point")
        case .toggleCompare:
            let valid = try state.config.validated()
            #expect(state.compare?.focusedIsB == true && effects.contains(.openCompare(valid)) && commands.first == .pause)
            says("compare", "side")
        case .closeCompare:
            #expect(effects.isEmpty && state.message?.contains("no comparison open") == true); says("C closes")
        case .toggleSweep:
            #expect(state.sweep?.rates.count == 12 && commands.first == .pause)
            #expect(effects.contains(.startSweep(state.config, rates: LearningRateSweep.rates(), epochs: state.config.epochs)))
            says("learning-rate sweep", "best")
        case .travelBack:
            let (travelled, back) = try press(key) { $0.snapshot.checkpointEpochs = [0, 8, 16]; $0.snapshot.epoch = 20 }
            #expect(travelled.travelEpoch == 16 && back == [.trainer(.setGrids(travelled.gridRequest))])
            #expect(travelled.gridRequest.travelEpoch == 16); says("time travel", "earlier")
        case .travelForward:
            let (present, _) = try press(key) {
                $0.snapshot.checkpointEpochs = [0, 8, 16]; $0.snapshot.epoch = 20; $0.travelEpoch = 16; $0.snapshot.travelledEpoch = 16
            }
            #expect(present.travelEpoch == nil && present.message?.contains("present") == true); says("later")
        case .exportData:
            #expect(effects == [.exportData(path: "nnplay-circle-points.csv", points: state.snapshot.train + state.snapshot.test)])
            says("points", "CSV")
        case .exportSlide:
            #expect(effects == [.exportSlide(path: "nnplay-circle-epoch0.svg", title: nil)]); says("SVG", "slide")
        case .toggleProjector:
            #expect(state.projector && state.layout.projector && commands == [.setGrids(state.gridRequest)])
            #expect(state.gridRequest.decisionWidth > (try makeState()).gridRequest.decisionWidth, "a larger picture")
            says("projector")
        case .openPresets:
            let (opened, _) = try press(key) { $0.presets = [PresetListing(name: "a", preset: Preset(name: "a"), problem: nil)] }
            #expect(opened.overlay == .presets(selection: 0))
            #expect(state.overlay == nil && state.message?.contains("no presets") == true, "with no presets it says so")
            says("presets")
        case .nextLesson:
            #expect(state.message?.contains("no presets") == true)
            let first = Preset(name: "first"), second = Preset(name: "second")
            let (moved, effects) = try press(key) {
                $0.presets = [PresetListing(name: "first", preset: first, problem: nil),
                              PresetListing(name: "broken", preset: nil, problem: "x"),
                              PresetListing(name: "second", preset: second, problem: nil)]
                $0.presetName = "first"
            }
            #expect(moved.presetName == "second" && effects.trainerCommands.first == .pause, "skips what cannot load")
            says("next lesson")
        case .savePreset: #expect(state.overlay == .saveName(text: "")); says("write", "preset")
        case .toggleNotes:
            let (shown, _) = try press(key) { $0.notes = "lesson" }
            #expect(shown.showNotes && !state.showNotes); says("notes")
        case .quit: #expect(effects == [.quit]); says("quit")
        case .resize, .click, .removeClick, .saved, .saveFailed, .sweepRun, .exported: Issue.record("\(key) is not a key of the table")
        }
    }

    @Test func helpOverlayListsEveryBinding() throws {
        var state = try makeState(width: 120, height: 40)
        state.showHelp = true
        let text = render(state).lines.joined(separator: "\n")
        for binding in Keymap.bindings {
            #expect(text.contains(binding.summary), "help is missing “\(binding.summary)”")
            #expect(text.contains(binding.label))
        }
    }

    @Test func liveChangesKeepTrainingAndRebuildsSaySo() throws {
        var state = try makeState(width: 120, height: 40)
        state.focus = state.controls.firstIndex(of: .setting(.regularizationRate))!
        let live = update(&state, .increase)
        let changed = try state.config.validated()
        #expect(live == [.trainer(.live(changed))])
        #expect(state.message == "reg. rate 0.001 — applied live, training continues", "names the new value")
        state.focus = state.controls.firstIndex(of: .layers)!
        let rebuilt = update(&state, .increase)
        let deeper = try state.config.validated()
        #expect(state.config.hidden == [4, 2, 2])
        #expect(rebuilt.first == .trainer(.rebuild(deeper)))
        #expect(state.message!.contains("rebuilt"))
        #expect(state.controls.contains(.neurons(layer: 2)), "a new layer gets its own neurons control")
    }

    @Test func aChangeOfLossNamesTheNewOutput() throws {
        var state = try makeState(width: 120, height: 40)
        state.focus = state.controls.firstIndex(of: .setting(.loss))!
        _ = update(&state, .increase)
        #expect(state.config.loss == .log && state.message == "output/loss sigmoid+log — rebuilt: new network")
    }

    @Test func playingIsRefusedWhenDivergedWithAHint() throws {
        var state = try makeState()
        state.snapshot.divergedAt = 12
        #expect(update(&state, .togglePlay).isEmpty)
        #expect(state.message == "diverged at epoch 12 — learning rate too high? — press r to reset")
    }

    @Test func clicksFocusControlsAddPointsAndPickNeurons() throws {
        var state = try makeState(width: 120, height: 40)
        let layout = state.layout
        _ = update(&state, .click(x: 5, y: layout.controls.y + 4, secondary: false))
        #expect(state.focusedControl == .setting(.features))
        let heatmap = layout.heatmap
        let added = update(&state, .click(x: heatmap.x, y: heatmap.y, secondary: true))
        guard case .addPoint(let point) = added.trainerCommands.first else { Issue.record("no point added"); return }
        #expect(point.label == 0 && point.x < -5 && point.y > 5, "top-left corner, class 0 for a right click")
        let network = layout.network.inner
        let geometry = try #require(NetworkWidget.layout(state, area: network))
        let l1 = geometry.columns[1]
        _ = update(&state, .click(x: l1.x, y: l1.rows[2], secondary: false))
        #expect(state.heatmapSource == .neuron(layer: 0, index: 2))
        // The inactive features sit on their own row: a click on x1² turns it on.
        let (feature, x) = try #require(NetworkWidget.inactivePositions(state, area: network).first)
        #expect(feature == .x1sq)
        let toggled = update(&state, .click(x: x, y: geometry.inactiveRow, secondary: false))
        let withFeature = try state.config.validated()
        #expect(state.config.features == [.x1, .x2, .x1sq] && toggled.first == .trainer(.rebuild(withFeature)))
        // A click on an active input's thumbnail turns it off.
        var fresh = try makeState(width: 120, height: 40)
        let inputs = geometry.columns[0]
        _ = update(&fresh, .click(x: inputs.x, y: inputs.rows[1], secondary: false))
        #expect(fresh.config.features == [.x1])
    }

    /// ctrl+click on a point's cell asks the trainer to remove that point; on an empty cell it says so.
    @Test func ctrlClickRemovesThePointUnderIt() throws {
        var state = try makeState(width: 120, height: 40)
        let area = state.layout.heatmap
        let point = state.snapshot.train[3]
        let cell = DecisionGrid.cell(x1: point.x, x2: point.y, width: area.width, height: area.height)
        let effects = route(&state, key: .removeClick(x: area.x + cell.column, y: area.y + cell.row))
        guard case .removePoint(let removed) = effects.trainerCommands.first else { Issue.record("nothing removed"); return }
        let removedCell = DecisionGrid.cell(x1: removed.x, x2: removed.y, width: area.width, height: area.height)
        #expect(removedCell == cell && state.message?.hasPrefix("removed the point") == true)
        state.snapshot.train = []
        #expect(route(&state, key: .removeClick(x: area.x, y: area.y)).isEmpty && state.message?.contains("no point") == true)
    }

    @Test func presetsLoadFromTheListAndBrokenOnesOnlySaySo() throws {
        var state = try makeState(width: 120, height: 40)
        var lesson = Preset(name: "lesson", title: "A lesson", notes: "watch the boundary")
        lesson.config.dataset = .spiral
        lesson.display.speed = .twenty
        state.presets = [PresetListing(name: "broken", preset: nil, problem: "broken.yaml:3: noise: must be between 0 and 50"),
                         PresetListing(name: "lesson", preset: lesson, problem: nil)]
        _ = route(&state, key: .character("p"))
        #expect(route(&state, key: .enter).isEmpty, "a broken preset loads nothing")
        #expect(state.message == "broken.yaml:3: noise: must be between 0 and 50" && state.config == SessionConfig())
        _ = route(&state, key: .down)
        let commands = route(&state, key: .enter).trainerCommands
        #expect(state.overlay == nil && state.config.dataset == .spiral && state.pace == .twenty)
        #expect(state.title == "A lesson" && state.notes == "watch the boundary" && state.showNotes)
        let loaded = try state.config.validated()
        #expect(commands.prefix(3) == [.pause, .rebuild(loaded), .setPace(.twenty)],
                "loading a preset pauses, then opens it at its own pace")
        #expect(render(state).lines.joined().contains("watch the boundary"), "the notes panel shows the lesson")
    }

    @Test func writingAPresetAsksForANameAndNeverOverwritesWithoutAsking() throws {
        var state = try makeState(width: 120, height: 40)
        state.presets = [PresetListing(name: "mine", preset: Preset(name: "mine"), problem: nil)]
        _ = route(&state, key: .character("w"))
        var effects: [Effect] = []
        for key: Key in [.character("m"), .character("i"), .character("n"), .character("e"), .character("/"), .enter] {
            effects += route(&state, key: key)
        }
        #expect(state.overlay == .confirmOverwrite(name: "mine") && effects.isEmpty, "'/' is not typed; asks first")
        _ = route(&state, key: .character("n"))
        #expect(state.overlay == .saveName(text: "mine"))
        _ = route(&state, key: .backspace)
        _ = route(&state, key: .character("2"))
        let saved = route(&state, key: .enter)
        #expect(saved == [.save(SaveRequest(name: "min2", preset: state.currentPreset(named: "min2"), overwrite: false))])
        _ = route(&state, key: .character("w"))
        for c in "mine" { _ = route(&state, key: .character(c)) }
        _ = route(&state, key: .enter)
        let overwritten = route(&state, key: .character("y"))
        guard case .save(let request) = overwritten.first else { Issue.record("no save after y"); return }
        #expect(request.name == "mine" && request.overwrite && request.preset.config == state.config)
        _ = update(&state, .saveFailed("Presets/mine.yaml: could not be written: Permission denied"))
        #expect(state.message == "Presets/mine.yaml: could not be written: Permission denied")
    }
}

@Suite("The heatmap shows the neuron just picked")
struct NeuronSelectionTests {
    /// Paused, as a lecturer clicks through the neurons: after each `v` and one trainer round trip, the
    /// published grid is that neuron's (not the one before), a new publication asks for a redraw, and the
    /// heatmap's title names it.
    @Test func pausedSelectionOfEachNeuronDrawsThatNeuron() throws {
        var config = SessionConfig()
        config.hidden = [3, 2]
        let trainer = try Trainer(config: config)
        let session = try TrainingSession(config: config)
        var state = AppState(width: 120, height: 40, config: config, snapshot: trainer.latest, colorMode: .monochrome)
        trainer.send(.setGrids(state.gridRequest))
        trainer.sync()
        state.snapshot = trainer.latest
        let expected = [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (2, 0)]
        for (layer, index) in expected {
            let before = state.snapshot.sequence
            trainer.send(update(&state, .nextNeuron).trainerCommands)
            trainer.sync()
            state.snapshot = trainer.latest
            #expect(state.snapshot.sequence > before, "a new publication: the loop redraws")
            #expect(state.snapshot.decisionSource == NeuronID(layer: layer, index: index))
            let request = state.gridRequest
            let grid = session.neuronGrid(layer: layer, neuron: index, width: request.decisionWidth, height: request.decisionHeight)
            #expect(state.snapshot.decision == grid, "layer \(layer) neuron \(index) is the one drawn")
            let title = render(state).lines[state.layout.heatmapFrame.y]
            #expect(title.contains(layer == 2 ? "output neuron \(index + 1)" : "layer \(layer + 1) neuron \(index + 1)"), "\(title)")
        }
    }
}
