import Playground

/// Where the network panel puts everything, filling its space: one column per layer (the active input
/// features first, the output last), each neuron a thumbnail as large as the panel allows (up to 12×6
/// cells, shrinking with more neurons), columns spread over the width with the links between them,
/// neurons centred vertically; the inactive features listed apart on the last row but one, the gradient
/// norms on the last.
struct NetworkLayout: Equatable {
    /// One column of thumbnails: a layer, its neurons in one stack, or a wide layer's in a grid of stacks.
    struct Column: Equatable {
        var x: Int
        /// The top row of each neuron's thumbnail (the first `rows.count` neurons of the layer).
        var rows: [Int]
        /// Each neuron's column inside the layer's grid, in cells from `x` (0 in a single stack).
        var offsets: [Int]
        /// The layer's width in cells: its thumbnails side by side, one cell apart.
        var span: Int
        /// Neurons of the layer not drawn for want of rows (a `+N` line stands for them under the last).
        var hiddenCount = 0

        /// The left cell of neuron `index`'s thumbnail.
        func x(of index: Int) -> Int { x + (offsets[safe: index] ?? 0) }
    }

    var columns: [Column]
    /// Thumbnail size in cells.
    var boxWidth: Int, boxHeight: Int
    /// The header row (layer names), the inactive-features row and the gradient-norm row.
    var headerRow: Int, inactiveRow: Int, normRow: Int
    /// The row under each input's thumbnail holds its name.
    var labelsBelow: Bool

    static let maximumBox = (width: 12, height: 6)

    /// Layers wider than this many stacks of neurons side by side show their first stacks and a `+N`.
    static let maximumStacks = 4
    /// Layers of more neurons than this (or than the panel has rows) stand in several stacks.
    static let stackedFrom = 16

    /// The layout for neuron counts `counts` (inputs first) in `area`, or `nil` when even one-cell boxes do
    /// not fit. A layer too tall for one stack with a gap between its neurons (32 units on a short panel)
    /// stands as a grid of up to `maximumStacks` stacks, so it still reads as units; beyond that a layer shows
    /// its first neurons and a `+N` line for the rest.
    init?(counts: [Int], area: Rect) {
        // A wide layer in 2, 3 or 4 stacks, whichever gives the largest thumbnails that fit (the fewest stacks
        // on a tie); every layer in one stack when none fits (a deep network of wide layers).
        let stacked = (2...Self.maximumStacks).compactMap { Self(counts: counts, area: area, wideStacks: $0) }
        let best = stacked.reduce(nil as Self?) { best, next in
            guard let best else { return next }
            return next.boxWidth * next.boxHeight > best.boxWidth * best.boxHeight ? next : best
        }
        guard let layout = best ?? Self(counts: counts, area: area, wideStacks: 1) else { return nil }
        self = layout
    }

    private init?(counts: [Int], area: Rect, wideStacks: Int) {
        headerRow = area.y
        normRow = area.y + area.height - 1
        inactiveRow = normRow - 1
        let top = area.y + 1, available = inactiveRow - top  // rows for the stacks
        let columnCount = counts.count
        guard columnCount >= 2, available >= 3 else { return nil }
        // Stacks per layer: one up to `stackedFrom` neurons (or the panel's rows), else `wideStacks`.
        let stacks = counts.map { count in
            count > Swift.min(Self.stackedFrom, available) ? Swift.min(wideStacks, (count + 1) / 2) : 1
        }
        let tall = zip(counts, stacks).map { ($0 + $1 - 1) / $1 }
        let shown = tall.map { $0 > available ? available - 1 : $0 }
        let tallest = shown.max() ?? 1
        // Each neuron takes its box plus a gap row (which holds the inputs' names).
        var height = Swift.min(Self.maximumBox.height, available / tallest - 1)
        if height < 1 { height = 1 }
        let gap = available / tallest - height >= 1 ? 1 : 0
        // Boxes about square in pixels (two per cell vertically), leaving room for the links: 6 columns per gap
        // if the boxes can stay 6 wide, else down to 3; deep networks narrower gaps, then one-cell boxes.
        func needed(_ width: Int, _ linkGap: Int) -> Int {
            stacks.map { $0 * width + $0 - 1 }.reduce(0, +) + (columnCount - 1) * linkGap
        }
        var width = Swift.min(Self.maximumBox.width, 2 * height)
        var linkGap = needed(6, 6) <= area.width - 1 ? 6 : 3
        while width > 2 && needed(width, linkGap) > area.width - 1 { width -= 1 }
        while linkGap > 1 && needed(width, linkGap) > area.width - 1 { linkGap -= 1 }
        while width > 1 && needed(width, linkGap) > area.width - 1 { width -= 1 }
        guard needed(width, linkGap) <= area.width - 1 else { return nil }
        if width < 2 * height { height = Swift.max(1, Swift.min(height, (width + 1) / 2)) }
        (boxWidth, boxHeight, labelsBelow) = (width, height, gap == 1)
        let spans = stacks.map { $0 * width + $0 - 1 }
        let spread = (area.width - 1 - spans.reduce(0, +)) / (columnCount - 1)
        let pitch = height + gap
        var x = area.x + 1
        columns = counts.enumerated().map { index, count in
            let perColumn = shown[index], visible = Swift.min(count, perColumn * stacks[index])
            let hidden = count - visible
            let stack = perColumn * pitch - gap + (hidden > 0 ? 1 : 0)
            let first = top + Swift.max(0, (available - stack) / 2)
            let column = Column(
                x: x, rows: (0..<visible).map { first + ($0 % perColumn) * pitch },
                offsets: (0..<visible).map { ($0 / perColumn) * (width + 1) }, span: spans[index], hiddenCount: hidden)
            x += spans[index] + spread
            return column
        }
    }

    /// The column and neuron whose thumbnail covers (x, y).
    func box(atX x: Int, y: Int) -> (column: Int, neuron: Int)? {
        for (c, column) in columns.enumerated() where x >= column.x && x < column.x + column.span {
            for (n, row) in column.rows.enumerated()
            where y >= row && y < row + boxHeight && x >= column.x(of: n) && x < column.x(of: n) + boxWidth {
                return (c, n)
            }
        }
        return nil
    }
}
