import Playground

/// The UI's own colours (the data colours come from `Palette`).
enum Theme {
    static let dim = Style(foreground: .rgb(138, 138, 138))
    static let heading = Style(foreground: .rgb(95, 175, 255), bold: true)
    static let title = Style(bold: true)
    static let focused = Style(reverse: true)
    static let warning = Style(foreground: .rgb(Palette.negative), bold: true)
    static let good = Style(foreground: .rgb(95, 215, 95))
    /// The loss chart's two series: distinct hues that map to cyan and magenta on 8-colour terminals (and to
    /// two glyphs without colour), neither of them a class colour of the heatmap.
    static let trainSeries = Style(foreground: .rgb(0, 175, 175), bold: true)
    static let testSeries = Style(foreground: .rgb(215, 95, 175), bold: true)
    /// Where the train and test curves lie on each other: white, so neither hides the other.
    static let bothSeries = Style(foreground: .rgb(238, 238, 238), bold: true)
    static let marker = Style(foreground: .rgb(215, 175, 0))
    static let markerBold = Style(foreground: .rgb(255, 215, 0), bold: true)
    static let neutralFill = Cell(" ", Style(background: .rgb(Palette.neutral)))
}
