/// A set of examples ready for the engine: row-major inputs and encoded targets.
public struct Examples: Sendable, Equatable {
    /// `count × inputCount` values.
    public var inputs: [Float]
    /// `count × targetCount` values, encoded for the output head (see `OutputHead.encode`).
    public var targets: [Float]
    public let inputCount: Int
    public let targetCount: Int

    public init(inputs: [Float], targets: [Float], inputCount: Int, targetCount: Int) {
        precondition(inputCount > 0 && targetCount > 0)
        precondition(inputs.count % inputCount == 0 && targets.count % targetCount == 0)
        precondition(inputs.count / inputCount == targets.count / targetCount, "inputs and targets disagree")
        self.inputs = inputs
        self.targets = targets
        self.inputCount = inputCount
        self.targetCount = targetCount
    }

    public var count: Int { inputs.count / inputCount }

    /// Copies the examples at `rows` into the workspace's input and target buffers, in that order.
    func gather<Rows: Collection<Int>>(_ rows: Rows, into workspace: Workspace) {
        workspace.reserve(rows: rows.count)
        let x = workspace.inputs, t = workspace.targets
        inputs.withUnsafeBufferPointer { source in
            targets.withUnsafeBufferPointer { targetSource in
                // Wrapping arithmetic: every offset is inside the arrays (no overflow checks per row).
                let inputs = source.baseAddress!, targets = targetSource.baseAddress!
                let inputCount = inputCount, targetCount = targetCount
                var x = x, t = t
                for row in rows {
                    DenseKernels.copy(inputs + row &* inputCount, to: x, count: inputCount)
                    DenseKernels.copy(targets + row &* targetCount, to: t, count: targetCount)
                    x += inputCount
                    t += targetCount
                }
            }
        }
    }
}

extension Examples {
    /// The first `n` examples (all of them if there are fewer).
    public func prefix(_ n: Int) -> Examples {
        let rows = Swift.min(n, count)
        return Examples(
            inputs: Array(inputs[..<(rows * inputCount)]), targets: Array(targets[..<(rows * targetCount)]),
            inputCount: inputCount, targetCount: targetCount)
    }
}
