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
    let workspace: Workspace
    public let chunkRows: Int

    public init(shape: NetworkShape, chunkRows: Int = 256) {
        self.shape = shape
        self.chunkRows = chunkRows
        workspace = Workspace(shape: shape, capacity: chunkRows)
    }

    /// Mean loss and accuracy of `network` on `examples`.
    ///
    /// The examples are read where they are (a chunk's rows are contiguous, nothing is gathered), and each
    /// chunk is scored in one pass (`OutputHead.score`).
    public func metrics(of network: Network, on examples: Examples) -> Metrics {
        precondition(network.shape == shape, "evaluator built for another shape")
        let count = examples.count
        guard count > 0 else { return Metrics(loss: 0, accuracy: nil) }
        let head = shape.head, width = shape.outputCount, inputCount = shape.inputCount
        precondition(examples.inputCount == inputCount && examples.targetCount == width, "examples of another shape")
        workspace.disableDropout()
        var loss = 0.0, correct = 0
        examples.inputs.withUnsafeBufferPointer { inputs in
            examples.targets.withUnsafeBufferPointer { targets in
                var start = 0
                while start < count {
                    let rows = Swift.min(chunkRows, count - start)
                    network.forward(workspace, rows: rows, inputs: inputs.baseAddress! + start * inputCount)
                    let score = head.score(
                        z: workspace.outputPreActivations, a: workspace.outputs,
                        t: targets.baseAddress! + start * width,
                        rows: rows, width: width, countingCorrect: true)
                    loss += score.loss
                    correct += score.correct
                    start += rows
                }
            }
        }
        let accuracy = head == .linearSquared ? nil : Double(correct) / Double(count)
        return Metrics(loss: loss / Double(count), accuracy: accuracy)
    }

    /// The gradient of the mean loss over `examples` (no regularization, no dropout), laid out like
    /// `network.parameters`: what one full-batch gradient-descent step follows.
    public func gradient(of network: Network, on examples: Examples) -> [Float] {
        precondition(network.shape == shape, "evaluator built for another shape")
        let count = examples.count
        var total = [Float](repeating: 0, count: network.parameters.count)
        guard count > 0 else { return total }
        var part = total
        workspace.disableDropout()
        var start = 0
        while start < count {
            let rows = Swift.min(chunkRows, count - start)
            examples.gather(start..<(start + rows), into: workspace)
            network.forward(workspace, rows: rows)
            part.withUnsafeMutableBufferPointer { network.backward(workspace, rows: rows, into: $0.baseAddress!) }
            let weight = Float(rows) / Float(count)  // each chunk's gradient is its own mean
            for i in total.indices { total[i] += weight * part[i] }
            start += rows
        }
        return total
    }

    /// Runs `network` over `rowCount` rows of `inputs` (row-major, `inputCount` per row) chunk by chunk and
    /// hands each chunk's results to `body`, to be read before it returns.
    public func forEachChunk(of network: Network, inputs: [Float], rowCount: Int, _ body: (ForwardChunk) -> Void) {
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
                body(ForwardChunk(firstRow: start, rows: rows, head: shape.head, workspace: workspace))
                start += rows
            }
        }
    }
}

/// One chunk of a forward pass, as `Evaluator.forEachChunk` hands it out: the rows it covers, and their
/// results copied out by the caller's row index (valid only inside the `body` call).
public struct ForwardChunk {
    /// The index of the chunk's first row among all rows.
    public let firstRow: Int
    /// Rows in this chunk.
    public let rows: Int
    let head: OutputHead
    let workspace: Workspace

    /// Writes each row's head value in −1 ... 1 (see `OutputHead.signedValue`) to `values[firstRow + r]`.
    public func copySignedValues(into values: inout [Float]) {
        let width = workspace.shape.outputCount, outputs = workspace.outputs
        precondition(values.count >= firstRow + rows)
        for r in 0..<rows { values[firstRow + r] = head.signedValue(outputs + r * width, count: width) }
    }

    /// Writes each row's predicted class (classification heads) to `classes[firstRow + r]`.
    public func copyPredictedClasses(into classes: inout [UInt8]) {
        let width = workspace.shape.outputCount, outputs = workspace.outputs
        precondition(classes.count >= firstRow + rows)
        for r in 0..<rows { classes[firstRow + r] = UInt8(head.predictedClass(outputs + r * width, count: width)) }
    }

    /// Writes each row's activation of `neuron` in `layer` (0: the first hidden layer; the last: the head's
    /// outputs) to `values[firstRow + r]`.
    public func copyActivations(layer: Int, neuron: Int, into values: inout [Float]) {
        let width = workspace.shape.layerLayouts[layer].outputCount, a = workspace.activations[layer]
        precondition(neuron < width && values.count >= firstRow + rows)
        for r in 0..<rows { values[firstRow + r] = a[r * width + neuron] }
    }
}
