import Playground

/// A colour as the UI means it; the terminal maps it to what it can show (256 colours, 8, or none).
public enum TermColor: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case standard
    case rgb(Palette.RGB)

    public static func rgb(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> TermColor { .rgb(Palette.RGB(r, g, b)) }
}

/// How one cell is drawn.
public struct Style: Hashable, Sendable {
    public var foreground: TermColor
    public var background: TermColor
    public var bold: Bool
    public var reverse: Bool

    public init(
        foreground: TermColor = .standard, background: TermColor = .standard, bold: Bool = false, reverse: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
    }

    public static let plain = Style()
}

/// One character cell: a single-column character and its style.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: Style

    public init(_ character: Character, _ style: Style = .plain) {
        self.character = character
        self.style = style
    }

    public static let blank = Cell(" ")
}

/// A frame: a grid of cells that widgets draw into and the terminal shows. Drawing outside is ignored,
/// so a widget can never crash on a small terminal.
public struct Screen: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = Swift.max(0, width)
        self.height = Swift.max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x: x, y: y) ? cells[y * width + x] : .blank }
        set { if contains(x: x, y: y) { cells[y * width + x] = newValue } }
    }

    public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Writes `text` from (x, y) rightwards, clipped to `limit` columns and to the screen. Returns the
    /// columns the text takes within `limit` (clipping by the screen edge does not count), so callers can
    /// advance x by it.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int = .max) -> Int {
        var column = 0
        for character in text {
            guard column < limit else { break }
            // A control character would drive the terminal instead of showing: draw it as a visible mark.
            let shown: Character =
                character.unicodeScalars.contains { $0.isTerminalControl || $0 == "\t" || $0 == "\n" }
                ? "\u{FFFD}" : character
            self[x + column, y] = Cell(shown, style)
            column += 1
        }
        return column  // the subscript ignores cells off the screen
    }

    /// Fills a rectangle with one cell.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, with cell: Cell) {
        for row in y..<(y + Swift.max(h, 0)) {
            for column in x..<(x + Swift.max(w, 0)) { self[column, row] = cell }
        }
    }

    /// Draws a box (single lines unless `lines` says otherwise) with an optional title in its top edge.
    public mutating func box(
        x: Int, y: Int, width w: Int, height h: Int, title: String? = nil, style: Style = .plain,
        lines: BoxLines = .single
    ) {
        guard w >= 2, h >= 2 else { return }
        for column in (x + 1)..<(x + w - 1) {
            self[column, y] = Cell(lines.horizontal, style)
            self[column, y + h - 1] = Cell(lines.horizontal, style)
        }
        for row in (y + 1)..<(y + h - 1) {
            self[x, row] = Cell(lines.vertical, style)
            self[x + w - 1, row] = Cell(lines.vertical, style)
        }
        self[x, y] = Cell(lines.corners[0], style)
        self[x + w - 1, y] = Cell(lines.corners[1], style)
        self[x, y + h - 1] = Cell(lines.corners[2], style)
        self[x + w - 1, y + h - 1] = Cell(lines.corners[3], style)
        if let title, w > 4 { write(" \(title) ", x: x + 1, y: y, style: style, limit: w - 2) }
    }

    /// The characters of each row, for tests and plain output.
    public var lines: [String] {
        (0..<height).map { row in String(cells[(row * width)..<((row + 1) * width)].map(\.character)) }
    }
}

/// The glyphs of a box's edges: they tell boxes apart where colour cannot (8 colours, `NO_COLOR`).
public struct BoxLines: Sendable, Equatable {
    public let horizontal: Character, vertical: Character
    /// Top left, top right, bottom left, bottom right.
    public let corners: [Character]

    public static let single = BoxLines(horizontal: "─", vertical: "│", corners: ["┌", "┐", "└", "┘"])
    public static let double = BoxLines(horizontal: "═", vertical: "║", corners: ["╔", "╗", "╚", "╝"])
    public static let dashed = BoxLines(horizontal: "┄", vertical: "┆", corners: ["┌", "┐", "└", "┘"])
}
