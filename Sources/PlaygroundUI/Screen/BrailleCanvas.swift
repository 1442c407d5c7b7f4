/// Dots on a grid of braille cells (2 × 4 dots each), as the loss chart, the step panel and the network's
/// links draw their lines.
struct BrailleCanvas {
    let width: Int, height: Int
    /// Per cell, the dots set (the braille pattern's bits).
    private(set) var bits: [UInt8]

    init(width: Int, height: Int) {
        (self.width, self.height) = (width, height)
        bits = Array(repeating: 0, count: Swift.max(width, 0) * Swift.max(height, 0))
    }

    var dotsWide: Int { width * 2 }
    var dotsHigh: Int { height * 4 }

    /// The cell holding dot (x, y), or `nil` off the canvas.
    func cell(dotX x: Int, dotY y: Int) -> Int? {
        guard x >= 0, y >= 0, x < dotsWide, y < dotsHigh else { return nil }
        return (y / 4) * width + x / 2
    }

    /// Sets the dots of column `x` from row `from` to row `to` (either order); returns the cells touched.
    @discardableResult
    mutating func column(_ x: Int, from: Int, to: Int) -> [Int] {
        var touched: [Int] = []
        for y in Swift.min(from, to)...Swift.max(from, to) {
            guard let index = cell(dotX: x, dotY: y) else { continue }
            bits[index] |= Self.bit(x % 2, y % 4)
            touched.append(index)
        }
        return touched
    }

    /// A curve through `row(x)` for every dot column, each column joined to the one before it.
    mutating func curve(through last: Int? = nil, _ row: (Int) -> Int) {
        var previous: Int?
        for x in 0..<Swift.min(dotsWide, (last ?? dotsWide) + 1) {
            let y = row(x)
            column(x, from: previous ?? y, to: y)
            previous = y
        }
    }

    /// The braille character of cell `index` (`nil` when no dot is set).
    func glyph(_ index: Int) -> Character? {
        bits[index] == 0 ? nil : Self.glyph(bits: bits[index])
    }

    static func glyph(bits: UInt8) -> Character { Character(UnicodeScalar(0x2800 + UInt32(bits))!) }

    /// The braille dot bit for column 0–1 and row 0–3 of a cell.
    static func bit(_ column: Int, _ row: Int) -> UInt8 {
        let bits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]
        return bits[column][row]
    }
}
