import Testing
@testable import NeuralEngine

@Suite("Bias gradient")
struct BiasGradientTests {
    /// Summed in registers, each column still adds its rows in order, so gb equals the plain running sum
    /// to the bit: whole 8-column blocks, leftover columns, a single row.
    @Test(arguments: [(1, 8), (10, 1), (37, 3), (500, 8), (12, 13), (10, 64)])
    func equalsTheRunningSumDownEachColumnBitForBit(rows: Int, outputs: Int) {
        var rng = SplitMix64(seed: UInt64(rows * 100 + outputs))
        let dz = (0..<(rows * outputs)).map { _ in Float(rng.uniform(-1...1)) }
        var gb = [Float](repeating: .nan, count: outputs)
        DenseKernels.biasGradient(dz, rows: rows, outputs: outputs, into: &gb)
        for j in 0..<outputs {
            var expected = dz[j]
            for r in 1..<rows { expected += dz[r * outputs + j] }
            #expect(gb[j].bitPattern == expected.bitPattern, "column \(j): \(gb[j]) vs \(expected)")
        }
    }
}
