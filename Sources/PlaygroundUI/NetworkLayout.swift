import Playground

/// Where the network panel puts everything, filling its space: one column per layer (the active input
/// features first, the output last), each neuron a thumbnail as large as the panel allows (up to 12×6
/// cells, shrinking with more neurons), columns spread over the width with the links between them,
/// neurons centred vertically; the inactive features listed apart on the last row but one, the gradient
/// norms on the last.
struct NetworkLayout: Equatable {
    /// One column of thumbnails.
    struct Column: Equatable {
        var x: Int
        /// The top row of each neuron's thumbnail.
        var rows: [Int]
    }

    var columns: [Column]
    /// Thumbnail size in cells.
    var boxWidth: Int, boxHeight: Int
    /// The header row (layer names), the inactive-features row and the gradient-norm row.
    var headerRow: Int, inactiveRow: Int, normRow: Int
    /// The row under each input's thumbnail holds its name.
    var labelsBelow: Bool

    static let maximumBox = (width: 12, height: 6)

    /// The layout for neuron counts `counts` (inputs first) in `area`, or `nil` when even 2×1 boxes do not fit.
    init?(counts: [Int], area: Rect) {
        headerRow = area.y
        normRow = area.y + area.height - 1
        inactiveRow = normRow - 1
        let top = area.y + 1, available = inactiveRow - top  // rows for the stacks
        let tallest = counts.max() ?? 1, columnCount = counts.count
        guard columnCount >= 2, available >= tallest else { return nil }
        // Each neuron takes its box plus a gap row (which holds the inputs' names).
        var height = Swift.min(Self.maximumBox.height, available / tallest - 1)
        if height < 1 { height = 1 }
        let gap = available / tallest - height >= 1 ? 1 : 0
        // Boxes about square in pixels (two per cell vertically), leaving room for the links: 8 columns per gap
        // if the boxes can stay 6 wide, else down to 3.
        var width = Swift.min(Self.maximumBox.width, 2 * height)
        let gapWanted = columnCount * 6 + (columnCount - 1) * 8 <= area.width - 1 ? 8 : 3
        while width > 2 && columnCount * width + (columnCount - 1) * gapWanted > area.width - 1 { width -= 1 }
        guard columnCount * width + (columnCount - 1) * 3 <= area.width - 1 else { return nil }
        if width < 2 * height { height = Swift.max(1, Swift.min(height, (width + 1) / 2)) }
        (boxWidth, boxHeight, labelsBelow) = (width, height, gap == 1)
        let linkGap = (area.width - 1 - columnCount * width) / (columnCount - 1)
        let pitch = height + gap
        columns = counts.enumerated().map { index, count in
            let stack = count * pitch - gap
            let first = top + Swift.max(0, (available - stack) / 2)
            return Column(x: area.x + 1 + index * (width + linkGap), rows: (0..<count).map { first + $0 * pitch })
        }
    }

    /// The column and neuron whose thumbnail covers (x, y).
    func box(atX x: Int, y: Int) -> (column: Int, neuron: Int)? {
        for (c, column) in columns.enumerated() where x >= column.x && x < column.x + boxWidth {
            for (n, row) in column.rows.enumerated() where y >= row && y < row + boxHeight { return (c, n) }
        }
        return nil
    }
}
