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
    public internal(set) var width: Int
    public internal(set) var height: Int
    /// The setup the trainer runs (the UI's copy; changes are sent to the trainer as commands).
    public internal(set) var config: SessionConfig
    /// The trainer's latest published state (`Action.published` brings a new one).
    public internal(set) var snapshot: Snapshot
    /// The diagnosis line's state: the snapshots' diagnosis, held against flicker.
    public private(set) var diagnosis = DiagnosisHold()

    /// Takes a newly published snapshot, and its diagnosis into the held line.
    mutating func receive(_ snapshot: Snapshot) {
        self.snapshot = snapshot
        observeDiagnosis()
    }

    /// Shows another run's snapshot (the comparison's other side): its diagnosis shows at once.
    mutating func switchRun(to snapshot: Snapshot) {
        diagnosis.restart()
        receive(snapshot)
    }
    /// Index into `controls`.
    public internal(set) var focus = 0
    /// The feature under the cursor while the features control is focused (an index into `Feature.allCases`).
    public internal(set) var featureCursor = 0
    public internal(set) var pace: Pace = .auto
    public internal(set) var showTestPoints = false
    public internal(set) var discretize = false
    public internal(set) var logScale = false
    /// Whether the step panel is open (`L`).
    public internal(set) var showStep = false
    /// Whether the sharpness chart is open (in the step panel's place; `H`).
    public internal(set) var showSharpness = false
    /// Whether the step panel or the sharpness chart takes the lower part of the network panel.
    public var lowerPanelOpen: Bool { showStep || showSharpness }
    /// Which epochs the loss chart shows (`z` cycles).
    public internal(set) var chartAxis: ChartTimeAxis = .auto
    public internal(set) var showHelp = false
    /// The projector view (`f`): picture and loss chart fill the screen under a big header.
    public internal(set) var projector = false
    /// The backprop inspector (`x`), while open.
    public internal(set) var inspector: InspectorState?
    /// The learning-rate sweep (`l`), while open.
    public internal(set) var sweep: SweepView?
    /// The seeds view (`S`), while open.
    public internal(set) var seeds: SeedsView?
    /// Time travel (`,` `.` while paused): the epoch to show, or nil for the present.
    public internal(set) var travelEpoch: Int?
    /// Side by side (`c`), while open.
    public internal(set) var compare: CompareView?
    public internal(set) var heatmapSource: HeatmapSource = .output
    public internal(set) var colorMode: ColorMode
    /// Whether the terminal shows Unicode (a UTF-8 locale); without it features are spelled x1sq, not x1².
    public internal(set) var unicode = true

    /// A feature's name as this terminal shows it.
    func name(_ feature: Feature) -> String { NetworkWidget.shortName(feature, unicode: unicode) }
    /// A short message for the status line (what just changed, or what was refused).
    public internal(set) var message: String?
    /// The name of the loaded preset (the lesson), if any.
    public internal(set) var presetName: String?
    /// A title for the header, e.g. a preset's.
    public internal(set) var title: String?
    /// The loaded preset's one-line description and lesson notes.
    public internal(set) var presetDescription: String?
    public internal(set) var notes: String?
    /// What the loaded lesson promises (its `expect:`), the seeds view's goal.
    public internal(set) var lessonExpectation: PresetExpectation?
    public internal(set) var showNotes = false
    /// The page of the notes shown, from 0, when they are longer than their panel (`NotesPanel`).
    public internal(set) var notesPage = 0
    /// The presets the `p` list offers (filled by the loop from the presets folder).
    public internal(set) var presets: [PresetListing] = []
    /// A modal panel taking the keys, if open.
    public internal(set) var overlay: Overlay?

    /// The state at start: `presets` for the `p` list, and the lesson started from (its title, notes,
    /// pace and display), if any.
    public init(
        width: Int, height: Int, config: SessionConfig, snapshot: Snapshot, colorMode: ColorMode,
        unicode: Bool = true, presets: [PresetListing] = [], lesson: Preset? = nil
    ) {
        self.unicode = unicode
        self.width = width
        self.height = height
        self.config = config
        self.snapshot = snapshot
        self.colorMode = colorMode
        self.presets = presets
        if let lesson { show(lesson) }
        observeDiagnosis()
    }

    private mutating func observeDiagnosis() {
        guard snapshot.travelledEpoch == nil else { return }  // the past's diagnosis is not the present's
        diagnosis.observe(
            snapshot.health, epoch: snapshot.epoch, generation: snapshot.generation,
            epochsPerSecond: snapshot.playing ? snapshot.epochsPerSecond : 0, restoredAt: snapshot.restores.last)
    }

    /// The controls for the current setup (one "neurons" row per hidden layer).
    public var controls: [Control] { Control.list(for: config) }

    /// The focused control.
    public var focusedControl: Control { controls[Swift.min(focus, controls.count - 1)] }

    /// The layout for the current size.
    public var layout: Layout {
        Layout(
            width: width, height: height, projector: projector, inspecting: inspector != nil || sweep != nil,
            comparing: compare != nil, notes: notesVisible)
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
