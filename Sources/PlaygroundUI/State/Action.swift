import Playground

/// Everything a person can ask the playground to do. Keys map to actions through `Keymap`.
public enum Action: Equatable, Sendable {
    case togglePlay
    case step
    case resetWeights
    case restoreBest
    case newData
    case focusNext
    case focusPrevious
    case increase
    case decrease
    case learningRateUp
    case learningRateDown
    case pickDataset(Int)
    case faster
    case slower
    case toggleTestPoints
    case toggleDiscretize
    case toggleLogScale
    case cycleChartAxis
    case toggleStep
    case toggleSharpness
    case nextNeuron
    case previousNeuron
    case showOutput
    case toggleHelp
    case toggleProjector
    case toggleInspector
    case toggleSweep
    case exportSlide
    case toggleCompare
    case closeCompare
    case travelBack
    case travelForward
    case exportData
    /// The loop wrote a file (or could not): what to say.
    case exported(String)
    /// A run of the sweep finished (from the loop).
    case sweepRun(index: Int, run: SweepRun)
    case openPresets
    case nextLesson
    case savePreset
    case toggleNotes
    /// The loop saved a preset at this path (reloading the list), or could not.
    case saved(path: String, presets: [PresetListing])
    case saveFailed(String)
    case quit
    case resize(width: Int, height: Int)
    case click(x: Int, y: Int, secondary: Bool)
    /// ctrl+click: remove the data point at this cell.
    case removeClick(x: Int, y: Int)
}
