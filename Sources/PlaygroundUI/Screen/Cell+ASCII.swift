/// Drawing without Unicode: when the locale is not UTF-8 (LANG unset, C, POSIX), curses cannot show box
/// drawing, half blocks or braille, so the terminal draws each cell through `asciiFallback` instead.
extension Cell {
    /// The same cell in ASCII: box lines as `-|+`, the half-block pixel pair as its upper pixel's colour,
    /// shades as `.:%#`, braille dots as `*`, markers as letters and signs; anything else `?`.
    public var asciiFallback: Cell {
        guard let scalar = character.unicodeScalars.first, !character.isASCII else { return self }
        if scalar.value == 0x2580, case .rgb = style.foreground {  // ▀: two pixels → the upper one
            return Cell(" ", Style(foreground: style.foreground, background: style.foreground, bold: style.bold))
        }
        if (0x2800...0x28FF).contains(scalar.value) { return Cell(scalar.value == 0x2800 ? " " : "*", style) }
        return Cell(Self.ascii[character] ?? "?", style)
    }

    private static let ascii: [Character: Character] = {
        var table: [Character: Character] = [:]
        for (characters, replacement) in [
            ("─━┄┈", "-"), ("│┃", "|"), ("┌┐└┘├┤┬┴┼╔╗╚╝", "+"), ("═", "="), ("║", "#"), ("✗", "-"), ("┊┆", ":"),
            ("▀", "^"), ("░", "."), ("▒", ":"),
            ("▓", "%"), ("█", "#"), ("●", "o"), ("○", "O"), ("•", "*"), ("◆", "#"), ("◂←", "<"), ("▸▶→", ">"),
            ("↑", "^"), ("↓", "v"), ("❚", "|"), ("✓", "+"), ("⚠", "!"), ("✕×", "x"), ("↺", "@"), ("²", "2"),
            ("…·", "."), ("—−", "-"), ("≥", ">"), ("≤", "<"), ("∇", "V"), ("η", "n"), ("σ", "s"), ("δ", "d"),
            ("\u{FFFD}", "?"),
        ] as [(String, Character)] {
            for character in characters { table[character] = replacement }
        }
        return table
    }()
}
