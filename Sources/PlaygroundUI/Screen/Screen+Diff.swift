/// A frame as the terminal bytes that turn the previous frame into it, as curses does it: only the cells that
/// changed, the cursor moved only where a run of them starts, a colour code only where the style changes,
/// and every code starting from a reset (`ESC[0;…m`), so bold never leaks into the cells after it. The first
/// frame (or a new size) clears the screen and writes every cell. For recordings (`--record`).
extension Screen {
    public func ansiUpdate(from previous: Screen?) -> String {
        var out = ""
        var style: Style?  // what the terminal draws with now; unknown at the start of a frame
        var cursor: (x: Int, y: Int)?
        let whole = previous.map { $0.width != width || $0.height != height } ?? true
        if whole { out += "\u{1B}[0m\u{1B}[2J" }
        for row in 0..<height {
            for column in 0..<width {
                let cell = self[column, row]
                if !whole, let previous, previous[column, row] == cell { continue }
                if cursor.map({ $0.x != column || $0.y != row }) ?? true {
                    out += "\u{1B}[\(row + 1);\(column + 1)H"
                }
                if style != cell.style {
                    out += Self.sgr(cell.style)
                    style = cell.style
                }
                out.append(cell.character)
                cursor = (column + 1, row)
            }
        }
        if style != nil { out += "\u{1B}[0m" }
        return out
    }

    /// The whole style from a reset: `ESC[0;1;7;38;5;n;48;5;nm`.
    static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.reverse { codes.append("7") }
        if case .rgb(let rgb) = style.foreground { codes.append("38;5;\(Palette.xterm256(rgb))") }
        if case .rgb(let rgb) = style.background { codes.append("48;5;\(Palette.xterm256(rgb))") }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
