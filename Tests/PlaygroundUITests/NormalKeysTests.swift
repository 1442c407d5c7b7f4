import Testing
import Playground
@testable import PlaygroundUI

@Suite("Every key of the normal view does what its help line says")
struct NormalKeysTests {
    /// Presses `key` on a fresh 120×40 state (paused at epoch 0, focus on "dataset", speed max).
    func press(_ key: Key, prepare: (inout AppState) -> Void = { _ in }) throws -> (AppState, [Effect]) {
        var state = try makeState(width: 120, height: 40)
        prepare(&state)
        let action = try #require(Keymap.action(for: key, in: [.normal]), "\(key) has no action")
        let effects = update(&state, action)
        return (state, effects)
    }

    /// Each key's effect, and that its help line names that effect (so the help cannot describe another key).
    @Test(arguments: Keymap.normal.flatMap { binding in binding.keys.map { ($0, binding.summary) } })
    func keyDoesWhatItsHelpLineSays(key: Key, summary: String) throws {
        let (state, effects) = try press(key)
        let commands = effects.trainerCommands
        let fresh = try makeState(width: 120, height: 40)
        let valid = try state.config.validated()
        let rebuilt = TrainerCommand.rebuild(valid), liveChange = TrainerCommand.live(valid)
        func says(_ words: String...) {
            #expect(words.allSatisfy(summary.contains), "“\(summary)” should say \(words)")
        }
        switch Keymap.action(for: key, in: [.normal])! {
        case .togglePlay: #expect(commands == [.play]); says("play", "pause")
        case .step: #expect(commands == [.step]); says("one epoch")
        case .resetWeights:
            #expect(commands == [.resetWeights] && state.config == fresh.config); says("new weights", "same data")
        case .restoreBest:
            #expect(commands.isEmpty && state.message?.contains("nothing to go back to") == true, "epoch 0 is the best")
            let (later, restored) = try press(key) {
                $0.snapshot.epoch = 40; $0.snapshot.bestTestEpoch = 12
            }
            #expect(restored.trainerCommands == [.restoreBest] && later.message?.contains("epoch 12") == true)
            says("best epoch", "early stopping")
        case .newData:
            #expect(state.config.seed == 2)
            #expect(commands.first == rebuilt); says("new data", "seed")
        case .focusNext: #expect(state.focus == 1 && commands.isEmpty); says("next control")
        case .focusPrevious:
            #expect(state.focus == state.controls.count - 1 && commands.isEmpty); says("previous control")
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
            #expect(
                stepOpen.showSharpness && !stepOpen.showStep && closed == [.trainer(.setGrids(stepOpen.gridRequest))],
                "the chart takes the step panel's place")
        case .cycleChartAxis:
            #expect(state.chartAxis == .all && state.message == "loss chart: all epochs");
            says("epoch axis")
        case .nextNeuron:
            #expect(state.heatmapSource == .neuron(layer: 0, index: 0))
            #expect(
                commands == [.setGrids(state.gridRequest)] && state.gridRequest.focus == NeuronID(layer: 0, index: 0))
            says("next", "neuron")
        case .previousNeuron:
            #expect(state.heatmapSource == .neuron(layer: 2, index: 0), "wraps to the output neuron");
            says("previous", "neuron")
        case .showOutput:
            let (shown, _) = try press(key) { $0.heatmapSource = .neuron(layer: 1, index: 1) }
            #expect(shown.heatmapSource == .output); says("output")
        case .toggleHelp: #expect(state.showHelp && state.mode == .help); says("keys")
        case .toggleInspector:
            #expect(state.inspector?.picking == true && commands.first == .pause); says("backprop", "point")
        case .toggleCompare:
            let valid = try state.config.validated()
            #expect(
                state.compare?.focusedIsB == true && effects.contains(.openCompare(valid)) && commands.first == .pause)
            says("compare", "side by side")
        case .toggleSweep:
            #expect(state.sweep?.rates.count == 12 && commands.first == .pause)
            #expect(
                effects.contains(
                    .startSweep(state.config, rates: LearningRateSweep.rates(), epochs: state.config.epochs)))
            says("learning-rate sweep")
        case .toggleSeeds:
            let epochs = Swift.max(100, Swift.min(state.config.epochs, 5000))
            #expect(state.seeds?.runs == 24 && state.seeds?.vary == .weights && commands.first == .pause)
            #expect(
                effects.contains(
                    .startSeeds(
                        valid, runs: 24, epochs: epochs, vary: .weights, goal: .testAccuracy(0.95),
                        points: StudyPoints(train: state.snapshot.train, test: state.snapshot.test), promises: nil)))
            says("seeds", "how often")
        case .travelBack:
            let (travelled, back) = try press(key) {
                $0.snapshot.checkpointEpochs = [0, 8, 16]; $0.snapshot.epoch = 20
            }
            #expect(travelled.travelEpoch == 16 && back == [.trainer(.setGrids(travelled.gridRequest))])
            #expect(travelled.gridRequest.travelEpoch == 16); says("time travel", "earlier")
            #expect(travelled.mode == .timeTravel, "a mode of its own: . goes later, Esc back to the present")
        case .exportData:
            #expect(
                effects == [
                    .exportData(
                        path: "nnplay-circle-points.csv", train: state.snapshot.train, test: state.snapshot.test)
                ])
            says("points", "CSV")
        case .exportModel:
            #expect(effects == [.exportModel(name: "nnplay-circle", preset: nil)]);
            says("model", "--load-model")
        case .exportSlide:
            #expect(effects == [.exportSlide(path: "nnplay-circle-epoch0.svg", title: nil)]); says("SVG", "slide")
        case .toggleProjector:
            #expect(state.projector && state.layout.projector && commands == [.setGrids(state.gridRequest)])
            #expect(state.gridRequest.decisionWidth > (try makeState()).gridRequest.decisionWidth, "a larger picture")
            says("projector")
        case .openPresets:
            let (opened, _) = try press(key) {
                $0.presets = [PresetListing(name: "a", preset: Preset(name: "a"), problem: nil)]
            }
            #expect(opened.overlay == .presets(selection: 0))
            #expect(state.overlay == nil && state.message?.contains("no presets") == true, "with no presets it says so")
            says("presets")
        case .nextLesson:
            #expect(state.message?.contains("no presets") == true)
            let first = Preset(name: "first"), second = Preset(name: "second")
            let (moved, effects) = try press(key) {
                $0.presets = [
                    PresetListing(name: "first", preset: first, problem: nil),
                    PresetListing(name: "broken", preset: nil, problem: "x"),
                    PresetListing(name: "second", preset: second, problem: nil),
                ]
                $0.presetName = "first"
            }
            #expect(moved.presetName == "second" && effects.trainerCommands.first == .pause, "skips what cannot load")
            says("next lesson")
        case .savePreset: #expect(state.overlay == .saveName(text: "")); says("write", "preset")
        case .toggleNotes:
            let (shown, _) = try press(key) { $0.notes = "lesson" }
            #expect(shown.showNotes && !state.showNotes); says("notes")
        case .quit: #expect(effects == [.quit]); says("quit")
        default: Issue.record("\(key) is not a key of the normal view")
        }
    }
}
