import Playground

/// One line of the preset list: a loaded preset, or the reason its file could not be loaded.
public struct PresetListing: Sendable, Equatable {
    public var name: String
    public var preset: Preset?
    public var problem: String?

    public init(name: String, preset: Preset?, problem: String?) {
        self.name = name
        self.preset = preset
        self.problem = problem
    }
}

/// A modal panel over the playground that takes the keys while it is open.
public enum Overlay: Equatable, Sendable {
    /// The preset list with the highlighted row.
    case presets(selection: Int)
    /// Asking for a name to save the current setup under.
    case saveName(text: String)
    /// The name exists: overwrite it?
    case confirmOverwrite(name: String)
}

/// A save for the loop to perform (file I/O stays out of `update`), reported back with `.saved` or `.saveFailed`.
public struct SaveRequest: Equatable, Sendable {
    public var name: String
    public var preset: Preset
    public var overwrite: Bool
}
