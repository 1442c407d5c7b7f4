import Playground

/// The decision boundary with the data points on it, as text for a terminal.
///
/// In colour, each character cell shows two grid pixels with the upper half block `▀` (foreground = upper
/// pixel, background = lower), in Playground's colours; points are `●` in their class's darker hue. Without
/// colour, an ASCII ramp from `' '` (−1, class 0) to `'@'` (+1, class 1) with points `x` (class 0) and `o`
/// (class 1), or digits for more classes.
struct BoundaryPicture {
    /// Columns and text rows of the picture.
    var columns: Int
    var rows: Int

    /// `grid` must be `columns × rows` for ASCII and `columns × 2·rows` for colour.
    func render(grid: DecisionGrid, points: [DataPoint], classCount: Int, color: Bool) -> [String] {
        color ? colorLines(grid, points, classCount) : asciiLines(grid, points, classCount)
    }

    /// Grid size the picture needs.
    func gridSize(color: Bool) -> (width: Int, height: Int) { (columns, color ? rows * 2 : rows) }

    // MARK: - ASCII

    private func asciiLines(_ grid: DecisionGrid, _ points: [DataPoint], _ classCount: Int) -> [String] {
        var cells = (0..<rows).map { row in
            (0..<columns).map { column -> Character in
                let i = row * columns + column
                if classCount > 2 { return Character(String(UnicodeScalar(UInt8(97) + grid.classes[i]))) }
                return Palette.asciiGlyph(for: grid.values[i])
            }
        }
        for p in points {
            let cell = DecisionGrid.cell(x1: p.x, x2: p.y, width: columns, height: rows)
            cells[cell.row][cell.column] = Self.asciiGlyph(p, classCount)
        }
        return cells.map { String($0) }
    }

    static func asciiGlyph(_ p: DataPoint, _ classCount: Int) -> Character {
        switch classCount {
        case 0: return p.label >= 0 ? "o" : "x"
        case 2: return p.label > 0.5 ? "o" : "x"
        default: return Character(String(Int(p.label)))
        }
    }

    // MARK: - Colour

    private func colorLines(_ grid: DecisionGrid, _ points: [DataPoint], _ classCount: Int) -> [String] {
        var marks = [Int: Int]()  // text cell index -> class of a point there
        for p in points {
            let cell = DecisionGrid.cell(x1: p.x, x2: p.y, width: columns, height: rows)
            marks[cell.row * columns + cell.column] = classCount == 0 ? (p.label >= 0 ? 1 : 0) : Int(p.label)
        }
        func pixel(_ index: Int) -> UInt8 {
            let rgb = classCount > 2
                ? Palette.color(forClass: Int(grid.classes[index]), confidence: (grid.values[index] + 1) / 2)
                : Palette.color(for: grid.values[index])
            return Palette.xterm256(rgb)
        }
        return (0..<rows).map { row in
            var line = ""
            for column in 0..<columns {
                let top = pixel(2 * row * columns + column), bottom = pixel((2 * row + 1) * columns + column)
                if let label = marks[row * columns + column] {
                    let ink = Palette.xterm256(Palette.pointColor(forClass: label))
                    line += "\u{1B}[38;5;\(ink);48;5;\(top)m●"
                } else {
                    line += "\u{1B}[38;5;\(top);48;5;\(bottom)m▀"
                }
            }
            return line + "\u{1B}[0m"
        }
    }
}
