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
        /// The top row of each neuron's thumbnail (the first `rows.count` neurons of the layer).
        var rows: [Int]
        /// Neurons of the layer not drawn for want of rows (a `+N` line stands for them under the last).
        var hiddenCount = 0
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
    /// A layer taller than the panel shows its first neurons and a `+N` line for the rest.
    init?(counts: [Int], area: Rect) {
        headerRow = area.y
        normRow = area.y + area.height - 1
        inactiveRow = normRow - 1
        let top = area.y + 1, available = inactiveRow - top  // rows for the stacks
        let columnCount = counts.count
        guard columnCount >= 2, available >= 3 else { return nil }
        let shown = counts.map { $0 > available ? available - 1 : $0 }
        let tallest = shown.max() ?? 1
        // Each neuron takes its box plus a gap row (which holds the inputs' names).
        var height = Swift.min(Self.maximumBox.height, available / tallest - 1)
        if height < 1 { height = 1 }
        let gap = available / tallest - height >= 1 ? 1 : 0
        // Boxes about square in pixels (two per cell vertically), leaving room for the links: 6 columns per gap
        // if the boxes can stay 6 wide, else down to 3.
        var width = Swift.min(Self.maximumBox.width, 2 * height)
        let gapWanted = columnCount * 6 + (columnCount - 1) * 6 <= area.width - 1 ? 6 : 3
        while width > 2 && columnCount * width + (columnCount - 1) * gapWanted > area.width - 1 { width -= 1 }
        // Deep networks: narrower gaps for the links, then one-cell boxes, before giving up.
        var gap3 = gapWanted
        while gap3 > 1 && columnCount * width + (columnCount - 1) * gap3 > area.width - 1 { gap3 -= 1 }
        while width > 1 && columnCount * width + (columnCount - 1) * gap3 > area.width - 1 { width -= 1 }
        guard columnCount * width + (columnCount - 1) * gap3 <= area.width - 1 else { return nil }
        if width < 2 * height { height = Swift.max(1, Swift.min(height, (width + 1) / 2)) }
        (boxWidth, boxHeight, labelsBelow) = (width, height, gap == 1)
        let linkGap = (area.width - 1 - columnCount * width) / (columnCount - 1)
        let pitch = height + gap
        columns = counts.enumerated().map { index, count in
            let visible = shown[index], hidden = count - visible
            let stack = visible * pitch - gap + (hidden > 0 ? 1 : 0)
            let first = top + Swift.max(0, (available - stack) / 2)
            return Column(
                x: area.x + 1 + index * (width + linkGap), rows: (0..<visible).map { first + $0 * pitch },
                hiddenCount: hidden)
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
