import Testing
@testable import NeuralEngine

@Suite("Narrow layers' forward kernel")
struct NarrowDenseTests {
    /// Every layer width 1 … 8, inputs in registers (1 … 8) and from memory (9, 12), single rows, the
    /// last rows of narrow layers (stored lane by lane), and batches of a grid chunk.
    static let shapes: [(rows: Int, inputs: Int, outputs: Int)] = [
        (1, 2, 8), (10, 2, 8), (256, 8, 8), (7, 1, 1), (9, 2, 2), (3, 3, 3), (5, 4, 4), (11, 5, 5), (2, 6, 6),
        (13, 7, 7), (1, 8, 1), (8, 9, 8), (6, 12, 3), (33, 8, 6), (4, 2, 1),
    ]

    /// Buffers with a guard region after `rows × outputs`, filled with a value no kernel writes.
    static let guardValue: Float = 12_345
    static let guardCount = 16

    @Test(arguments: shapes, Activation.allCases)
    func agreesWithADoublePrecisionLayerAndStaysInItsBuffers(
        shape: (rows: Int, inputs: Int, outputs: Int), activation: Activation
    ) {
        let (rows, inputs, outputs) = shape
        var rng = SplitMix64(seed: UInt64(rows * 100 + inputs * 10 + outputs))
        let x = (0..<(rows * inputs)).map { _ in Float(rng.uniform(-2...2)) }
        let w = (0..<(inputs * outputs)).map { _ in Float(rng.uniform(-1...1)) }
        let b = (0..<outputs).map { _ in Float(rng.uniform(-1...1)) }
        let size = rows * outputs + Self.guardCount
        var z = [Float](repeating: Self.guardValue, count: size), a = z
        var padding = [Float](repeating: 0, count: (inputs + 1) * 8)
        x.withUnsafeBufferPointer { px in
            w.withUnsafeBufferPointer { pw in
                b.withUnsafeBufferPointer { pb in
                    z.withUnsafeMutableBufferPointer { pz in
                        a.withUnsafeMutableBufferPointer { pa in
                            padding.withUnsafeMutableBufferPointer { pp in
                                #expect(
                                    NarrowDense.applies(inputs: inputs, outputs: outputs, paddingCapacity: pp.count))
                                NarrowDense.forward(
                                    x: px.baseAddress!, w: pw.baseAddress!, b: pb.baseAddress!, z: pz.baseAddress!,
                                    a: pa.baseAddress!, rows: rows, inputs: inputs, outputs: outputs,
                                    activation: activation, padding: pp.baseAddress!)
                            }
                        }
                    }
                }
            }
        }
        let keepsZ = activation != .tanh && activation != .sigmoid
        for r in 0..<rows {
            for j in 0..<outputs {
                var sum = Double(b[j])
                for i in 0..<inputs { sum += Double(x[r * inputs + i]) * Double(w[i * outputs + j]) }
                let index = r * outputs + j
                if keepsZ { #expect(abs(Double(z[index]) - sum) < 1e-5, "z[\(r),\(j)]") }
                let expected = activation.value(Float(sum))
                #expect(abs(a[index] - expected) < 1e-5, "\(activation) a[\(r),\(j)] = \(a[index]), not \(expected)")
            }
        }
        let past = rows * outputs
        #expect(a[past...].allSatisfy { $0 == Self.guardValue }, "nothing written after the activations")
        #expect(z[past...].allSatisfy { $0 == Self.guardValue }, "nothing written after the pre-activations")
        if !keepsZ { #expect(z.allSatisfy { $0 == Self.guardValue }, "tanh and sigmoid leave z alone") }
    }

    /// For 8 units the sums run in `Gemm`'s order, so the general path and this one agree bit for bit.
    @Test(arguments: [1, 2, 5, 8, 11], [Activation.tanh, .sigmoid, .relu])
    func eightUnitsMatchTheGeneralPathExactly(inputs: Int, activation: Activation) {
        var rng = SplitMix64(seed: UInt64(inputs))
        let rows = 37
        let x = (0..<(rows * inputs)).map { _ in Float(rng.uniform(-3...3)) }
        let w = (0..<(inputs * 8)).map { _ in Float(rng.uniform(-1...1)) }
        let b = (0..<8).map { _ in Float(rng.uniform(-1...1)) }
        var fastZ = [Float](repeating: 0, count: rows * 8), fastA = fastZ, generalZ = fastZ, generalA = fastZ
        var padding = [Float](repeating: 0, count: (inputs + 1) * 8)
        NarrowDense.forward(
            x: x, w: w, b: b, z: &fastZ, a: &fastA, rows: rows, inputs: inputs, outputs: 8, activation: activation,
            padding: &padding)
        Gemm.multiply(
            m: rows, n: 8, k: inputs, a: x, lda: inputs, b: w, ldb: 8, c: &generalZ, ldc: 8,
            accumulate: false, bias: b)
        activation.apply(generalZ, into: &generalA, count: rows * 8)
        #expect(fastA == generalA)
    }
}
