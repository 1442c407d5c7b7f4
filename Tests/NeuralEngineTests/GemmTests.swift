import Testing
@testable import NeuralEngine

@Suite("Matrix product kernel")
struct GemmTests {
    /// Sizes that exercise every tile height (1 … 6 rows of 32 columns where built for AVX-512, of 16, and
    /// 1 … 8 rows of 8), the 8-column and single-column edges, and k = 0.
    static let shapes: [(m: Int, n: Int, k: Int)] = [
        (1, 1, 1), (4, 16, 3), (5, 17, 9), (10, 8, 2), (10, 1, 8), (3, 7, 5), (13, 40, 33), (2, 24, 0), (500, 9, 2),
        (6, 32, 4), (7, 16, 1), (2, 16, 6), (3, 48, 5), (8, 8, 4), (7, 8, 3), (6, 8, 9), (11, 24, 7), (17, 16, 2),
        (1, 8, 2), (2, 8, 3), (3, 8, 1), (4, 8, 5), (1, 16, 4), (1, 32, 3), (2, 64, 5), (12, 33, 4), (4, 96, 2),
    ]

    @Test(arguments: shapes)
    func agreesWithTheNaiveProduct(m: Int, n: Int, k: Int) {
        var rng = SplitMix64(seed: UInt64(m * 1000 + n * 10 + k))
        let lda = k + 3, ldb = n + 2, ldc = n + 1
        let a = (0..<(m * lda)).map { _ in Float(rng.uniform(-1...1)) }
        let b = (0..<(Swift.max(k, 1) * ldb)).map { _ in Float(rng.uniform(-1...1)) }
        let start = (0..<(m * ldc)).map { _ in Float(rng.uniform(-1...1)) }
        let bias = (0..<n).map { _ in Float(rng.uniform(-1...1)) }
        for (accumulate, withBias) in [(false, false), (true, false), (false, true)] {
            var c = start
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    c.withUnsafeMutableBufferPointer { pc in
                        bias.withUnsafeBufferPointer { pbias in
                            Gemm.multiply(
                                m: m, n: n, k: k, a: pa.baseAddress!, lda: lda, b: pb.baseAddress!, ldb: ldb,
                                c: pc.baseAddress!, ldc: ldc, accumulate: accumulate,
                                bias: withBias ? pbias.baseAddress : nil)
                        }
                    }
                }
            }
            for i in 0..<m {
                for j in 0..<n {
                    var expected = accumulate ? Double(start[i * ldc + j]) : (withBias ? Double(bias[j]) : 0)
                    for p in 0..<k { expected += Double(a[i * lda + p]) * Double(b[p * ldb + j]) }
                    #expect(abs(Double(c[i * ldc + j]) - expected) < 1e-4, "C[\(i),\(j)] for \(m)×\(n)×\(k)")
                }
                if n + 1 == ldc { #expect(c[i * ldc + n] == start[i * ldc + n], "the padding column is untouched") }
            }
        }
    }
}
