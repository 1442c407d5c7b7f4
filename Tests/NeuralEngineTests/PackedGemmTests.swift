import Testing
@testable import NeuralEngine

@Suite("Product with packed strips of B")
struct PackedGemmTests {
    /// Whole and partial 16-column strips, row blocks beyond `rowBlock`, depth beyond `depthBlock`.
    static let shapes: [(m: Int, n: Int, k: Int)] = [(32, 32, 128), (100, 41, 300), (7, 16, 5), (200, 130, 257)]

    @Test(arguments: shapes, [false, true])
    func agreesWithTheNaiveProduct(shape: (m: Int, n: Int, k: Int), transposedViews: Bool) {
        let (m, n, k) = shape
        var rng = SplitMix64(seed: UInt64(m * 1000 + n * 10 + k))
        // A is m × k, B is k × n: stored either row-major or as the transposes of row-major matrices.
        let aStore = (0..<(m * k)).map { _ in Float(rng.uniform(-1...1)) }
        let bStore = (0..<(k * n)).map { _ in Float(rng.uniform(-1...1)) }
        func aAt(_ i: Int, _ p: Int) -> Float { transposedViews ? aStore[p * m + i] : aStore[i * k + p] }
        func bAt(_ p: Int, _ j: Int) -> Float { transposedViews ? bStore[j * k + p] : bStore[p * n + j] }
        let ldc = n + 1
        let start = (0..<(m * ldc)).map { _ in Float(rng.uniform(-1...1)) }
        let bias = (0..<n).map { _ in Float(rng.uniform(-1...1)) }
        let buffer = UnsafeMutablePointer<Float>.allocate(capacity: PackedGemm.bufferSize(columns: n))
        defer { buffer.deallocate() }
        for (accumulate, withBias) in [(false, false), (true, false), (false, true)] {
            var c = start
            aStore.withUnsafeBufferPointer { pa in
                bStore.withUnsafeBufferPointer { pb in
                    bias.withUnsafeBufferPointer { pbias in
                        c.withUnsafeMutableBufferPointer { pc in
                            let a: StridedMatrix =
                                transposedViews
                                ? .transposed(pa.baseAddress!, rowStride: m) : .rowMajor(pa.baseAddress!, rowStride: k)
                            let b: StridedMatrix =
                                transposedViews
                                ? .transposed(pb.baseAddress!, rowStride: k) : .rowMajor(pb.baseAddress!, rowStride: n)
                            PackedGemm.multiply(
                                m: m, n: n, k: k, a: a, b: b, c: pc.baseAddress!, ldc: ldc,
                                accumulate: accumulate, bias: withBias ? pbias.baseAddress : nil,
                                buffer: buffer)
                        }
                    }
                }
            }
            var worst = 0.0
            for i in 0..<m {
                for j in 0..<n {
                    var expected = accumulate ? Double(start[i * ldc + j]) : (withBias ? Double(bias[j]) : 0)
                    for p in 0..<k { expected += Double(aAt(i, p)) * Double(bAt(p, j)) }
                    worst = max(worst, abs(Double(c[i * ldc + j]) - expected))
                }
                #expect(c[i * ldc + n] == start[i * ldc + n], "the padding column is untouched")
            }
            #expect(worst < 1e-3, "\(m)×\(n)×\(k), accumulate \(accumulate), bias \(withBias): off by \(worst)")
        }
    }

    /// Within one depth block each sum runs in `Gemm`'s order (start, then p = 0, 1, … with fused
    /// multiply-adds), whatever the vector width of the tile, so the two products agree to the bit. (Widths
    /// that are multiples of 8: `Gemm` sums single leftover columns as dot products, bias last.)
    @Test(arguments: [(40, 48, 200), (13, 40, 129), (96, 16, 256)])
    func equalsGemmBitForBitWithinOneDepthBlock(m: Int, n: Int, k: Int) {
        var rng = SplitMix64(seed: UInt64(m + n + k))
        let a = (0..<(m * k)).map { _ in Float(rng.uniform(-1...1)) }
        let b = (0..<(k * n)).map { _ in Float(rng.uniform(-1...1)) }
        let bias = (0..<n).map { _ in Float(rng.uniform(-1...1)) }
        var packed = [Float](repeating: 0, count: m * n), plain = packed
        let buffer = UnsafeMutablePointer<Float>.allocate(capacity: PackedGemm.bufferSize(columns: n))
        defer { buffer.deallocate() }
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                bias.withUnsafeBufferPointer { pbias in
                    packed.withUnsafeMutableBufferPointer { pc in
                        PackedGemm.multiply(
                            m: m, n: n, k: k, a: .rowMajor(pa.baseAddress!, rowStride: k),
                            b: .rowMajor(pb.baseAddress!, rowStride: n), c: pc.baseAddress!, ldc: n, accumulate: false,
                            bias: pbias.baseAddress, buffer: buffer)
                    }
                    plain.withUnsafeMutableBufferPointer { pc in
                        Gemm.multiply(
                            m: m, n: n, k: k, a: pa.baseAddress!, lda: k, b: pb.baseAddress!, ldb: n,
                            c: pc.baseAddress!, ldc: n, accumulate: false, bias: pbias.baseAddress)
                    }
                }
            }
        }
        let differing = zip(packed, plain).filter { $0.bitPattern != $1.bitPattern }.count
        #expect(differing == 0, "\(differing) of \(m * n) values differ")
    }
}
