/// Where the seeds view puts its tiles: a grid of equal tiles, each a picture `side` columns by `side / 2`
/// rows (square, two pixels to a cell; one row less where that makes room for another row of tiles) in a
/// one-cell frame, a column apart, centred in the body.
struct SeedsLayout: Equatable {
    /// The most runs the view trains at once.
    static let maximumRuns = 24
    /// The narrowest picture worth drawing: 10 × 10 pixels.
    static let minimumSide = 10
    static let gap = 1

    let body: Rect
    let columns: Int, rows: Int
    /// The picture's width in cells (even), and its height: `side / 2` or one less.
    let side: Int, pictureRows: Int

    var tileWidth: Int { side + 2 }
    var tileHeight: Int { pictureRows + 2 }

    /// The best grid for `runs` tiles in `body`: the largest pictures (in pixels), then the fewest rows. Nil
    /// when not even one tile of the smallest size fits.
    init?(body: Rect, runs: Int) {
        var best: (columns: Int, rows: Int, side: Int, pictureRows: Int)?
        for columns in 1...Swift.max(1, runs) {
            let rows = (runs + columns - 1) / columns
            let byWidth = (body.width - (columns - 1) * Self.gap) / columns - 2
            let byHeight = body.height / rows - 2
            var side = Swift.min(byWidth, 2 * (byHeight + 1))
            side -= side % 2
            let pictureRows = Swift.min(side / 2, byHeight)
            guard side >= Self.minimumSide else { continue }
            if best.map({ side * pictureRows > $0.side * $0.pictureRows }) ?? true {
                best = (columns, rows, side, pictureRows)
            }
        }
        guard let best else { return nil }
        (self.body, columns, rows, side, pictureRows) = (body, best.columns, best.rows, best.side, best.pictureRows)
    }

    /// How many runs fit in `body` (up to `maximumRuns`); 0 when none does.
    static func capacity(of body: Rect) -> Int {
        (1...maximumRuns).reversed().first { SeedsLayout(body: body, runs: $0) != nil } ?? 0
    }

    /// The frame of tile `index` (row by row).
    func tile(_ index: Int) -> Rect {
        let usedWidth = columns * tileWidth + (columns - 1) * Self.gap
        let usedHeight = rows * tileHeight
        let left = body.x + (body.width - usedWidth) / 2, top = body.y + (body.height - usedHeight) / 2
        return Rect(
            x: left + (index % columns) * (tileWidth + Self.gap), y: top + (index / columns) * tileHeight,
            width: tileWidth, height: tileHeight)
    }

    /// The tile under the cell (x, y), among the first `runs`.
    func index(atX x: Int, y: Int, runs: Int) -> Int? {
        (0..<runs).first { tile($0).contains(x: x, y: y) }
    }
}
