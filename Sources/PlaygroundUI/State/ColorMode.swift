/// What the terminal can show, which decides the glyphs the UI draws.
public enum ColorMode: String, Sendable, CaseIterable {
    /// 256 colours or more: half-block heatmap in Playground's colours.
    case full
    /// 8 colours: shade glyphs ` ░▒▓█` in the class colours.
    case eight
    /// No colour (or NO_COLOR): an ASCII ramp ` .:-=+*#%@`, points as `o` and `x`.
    case monochrome
}
