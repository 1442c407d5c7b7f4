/// Numbers three cells tall for the projector view's header: a 3×5-pixel font drawn with half blocks
/// (`▀ ▄ █`), readable from the back of a lecture hall. Digits, `.`, `%`, `-`, `+`, `e` and space; any other
/// character is drawn as a space.
enum BigText {
    /// Rows of cells a line of big text takes.
    static let height = 3

    private static let glyphs: [Character: [String]] = [
        "0": ["███", "█ █", "█ █", "█ █", "███"], "1": [" █ ", "██ ", " █ ", " █ ", "███"],
        "2": ["███", "  █", "███", "█  ", "███"], "3": ["███", "  █", " ██", "  █", "███"],
        "4": ["█ █", "█ █", "███", "  █", "  █"], "5": ["███", "█  ", "███", "  █", "███"],
        "6": ["███", "█  ", "███", "█ █", "███"], "7": ["███", "  █", "  █", "  █", "  █"],
        "8": ["███", "█ █", "███", "█ █", "███"], "9": ["███", "█ █", "███", "  █", "███"],
        ".": [" ", " ", " ", " ", "█"], "%": ["█ █", "  █", " █ ", "█  ", "█ █"],
        "-": ["   ", "   ", "███", "   ", "   "], "+": ["   ", " █ ", "███", " █ ", "   "],
        "e": ["███", "█  ", "██ ", "█  ", "███"], " ": ["  ", "  ", "  ", "  ", "  "],
    ]

    private static func pixels(_ character: Character) -> [String] { glyphs[character] ?? glyphs[" "]! }

    /// Columns `text` takes: each glyph's width plus one column between glyphs.
    static func width(_ text: String) -> Int {
        guard !text.isEmpty else { return 0 }
        return text.reduce(0) { $0 + pixels($1)[0].count } + text.count - 1
    }

    /// Draws `text` with its top-left cell at (x, y), clipped to the screen.
    static func draw(_ text: String, x: Int, y: Int, style: Style, into screen: inout Screen) {
        var column = x
        for character in text {
            let rows = pixels(character).map { Array($0) }
            let glyphWidth = rows[0].count
            for cellRow in 0..<height {
                for offset in 0..<glyphWidth {
                    let top = rows[2 * cellRow][offset] != " "
                    let bottom = 2 * cellRow + 1 < rows.count && rows[2 * cellRow + 1][offset] != " "
                    let glyph: Character = top && bottom ? "█" : (top ? "▀" : (bottom ? "▄" : " "))
                    if glyph != " " { screen[column + offset, y + cellRow] = Cell(glyph, style) }
                }
            }
            column += glyphWidth + 1
        }
    }
}
