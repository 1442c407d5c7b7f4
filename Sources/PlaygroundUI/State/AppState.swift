import Playground

/// Which unit the heatmap shows: the output, a hidden or output neuron, or an input feature.
public enum HeatmapSource: Hashable, Sendable {
    case output
    /// `layer` 0 is the first hidden layer.
    case neuron(layer: Int, index: Int)
}

/// Everything the UI shows and remembers. `update` changes it; `render` draws it.
public struct AppState: Sendable {
    /// Terminal size in cells.
    public var width: Int
    public var height: Int
    /// The setup the trainer runs (the UI's copy; changes are sent to the trainer as commands).
    public var config: SessionConfig
    /// The trainer's latest published state.
    public var snapshot: Snapshot {
        didSet { observeDiagnosis() }
    }
    /// The diagnosis line's state: the snapshots' diagnosis, held against flicker.
    public private(set) var diagnosis = DiagnosisHold()

    /// The next snapshot's diagnosis shows at once (another run's snapshot is coming).
    mutating func restartDiagnosis() { diagnosis.restart() }
    /// Index into `controls`.
    public var focus = 0
    /// The feature under the cursor while the features control is focused (an index into `Feature.allCases`).
    public var featureCursor = 0
    public var pace: Pace = .auto
    public var showTestPoints = false
    public var discretize = false
    public var logScale = false
    /// Whether the step panel is open (`L`).
    public var showStep = false
    /// Whether the sharpness chart is open (in the step panel's place; `H`).
    public var showSharpness = false
    /// Whether the step panel or the sharpness chart takes the lower part of the network panel.
    public var lowerPanelOpen: Bool { showStep || showSharpness }
    /// Which epochs the loss chart shows (`z` cycles).
    public var chartAxis: ChartTimeAxis = .all
    public var showHelp = false
    /// The projector view (`f`): picture and loss chart fill the screen under a big header.
    public var projector = false
    /// The backprop inspector (`x`), while open.
    public var inspector: InspectorState?
    /// The learning-rate sweep (`l`), while open.
    public var sweep: SweepView?
    /// Time travel (`,` `.` while paused): the epoch to show, or nil for the present.
    public var travelEpoch: Int?
    /// Side by side (`c`), while open.
    public var compare: CompareView?
    public var heatmapSource: HeatmapSource = .output
    public var colorMode: ColorMode
    /// A short message for the status line (what just changed, or what was refused).
    public var message: String?
    /// The name of the loaded preset (the lesson), if any.
    public var presetName: String?
    /// A title for the header, e.g. a preset's.
    public var title: String?
    /// The loaded preset's one-line description and lesson notes.
    public var presetDescription: String?
    public var notes: String?
    public var showNotes = false
    /// The page of the notes shown, from 0, when they are longer than their panel (`NotesPanel`).
    public var notesPage = 0
    /// The presets the `p` list offers (filled by the loop from the presets folder).
    public var presets: [PresetListing] = []
    /// A modal panel taking the keys, if open.
    public var overlay: Overlay?

    public init(width: Int, height: Int, config: SessionConfig, snapshot: Snapshot, colorMode: ColorMode) {
        self.width = width
        self.height = height
        self.config = config
        self.snapshot = snapshot
        self.colorMode = colorMode
        observeDiagnosis()
    }

    private mutating func observeDiagnosis() {
        diagnosis.observe(snapshot.health, epoch: snapshot.epoch, generation: snapshot.generation,
                          epochsPerSecond: snapshot.playing ? snapshot.epochsPerSecond : 0, restoredAt: snapshot.restores.last)
    }

    /// The controls for the current setup (one "neurons" row per hidden layer).
    public var controls: [Control] { Control.list(for: config) }

    /// The focused control.
    public var focusedControl: Control { controls[Swift.min(focus, controls.count - 1)] }

    /// The layout for the current size.
    public var layout: Layout {
        Layout(width: width, height: height, projector: projector, inspecting: inspector != nil || sweep != nil, comparing: compare != nil)
    }

    /// The grids the trainer should publish for this layout and heatmap source.
    public var gridRequest: GridRequest {
        let heatmap = layout.heatmap
        var request = GridRequest(
            decisionWidth: Swift.max(heatmap.width, 8), decisionHeight: Swift.max(heatmap.height * 2, 8),
            thumbnailSide: NetworkWidget.thumbnailPixels)
        if case .neuron(let layer, let index) = heatmapSource { request.focus = NeuronID(layer: layer, index: index) }
        request.stepProfile = showStep
        request.inspection = inspector?.request
        request.travelEpoch = travelEpoch
        return request
    }
}
