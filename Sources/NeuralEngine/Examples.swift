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
        inputs.withUnsafeBufferPointer { source in
            targets.withUnsafeBufferPointer { targetSource in
                let copy = RowCopy(
                    inputs: source.baseAddress!, targets: targetSource.baseAddress!, x: workspace.inputs,
                    t: workspace.targets, inputCount: inputCount, targetCount: targetCount)
                // A row is a handful of floats: with the count a constant the copies are straight loads and
                // stores (loops of 2 and 1 floats cost more in set-up than in copying: 9% of a
                // [2, 8, 8, 1] step at batch 10).
                switch inputCount {
                case 1: copy.run(rows, Count1.self)
                case 2: copy.run(rows, Count2.self)
                case 3: copy.run(rows, Count3.self)
                case 4: copy.run(rows, Count4.self)
                case 5: copy.run(rows, Count5.self)
                case 6: copy.run(rows, Count6.self)
                case 7: copy.run(rows, Count7.self)
                case 8: copy.run(rows, Count8.self)
                default: copy.run(rows)
                }
            }
        }
    }
}

/// Where `Examples.gather` copies from and to.
private struct RowCopy {
    let inputs: UnsafePointer<Float>
    let targets: UnsafePointer<Float>
    let x: UnsafeMutablePointer<Float>
    let t: UnsafeMutablePointer<Float>
    let inputCount: Int
    let targetCount: Int

    /// Rows of `N.value` inputs. Wrapping arithmetic: every offset is inside the buffers.
    @inline(__always)
    func run<Rows: Collection<Int>, N: StaticCount>(_ rows: Rows, _: N.Type) {
        let n = N.value
        var x = self.x, t = self.t
        for row in rows {
            let source = inputs + row &* n
            for k in 0..<n { x[k] = source[k] }
            copyTargets(of: row, to: t)
            x += n
            t += targetCount
        }
    }

    /// Rows of any number of inputs.
    @inline(__always)
    func run<Rows: Collection<Int>>(_ rows: Rows) {
        var x = self.x, t = self.t
        for row in rows {
            DenseKernels.copy(inputs + row &* inputCount, to: x, count: inputCount)
            copyTargets(of: row, to: t)
            x += inputCount
            t += targetCount
        }
    }

    @inline(__always)
    private func copyTargets(of row: Int, to t: UnsafeMutablePointer<Float>) {
        if targetCount == 1 {
            t[0] = targets[row]
        } else {
            DenseKernels.copy(targets + row &* targetCount, to: t, count: targetCount)
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
