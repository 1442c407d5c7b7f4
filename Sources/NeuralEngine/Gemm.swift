/// C (+)= A·B for row-major matrices: the one matrix product behind the forward pass (Z = X·W), the weight
/// gradient (dW = Xᵀ·dZ) and the backpropagated error (dX = dZ·Wᵀ).
///
/// Why it exists: written as plain loops, the inner products of backpropagation are sums the compiler may
/// not reorder, so they run one float at a time. Here the work is cut into register tiles of 4 rows × 16
/// columns (2- and 1-row tiles for the rest), eight `SIMD8<Float>` accumulators updated with fused multiply-adds (two AVX2 registers per row),
/// so each loaded value of B is used four times and each broadcast of A sixteen times. Edges use 1-row and
/// 8-column tiles, and a SIMD dot product when B is a single column. Checked by the gradient-check tests
/// (every training path goes through it) and against a naive product in `GemmTests`.
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
        let cs = aColumnStride
        func start(_ j: Int) -> SIMD8<Float> { bias.map { load($0 + j) } ?? SIMD8() }
        guard m > 0, n > 0 else { return }
        if k == 0 && bias == nil {
            if !accumulate { for i in 0..<m { (c + i * ldc).update(repeating: 0, count: n) } }
            return
        }
        var j = 0
        while j + 16 <= n {
            let s0 = start(j), s1 = start(j + 8)
            var i = 0
            while i + 4 <= m {
                tile4x16(k, a + i * lda, lda, cs, b + j, ldb, c + i * ldc + j, ldc, accumulate, s0, s1)
                i += 4
            }
            if i + 2 <= m {
                tile2x16(k, a + i * lda, lda, cs, b + j, ldb, c + i * ldc + j, ldc, accumulate, s0, s1)
                i += 2
            }
            while i < m {
                tile1x16(k, a + i * lda, cs, b + j, ldb, c + i * ldc + j, accumulate, s0, s1)
                i += 1
            }
            j += 16
        }
        while j + 8 <= n {
            let s0 = start(j)
            var i = 0
            while i + 4 <= m {
                tile4x8(k, a + i * lda, lda, cs, b + j, ldb, c + i * ldc + j, ldc, accumulate, s0)
                i += 4
            }
            while i < m {
                tile1x8(k, a + i * lda, cs, b + j, ldb, c + i * ldc + j, accumulate, s0)
                i += 1
            }
            j += 8
        }
        while j < n {
            let initial = bias?[j] ?? 0
            for i in 0..<m {
                let sum = initial + dot(k, a + i * lda, cs, b + j, ldb)
                c[i * ldc + j] = accumulate ? c[i * ldc + j] + sum : sum
            }
            j += 1
        }
    }

    // MARK: - Tiles

    @inline(__always)
    private static func load(_ p: UnsafePointer<Float>) -> SIMD8<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Float>.self)
    }

    @inline(__always)
    private static func store(_ v: SIMD8<Float>, _ p: UnsafeMutablePointer<Float>, accumulate: Bool) {
        let value = accumulate ? v + load(p) : v
        UnsafeMutableRawPointer(p).storeBytes(of: value, as: SIMD8<Float>.self)
    }

    @inline(__always)
    private static func tile4x16(
        _ k: Int, _ a: UnsafePointer<Float>, _ lda: Int, _ cs: Int, _ b: UnsafePointer<Float>, _ ldb: Int,
        _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ accumulate: Bool, _ s0: SIMD8<Float>, _ s1: SIMD8<Float>
    ) {
        var c00 = s0, c01 = s1, c10 = s0, c11 = s1
        var c20 = s0, c21 = s1, c30 = s0, c31 = s1
        let a0 = a, a1 = a + lda, a2 = a + 2 * lda, a3 = a + 3 * lda
        for p in 0..<k {
            let row = b + p * ldb
            let b0 = load(row), b1 = load(row + 8)
            let q = p * cs
            let x0 = SIMD8(repeating: a0[q]), x1 = SIMD8(repeating: a1[q])
            let x2 = SIMD8(repeating: a2[q]), x3 = SIMD8(repeating: a3[q])
            c00.addProduct(x0, b0); c01.addProduct(x0, b1)
            c10.addProduct(x1, b0); c11.addProduct(x1, b1)
            c20.addProduct(x2, b0); c21.addProduct(x2, b1)
            c30.addProduct(x3, b0); c31.addProduct(x3, b1)
        }
        store(c00, c, accumulate: accumulate); store(c01, c + 8, accumulate: accumulate)
        store(c10, c + ldc, accumulate: accumulate); store(c11, c + ldc + 8, accumulate: accumulate)
        store(c20, c + 2 * ldc, accumulate: accumulate); store(c21, c + 2 * ldc + 8, accumulate: accumulate)
        store(c30, c + 3 * ldc, accumulate: accumulate); store(c31, c + 3 * ldc + 8, accumulate: accumulate)
    }

    @inline(__always)
    private static func tile2x16(
        _ k: Int, _ a: UnsafePointer<Float>, _ lda: Int, _ cs: Int, _ b: UnsafePointer<Float>, _ ldb: Int,
        _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ accumulate: Bool, _ s0: SIMD8<Float>, _ s1: SIMD8<Float>
    ) {
        var c00 = s0, c01 = s1, c10 = s0, c11 = s1
        let a0 = a, a1 = a + lda
        for p in 0..<k {
            let row = b + p * ldb, q = p * cs
            let b0 = load(row), b1 = load(row + 8)
            let x0 = SIMD8(repeating: a0[q]), x1 = SIMD8(repeating: a1[q])
            c00.addProduct(x0, b0); c01.addProduct(x0, b1)
            c10.addProduct(x1, b0); c11.addProduct(x1, b1)
        }
        store(c00, c, accumulate: accumulate); store(c01, c + 8, accumulate: accumulate)
        store(c10, c + ldc, accumulate: accumulate); store(c11, c + ldc + 8, accumulate: accumulate)
    }

    @inline(__always)
    private static func tile1x16(
        _ k: Int, _ a: UnsafePointer<Float>, _ cs: Int, _ b: UnsafePointer<Float>, _ ldb: Int,
        _ c: UnsafeMutablePointer<Float>, _ accumulate: Bool, _ s0: SIMD8<Float>, _ s1: SIMD8<Float>
    ) {
        var c0 = s0, c1 = s1
        for p in 0..<k {
            let row = b + p * ldb, x = SIMD8(repeating: a[p * cs])
            c0.addProduct(x, load(row))
            c1.addProduct(x, load(row + 8))
        }
        store(c0, c, accumulate: accumulate)
        store(c1, c + 8, accumulate: accumulate)
    }

    @inline(__always)
    private static func tile4x8(
        _ k: Int, _ a: UnsafePointer<Float>, _ lda: Int, _ cs: Int, _ b: UnsafePointer<Float>, _ ldb: Int,
        _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ accumulate: Bool, _ s0: SIMD8<Float>
    ) {
        var c0 = s0, c1 = s0, c2 = s0, c3 = s0
        let a0 = a, a1 = a + lda, a2 = a + 2 * lda, a3 = a + 3 * lda
        for p in 0..<k {
            let row = load(b + p * ldb), q = p * cs
            c0.addProduct(SIMD8(repeating: a0[q]), row)
            c1.addProduct(SIMD8(repeating: a1[q]), row)
            c2.addProduct(SIMD8(repeating: a2[q]), row)
            c3.addProduct(SIMD8(repeating: a3[q]), row)
        }
        store(c0, c, accumulate: accumulate)
        store(c1, c + ldc, accumulate: accumulate)
        store(c2, c + 2 * ldc, accumulate: accumulate)
        store(c3, c + 3 * ldc, accumulate: accumulate)
    }

    @inline(__always)
    private static func tile1x8(
        _ k: Int, _ a: UnsafePointer<Float>, _ cs: Int, _ b: UnsafePointer<Float>, _ ldb: Int,
        _ c: UnsafeMutablePointer<Float>, _ accumulate: Bool, _ s0: SIMD8<Float>
    ) {
        var c0 = s0
        for p in 0..<k { c0.addProduct(SIMD8(repeating: a[p * cs]), load(b + p * ldb)) }
        store(c0, c, accumulate: accumulate)
    }

    /// Σ_p a[p·cs]·b[p·ldb], eight lanes at a time when both are contiguous.
    @inline(__always)
    private static func dot(_ k: Int, _ a: UnsafePointer<Float>, _ cs: Int, _ b: UnsafePointer<Float>, _ ldb: Int) -> Float {
        var p = 0, sum: Float = 0
        if ldb == 1 && cs == 1 {
            var lanes = SIMD8<Float>()
            while p + 8 <= k {
                lanes.addProduct(load(a + p), load(b + p))
                p += 8
            }
            sum = lanes.sum()
        }
        while p < k {
            sum = sum.addingProduct(a[p * cs], b[p * ldb])
            p += 1
        }
        return sum
    }
}

extension SIMD8 where Scalar == Float {
    /// self += a·b with one fused multiply-add per lane.
    @inline(__always)
    mutating func addProduct(_ a: SIMD8<Float>, _ b: SIMD8<Float>) {
        self = addingProduct(a, b)
    }
}
