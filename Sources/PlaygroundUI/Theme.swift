import Playground

/// The UI's own colours (the data colours come from `Palette`).
enum Theme {
    static let dim = Style(foreground: .rgb(138, 138, 138))
    static let heading = Style(foreground: .rgb(95, 175, 255), bold: true)
    static let title = Style(bold: true)
    static let focused = Style(reverse: true)
    static let warning = Style(foreground: .rgb(Palette.negative), bold: true)
    static let good = Style(foreground: .rgb(95, 215, 95))
    static let trainSeries = Style(foreground: .rgb(150, 150, 150))
    static let testSeries = Style(foreground: .standard, bold: true)
    static let marker = Style(foreground: .rgb(215, 175, 0))
    static let neutralFill = Cell(" ", Style(background: .rgb(Palette.neutral)))
}
