import Testing
@testable import NeuralEngine

@Suite("Product with a transposed right side")
struct TransposedProductTests {
    /// Pairs of rows and single rows, whole and partial blocks of four and eight columns, k below, at and
    /// beyond multiples of eight.
    static let shapes: [(m: Int, n: Int, k: Int)] = [
        (1, 8, 8), (10, 64, 64), (3, 11, 13), (2, 5, 3), (4, 16, 20), (1, 1, 1), (7, 9, 0), (5, 24, 17), (3, 10, 16),
    ]

    @Test(arguments: shapes)
    func agreesWithTheNaiveProduct(m: Int, n: Int, k: Int) {
        var rng = SplitMix64(seed: UInt64(m * 1000 + n * 10 + k))
        let lda = k + 1, ldb = k + 2, ldc = n + 3
        let a = (0..<(m * lda)).map { _ in Float(rng.uniform(-1...1)) }
        let b = (0..<(n * ldb)).map { _ in Float(rng.uniform(-1...1)) }
        let start = (0..<(m * ldc)).map { _ in Float(rng.uniform(-1...1)) }
        for accumulate in [false, true] {
            var c = start
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    c.withUnsafeMutableBufferPointer { pc in
                        TransposedProduct.multiply(
                            m: m, n: n, k: k, a: pa.baseAddress!, lda: lda, b: pb.baseAddress!,
                            ldb: ldb, c: pc.baseAddress!, ldc: ldc, accumulate: accumulate)
                    }
                }
            }
            for i in 0..<m {
                for j in 0..<n {
                    var expected = accumulate ? Double(start[i * ldc + j]) : 0
                    for p in 0..<k { expected += Double(a[i * lda + p]) * Double(b[j * ldb + p]) }
                    #expect(abs(Double(c[i * ldc + j]) - expected) < 1e-4, "C[\(i),\(j)] for \(m)×\(n)×\(k)")
                }
                #expect(c[i * ldc + n] == start[i * ldc + n], "the padding column is untouched")
            }
        }
    }
}
