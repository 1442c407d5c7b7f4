/// Values of the network (or of one neuron) sampled on a regular grid over the square [−6, 6]².
public struct DecisionGrid: Sendable, Equatable {
    /// The square every dataset lives in.
    public static let domain: ClosedRange<Float> = -6...6

    public let width: Int
    public let height: Int
    /// Row-major, row 0 at the top (x2 = +6), column 0 at the left (x1 = −6). For the output: the signed
    /// value in −1 ... 1 (negative leans to class 0, positive to class 1; the regression prediction,
    /// clamped). For a neuron: its activation.
    public let values: [Float]
    /// For more than two classes: the predicted class of each cell; empty otherwise.
    public let classes: [UInt8]

    public init(width: Int, height: Int, values: [Float], classes: [UInt8] = []) {
        precondition(values.count == width * height && (classes.isEmpty || classes.count == values.count))
        self.width = width
        self.height = height
        self.values = values
        self.classes = classes
    }

    public func value(column: Int, row: Int) -> Float { values[row * width + column] }

    /// The point at the centre of cell (column, row).
    public static func point(column: Int, row: Int, width: Int, height: Int) -> (x1: Float, x2: Float) {
        let span = domain.upperBound - domain.lowerBound
        return (
            domain.lowerBound + span * (Float(column) + 0.5) / Float(width),
            domain.upperBound - span * (Float(row) + 0.5) / Float(height)
        )
    }

    /// The cell that contains the point (x1, x2), clamped to the grid.
    public static func cell(x1: Float, x2: Float, width: Int, height: Int) -> (column: Int, row: Int) {
        let span = domain.upperBound - domain.lowerBound
        let column = Int(((x1 - domain.lowerBound) / span * Float(width)).rounded(.down))
        let row = Int(((domain.upperBound - x2) / span * Float(height)).rounded(.down))
        return (Swift.min(Swift.max(column, 0), width - 1), Swift.min(Swift.max(row, 0), height - 1))
    }
}
