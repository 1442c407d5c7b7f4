/// The lessons that ship with the program, compiled in from `Presets/*.yaml` by the EmbedPresets build
/// plugin (its generated file adds `files`), so a copied binary has every one of them.
public enum ShippedPresets {
    /// The shipped preset named `name`, parsed; nil when there is none.
    public static func text(named name: String) -> String? { files.first { $0.name == name }?.text }

    /// Every shipped preset's name, sorted.
    public static var names: [String] { files.map(\.name) }
}
