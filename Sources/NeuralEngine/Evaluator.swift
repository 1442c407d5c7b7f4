/// Loss and accuracy of a network on a set of examples.
public struct Metrics: Sendable, Equatable, Codable {
    /// Mean loss per example (without the regularization penalty).
    public var loss: Double
    /// Fraction of examples classified correctly, 0 ... 1; `nil` for regression.
    public var accuracy: Double?

    public init(loss: Double, accuracy: Double?) {
        self.loss = loss
        self.accuracy = accuracy
    }
}

/// Runs networks forward without dropout: metrics over example sets, outputs over grids of points.
///
/// Works in chunks of `chunkRows` rows so the buffers stay in cache however many points there are.
/// Owns its workspace; one instance belongs to one thread at a time.
public final class Evaluator {
    public let shape: NetworkShape
    private let workspace: Workspace
    public let chunkRows: Int

    public init(shape: NetworkShape, chunkRows: Int = 256) {
        self.shape = shape
        self.chunkRows = chunkRows
        workspace = Workspace(shape: shape, capacity: chunkRows)
    }

    /// Mean loss and accuracy of `network` on `examples`.
    public func metrics(of network: Network, on examples: Examples) -> Metrics {
        precondition(network.shape == shape, "evaluator built for another shape")
        let count = examples.count
        guard count > 0 else { return Metrics(loss: 0, accuracy: nil) }
        let head = shape.head, width = shape.outputCount
        var loss = 0.0, correct = 0
        var start = 0
        while start < count {
            let rows = Swift.min(chunkRows, count - start)
            examples.gather(start..<(start + rows), into: workspace)
            network.forward(workspace, rows: rows)
            loss += network.summedLoss(workspace, rows: rows)
            if head != .linearSquared {
                for r in 0..<rows {
                    let predicted = head.predictedClass(workspace.outputs + r * width, count: width)
                    let actual = head.predictedClass(workspace.targets + r * width, count: width)
                    if predicted == actual { correct += 1 }
                }
            }
            start += rows
        }
        let accuracy = head == .linearSquared ? nil : Double(correct) / Double(count)
        return Metrics(loss: loss / Double(count), accuracy: accuracy)
    }

    /// Runs `network` over `rowCount` rows of `inputs` (row-major, `inputCount` per row) chunk by chunk and
    /// hands each chunk's workspace to `body` with the index of its first row.
    public func forEachChunk(
        of network: Network, inputs: [Float], rowCount: Int,
        _ body: (_ firstRow: Int, _ rows: Int, _ workspace: Workspace) -> Void
    ) {
        precondition(network.shape == shape, "evaluator built for another shape")
        let inputCount = shape.inputCount
        precondition(inputs.count >= rowCount * inputCount)
        workspace.disableDropout()
        inputs.withUnsafeBufferPointer { source in
            var start = 0
            while start < rowCount {
                let rows = Swift.min(chunkRows, rowCount - start)
                workspace.inputs.update(from: source.baseAddress! + start * inputCount, count: rows * inputCount)
                network.forward(workspace, rows: rows)
                body(start, rows, workspace)
                start += rows
            }
        }
    }

    /// The head's signed value (−1 ... 1, see `OutputHead.signedValue`) for each row of `inputs`.
    public func signedValues(of network: Network, inputs: [Float], rowCount: Int) -> [Float] {
        var values = [Float](repeating: 0, count: rowCount)
        let head = shape.head, width = shape.outputCount
        forEachChunk(of: network, inputs: inputs, rowCount: rowCount) { first, rows, workspace in
            for r in 0..<rows {
                values[first + r] = head.signedValue(workspace.outputs + r * width, count: width)
            }
        }
        return values
    }
}
