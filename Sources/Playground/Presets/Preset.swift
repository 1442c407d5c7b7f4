/// How the UI shows a preset: its pace and display toggles.
public struct DisplaySettings: Sendable, Equatable {
    /// The pace a lesson opens at (paused): `auto` unless its file says otherwise.
    public var speed: Pace = .auto
    public var showTestPoints = false
    public var discretize = false
    public var logScale = false
    /// Whether the step panel (the loss along the current step) is open.
    public var showStep = false
    /// Whether the sharpness chart (λ against 2/η over the epochs) is open.
    public var showSharpness = false

    public init() {}
}

/// A prepared lesson: a session setup, how to show it, and what it teaches.
///
/// Stored as one YAML file in `Presets/` whose keys are the `nnplay train` options with `_` for `-`
/// (`learning_rate`, `batch_size`, …), plus `speed`, `show_test_points`, `discretize`, `log_scale`,
/// `title`, `description`, `notes`, and `expect` (what the lesson promises; see `PresetExpectation`).
/// Keys left out take the defaults.
public struct Preset: Sendable, Equatable {
    /// The file name without `.yaml` (or the path's last component).
    public var name: String
    public var title: String
    /// One line for lists.
    public var description: String
    /// The lesson: what to do and what to watch for.
    public var notes: String
    public var config: SessionConfig
    /// The `data:` key: a CSV of one's own points, relative to the preset's folder (read into `config.customData`).
    public var dataPath: String?
    public var display: DisplaySettings
    public var expectation: PresetExpectation?
    /// The lesson's place in the course (`order:`, 1 first); `nil` for presets outside it.
    public var order: Int?

    public init(
        name: String, title: String = "", description: String = "", notes: String = "",
        config: SessionConfig = SessionConfig(), display: DisplaySettings = DisplaySettings(),
        expectation: PresetExpectation? = nil
    ) {
        self.name = name
        self.title = title
        self.description = description
        self.notes = notes
        self.config = config
        self.display = display
        self.expectation = expectation
    }
}
