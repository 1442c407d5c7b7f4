import Playground

/// Everything that can change the playground's state: what a person asks for (keys reach these through the
/// key table of the mode on top, `Keymap`), and what the loop reports (a snapshot, a finished sweep run, a
/// written file, a new terminal size). `update` is the only function that applies them.
public enum Action: Sendable {
    // Training.
    case togglePlay
    case step
    case resetWeights
    case restoreBest
    case newData
    // The setup.
    case focusNext
    case focusPrevious
    case increase
    case decrease
    case learningRateUp
    case learningRateDown
    case pickDataset(Int)
    case faster
    case slower
    // What is shown.
    case toggleTestPoints
    case toggleDiscretize
    case toggleLogScale
    case cycleChartAxis
    case toggleStep
    case toggleSharpness
    case nextNeuron
    case previousNeuron
    case showOutput
    // Files.
    case exportSlide
    case exportData
    /// The model (weights and training state) to a file, to continue with `--load-model`.
    case exportModel
    // Modes.
    /// Esc: leaves the mode on top (help, the notes, a list or prompt, the inspector, the sweep, time
    /// travel, the projector view, the comparison).
    case leaveMode
    case toggleHelp
    case toggleProjector
    case toggleInspector
    case toggleSweep
    /// The seeds view (`S`): the setup trained from many seeds at once.
    case toggleSeeds
    case toggleCompare
    case closeCompare
    case travelBack
    case travelForward
    case openPresets
    case nextLesson
    case savePreset
    case toggleNotes
    /// Keys of the modes that have their own.
    case features(FeatureAction)
    case inspector(InspectorAction)
    case presetList(ListAction)
    case saveName(NameAction)
    case seeds(SeedsAction)
    /// The sweep's best learning rate becomes the setup's (Enter in the sweep).
    case takeSweepBest
    case quit
    // From the pointer.
    case click(x: Int, y: Int, secondary: Bool)
    /// ctrl+click: remove the data point at this cell.
    case removeClick(x: Int, y: Int)
    // From the loop.
    /// The trainer published a snapshot (of the focused side).
    case published(Snapshot)
    /// The other side of a comparison published a snapshot.
    case publishedOther(Snapshot)
    /// The loop wrote a file (or could not), or the recording stopped: what to say.
    case exported(String)
    /// A run of the sweep finished.
    case sweepRun(index: Int, run: SweepRun)
    /// A run of the seeds view finished.
    case seedTile(index: Int, tile: SeedTile)
    /// The loop saved a preset at this path (reloading the list), or could not.
    case saved(path: String, presets: [PresetListing])
    case saveFailed(String)
    case resize(width: Int, height: Int)
}

/// Keys while the features control is focused.
public enum FeatureAction: Equatable, Sendable {
    /// Moves the cursor along the nine features (wrapping).
    case move(Int)
    /// Turns the feature under the cursor on or off.
    case toggle
}

/// Keys of the backprop inspector: walking the steps, or (picking) moving the cursor to a training point.
public enum InspectorAction: Equatable, Sendable {
    case step(Int)
    case neuron(Int)
    case link(Int)
    case toggleCheck
    /// Back to the cursor, to follow another point.
    case pickAnotherPoint
    /// Moves the cursor by this many half units on each axis.
    case moveCursor(dx: Int, dy: Int)
    /// Follows the training point nearest the cursor.
    case choosePoint
}

/// Keys of the seeds view.
public enum SeedsAction: Equatable, Sendable {
    /// Moves the selection by columns and rows of tiles.
    case move(dx: Int, dy: Int)
    /// Trains the selected run's seed in the main view, from the start.
    case take
    /// New weights on the same data ↔ new data and new weights; the runs start again.
    case toggleVary
    /// The goal one level harder (1) or easier (−1).
    case goal(Int)
    /// Test accuracy ↔ test loss as the goal.
    case goalKind
    /// A click on the tile with this index: picks it, or (picked already) takes it.
    case click(Int)
    /// An SVG slide of the runs.
    case exportSlide
}

/// Keys of the presets list.
public enum ListAction: Equatable, Sendable {
    case move(Int)
    case choose
}

/// Keys of the prompt for a preset's name, and of its overwrite question.
public enum NameAction: Equatable, Sendable {
    case type(Character)
    case erase
    case confirm
    /// y to "overwrite?"
    case overwrite
    /// n to "overwrite?": back to the name.
    case rename
}
