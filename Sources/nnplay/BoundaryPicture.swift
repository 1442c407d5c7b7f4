import Playground
import PlaygroundUI

/// The decision boundary with the data points on it, as text for a terminal: the playground's heatmap
/// (`HeatmapWidget.picture`), printed in xterm-256 colours (two grid pixels per cell with `▀`, points `●`) or
/// without colour (the ASCII ramp `' '` … `'@'`, points `x`/`o`, letters and digits for more classes).
struct BoundaryPicture {
    /// Columns and text rows of the picture.
    var columns: Int
    var rows: Int

    /// The picture's lines; `grid` is best `gridSize(color:)`, and is resampled otherwise.
    func render(grid: DecisionGrid, points: [DataPoint], classCount: Int, color: Bool) -> [String] {
        let screen = HeatmapWidget.picture(
            grid: grid, points: points, classCount: classCount, columns: columns, rows: rows,
            mode: color ? .full : .monochrome)
        return color ? screen.ansiLines : screen.lines
    }

    /// Grid size the picture needs: a grid point per pixel (two per cell in colour).
    func gridSize(color: Bool) -> (width: Int, height: Int) { (columns, color ? rows * 2 : rows) }
}
