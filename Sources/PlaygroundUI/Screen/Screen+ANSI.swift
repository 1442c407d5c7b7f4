/// A screen as text for printing outside curses (the headless picture).
extension Screen {
    /// Each row with xterm-256 colour escapes (and bold, reverse) before every cell, ending in a reset.
    public var ansiLines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width {
                let cell = self[column, row]
                var codes: [String] = (cell.style.bold ? ["1"] : []) + (cell.style.reverse ? ["7"] : [])
                codes.append(Self.ansi(cell.style.foreground, base: 38, standard: 39))
                codes.append(Self.ansi(cell.style.background, base: 48, standard: 49))
                line += "\u{1B}[\(codes.joined(separator: ";"))m" + String(cell.character)
            }
            return line + "\u{1B}[0m"
        }
    }

    private static func ansi(_ color: TermColor, base: Int, standard: Int) -> String {
        switch color {
        case .standard: return "\(standard)"
        case .rgb(let rgb): return "\(base);5;\(Palette.xterm256(rgb))"
        }
    }
}
