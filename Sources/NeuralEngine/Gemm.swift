/// C (+)= A·B for row-major matrices: the one matrix product behind the forward pass (Z = X·W), the weight
/// gradient (dW = Xᵀ·dZ) and the backpropagated error (dX = dZ·Wᵀ).
///
/// Why it exists: written as plain loops, the inner products of backpropagation are sums the compiler may
/// not reorder, so they run one float at a time. Here C is cut into register tiles (`GemmTiles`): up to
/// 6 rows × 16 columns, twelve `SIMD8<Float>` accumulators updated with fused multiply-adds, so each loaded
/// row of B serves six rows of A and each broadcast of A sixteen columns. The rows are shared out evenly
/// among the tiles (10 rows: 5 + 5, not 6 + 4), because a short tile wastes most of its loads. An 8-column
/// edge uses tiles of up to 8 rows; single columns left over use a dot product. Built on an AVX-512 machine,
/// 32 columns at a time go through `GemmTiles.wide32` first.
///
/// `DenseKernels` sends large products to `PackedGemm` instead, which first copies B into aligned strips.
/// Checked by the gradient-check tests (every training path goes through it) and against a naive product
/// in `GemmTests`.
enum Gemm {
    /// C[m×n] = A[m×k]·B[k×n] (+ C when `accumulate`). `lda`, `ldb`, `ldc` are row strides in floats;
    /// A's elements may also be `aColumnStride` apart, so A can be a transposed view (Xᵀ of a row-major X
    /// is `lda: 1, aColumnStride: columns of X`) with no copy.
    /// With `bias`, every row of C starts from it (C = A·B + 1·biasᵀ) instead of from 0 or C.
    static func multiply(
        m: Int, n: Int, k: Int,
        a: UnsafePointer<Float>, lda: Int, aColumnStride: Int = 1, b: UnsafePointer<Float>, ldb: Int,
        c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool, bias: UnsafePointer<Float>? = nil
    ) {
        guard m > 0, n > 0 else { return }
        if k == 0 && bias == nil {
            if !accumulate { for i in 0..<m { (c + i * ldc).update(repeating: 0, count: n) } }
            return
        }
        let panel = GemmTiles.Panel(a: a, lda: lda, columnStride: aColumnStride, k: k, b: b, ldb: ldb)
        var j = 0
        #if AVX512
            while j + 32 <= n {
                let s0 = SIMD16(lowHalf: start(bias, j), highHalf: start(bias, j + 8))
                let s1 = SIMD16(lowHalf: start(bias, j + 16), highHalf: start(bias, j + 24))
                forEachRowBlock(m, maxHeight: 6) { i, height in
                    let panel = panel.moved(row: i, column: j)
                    GemmTiles.wide32(
                        height: height, panel, secondStrip: panel.b + 16, c + i * ldc + j, ldc, accumulate, s0, s1)
                }
                j += 32
            }
        #endif
        while j + 16 <= n {
            let s0 = start(bias, j), s1 = start(bias, j + 8)
            forEachRowBlock(m, maxHeight: 6) { i, height in
                GemmTiles.wide(height: height, panel.moved(row: i, column: j), c + i * ldc + j, ldc, accumulate, s0, s1)
            }
            j += 16
        }
        if j + 8 <= n {
            let s0 = start(bias, j)
            forEachRowBlock(m, maxHeight: 8) { i, height in
                GemmTiles.narrow(height: height, panel.moved(row: i, column: j), c + i * ldc + j, ldc, accumulate, s0)
            }
            j += 8
        }
        while j < n {
            let initial = bias?[j] ?? 0
            for i in 0..<m {
                let sum = initial + GemmTiles.dot(panel.moved(row: i, column: j))
                c[i * ldc + j] = accumulate ? c[i * ldc + j] + sum : sum
            }
            j += 1
        }
    }

    /// A tile's starting accumulator: the bias for columns j ..< j + 8, or zero.
    @inline(__always)
    static func start(_ bias: UnsafePointer<Float>?, _ j: Int) -> SIMD8<Float> {
        bias.map { GemmTiles.load($0 + j) } ?? SIMD8()
    }

    /// Calls `body(firstRow, height)` for tiles covering rows 0 ..< m, as few as `maxHeight` allows, with
    /// heights that differ by at most one.
    @inline(__always)
    static func forEachRowBlock(_ m: Int, maxHeight: Int, _ body: (Int, Int) -> Void) {
        // One 32-bit division per product (the sizes are far below 2³²), not one per tile.
        let tiles = UInt32(truncatingIfNeeded: (m + maxHeight - 1) / maxHeight)
        let height = Int(UInt32(truncatingIfNeeded: m) / tiles)
        let taller = m - height * Int(tiles)  // the first `taller` tiles take one row more
        var i = 0
        for t in 0..<Int(tiles) {
            let h = t < taller ? height + 1 : height
            body(i, h)
            i += h
        }
    }
}
