#if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
    import _Builtin_intrinsics.intel
#endif

/// C[m×n] = A[m×k]·Bᵀ, where B is stored row-major as n × k: every C[i, j] is the dot product of row i of A
/// with row j of B, and both rows are contiguous.
///
/// Why it exists: backpropagation needs dX = dZ·Wᵀ. Through `Gemm` that needs Wᵀ in memory, and
/// transposing W one float at a time every step cost as much as the product itself for a [2, 64, 64, 1]
/// network at batch 10. Here eight dot products run side by side in eight `SIMD8` (or `SIMD16`)
/// accumulators (two rows of A against four rows of B, or one against eight), and one short tree of
/// horizontal adds turns them into eight results. That
/// reduction is paid once per output, so large batches still do better with a transpose and `Gemm` (see
/// `DenseKernels.backpropagate`). Checked against a naive product in `GemmTests` and by the gradient checks.
enum TransposedProduct {
    /// C = A·Bᵀ (+ C when `accumulate`). `lda`, `ldb`, `ldc` are row strides in floats.
    ///
    /// Depths that are a multiple of 16 run the dot products sixteen lanes wide (half the loop trips, and
    /// one 512-bit multiply-add where the CPU has them), each accumulator folded to eight lanes (low half +
    /// high half) before the reduction tree; that sums in another order than eight lanes, so results
    /// differ from the eight-lane path by rounding.
    static func multiply(
        m: Int, n: Int, k: Int, a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool
    ) {
        if k >= 16 && k % 16 == 0 {
            multiply(
                SIMD16<Float>.self, m: m, n: n, k: k, a: a, lda: lda, b: b, ldb: ldb, c: c, ldc: ldc,
                accumulate: accumulate)
        } else {
            multiply(
                SIMD8<Float>.self, m: m, n: n, k: k, a: a, lda: lda, b: b, ldb: ldb, c: c, ldc: ldc,
                accumulate: accumulate)
        }
    }

    /// The product with dot products `V` wide; the last `k % V.scalarCount` terms one by one.
    @inline(__always)
    private static func multiply<V: DotLanes>(
        _: V.Type, m: Int, n: Int, k: Int, a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool
    ) {
        let chunks = k / V.scalarCount, tail = chunks * V.scalarCount
        var i = 0
        // Pairs of rows against four rows of B: six loads per eight multiply-adds instead of nine.
        while i + 2 <= m && tail == k {
            let rowA = a + i &* lda, rowC = c + i &* ldc
            var j = 0
            while j + 4 <= n {
                let sums = twoByFourDots(V.self, rowA, lda, b + j &* ldb, ldb, chunks: chunks)
                store(sums.lowHalf, rowC + j, accumulate: accumulate)
                store(sums.highHalf, rowC + ldc + j, accumulate: accumulate)
                j += 4
            }
            while j < n {
                for r in 0..<2 {
                    let sum = dot(V.self, rowA + r &* lda, b + j &* ldb, chunks: chunks)
                    let target = rowC + r &* ldc + j
                    target.pointee = accumulate ? target.pointee + sum : sum
                }
                j += 1
            }
            i += 2
        }
        while i < m {
            defer { i += 1 }
            let rowA = a + i &* lda, rowC = c + i &* ldc
            var j = 0
            while j + 8 <= n {
                var sums = eightDots(V.self, rowA, b + j &* ldb, ldb, chunks: chunks)
                if tail < k {
                    for lane in 0..<8 { sums[lane] += scalarDot(rowA, b + (j + lane) &* ldb, from: tail, to: k) }
                }
                if accumulate { sums += GemmTiles.load(rowC + j) }
                UnsafeMutableRawPointer(rowC + j).storeBytes(of: sums, as: SIMD8<Float>.self)
                j += 8
            }
            while j < n {
                let sum =
                    dot(V.self, rowA, b + j &* ldb, chunks: chunks) + scalarDot(rowA, b + j &* ldb, from: tail, to: k)
                rowC[j] = accumulate ? rowC[j] + sum : sum
                j += 1
            }
        }
    }

    /// [x₀·b₀, x₀·b₁, x₀·b₂, x₀·b₃, x₁·b₀, …, x₁·b₃] for rows x₀ = `x`, x₁ = `x + lda` and b₀ = `b`,
    /// b₁ = `b + ldb`, … over the first `V.scalarCount` × `chunks` elements.
    @inline(__always)
    private static func twoByFourDots<V: DotLanes>(
        _: V.Type, _ x: UnsafePointer<Float>, _ lda: Int, _ b: UnsafePointer<Float>, _ ldb: Int, chunks: Int
    ) -> SIMD8<Float> {
        var v0 = V(), v1 = v0, v2 = v0, v3 = v0, v4 = v0, v5 = v0, v6 = v0, v7 = v0
        let x0 = x, x1 = x + lda, b0 = b, b1 = b0 + ldb, b2 = b1 + ldb, b3 = b2 + ldb
        var p = 0
        for _ in 0..<chunks {
            let first = V.load(x0 + p), second = V.load(x1 + p)
            let w0 = V.load(b0 + p), w1 = V.load(b1 + p), w2 = V.load(b2 + p), w3 = V.load(b3 + p)
            v0.addProduct(first, w0); v1.addProduct(first, w1); v2.addProduct(first, w2); v3.addProduct(first, w3)
            v4.addProduct(second, w0); v5.addProduct(second, w1); v6.addProduct(second, w2); v7.addProduct(second, w3)
            p &+= V.scalarCount
        }
        return laneSums(v0.folded, v1.folded, v2.folded, v3.folded, v4.folded, v5.folded, v6.folded, v7.folded)
    }

    /// The dot products of `x` with the eight rows `b`, `b + ldb`, … over the first `V.scalarCount` ×
    /// `chunks` elements.
    @inline(__always)
    private static func eightDots<V: DotLanes>(
        _: V.Type, _ x: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ ldb: Int, chunks: Int
    ) -> SIMD8<Float> {
        var v0 = V(), v1 = v0, v2 = v0, v3 = v0, v4 = v0, v5 = v0, v6 = v0, v7 = v0
        let b0 = b, b1 = b0 + ldb, b2 = b1 + ldb, b3 = b2 + ldb, b4 = b3 + ldb, b5 = b4 + ldb, b6 = b5 + ldb,
            b7 = b6 + ldb
        var p = 0
        for _ in 0..<chunks {
            let xs = V.load(x + p)
            v0.addProduct(xs, V.load(b0 + p)); v1.addProduct(xs, V.load(b1 + p))
            v2.addProduct(xs, V.load(b2 + p)); v3.addProduct(xs, V.load(b3 + p))
            v4.addProduct(xs, V.load(b4 + p)); v5.addProduct(xs, V.load(b5 + p))
            v6.addProduct(xs, V.load(b6 + p)); v7.addProduct(xs, V.load(b7 + p))
            p &+= V.scalarCount
        }
        return laneSums(v0.folded, v1.folded, v2.folded, v3.folded, v4.folded, v5.folded, v6.folded, v7.folded)
    }

    @inline(__always)
    private static func store(_ v: SIMD4<Float>, _ p: UnsafeMutablePointer<Float>, accumulate: Bool) {
        let value = accumulate ? v + UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Float>.self) : v
        UnsafeMutableRawPointer(p).storeBytes(of: value, as: SIMD4<Float>.self)
    }

    /// [Σ v0, Σ v1, …, Σ v7].
    @inline(__always)
    static func laneSums(
        _ v0: SIMD8<Float>, _ v1: SIMD8<Float>, _ v2: SIMD8<Float>, _ v3: SIMD8<Float>,
        _ v4: SIMD8<Float>, _ v5: SIMD8<Float>, _ v6: SIMD8<Float>, _ v7: SIMD8<Float>
    ) -> SIMD8<Float> {
        #if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
            // Written with Swift's own shuffles, LLVM merges the tree into some sixty instructions; the
            // horizontal-add intrinsic keeps it at nine. Each hadd sums neighbouring pairs within 128-bit halves.
            // (`__m256` is imported as `SIMD8<Float>` itself.)
            let low = _mm256_hadd_ps(_mm256_hadd_ps(v0, v1), _mm256_hadd_ps(v2, v3))
            let high = _mm256_hadd_ps(_mm256_hadd_ps(v4, v5), _mm256_hadd_ps(v6, v7))
            // low = [partial sums of v0…v3 from lanes 0–3 | from lanes 4–7]; likewise high for v4…v7.
            return SIMD8(lowHalf: low.lowHalf, highHalf: high.lowHalf)
                + SIMD8(lowHalf: low.highHalf, highHalf: high.highHalf)
        #else
            return SIMD8(v0.sum(), v1.sum(), v2.sum(), v3.sum(), v4.sum(), v5.sum(), v6.sum(), v7.sum())
        #endif
    }

    @inline(__always)
    private static func dot<V: DotLanes>(_: V.Type, _ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, chunks: Int)
        -> Float
    {
        var lanes = V(), p = 0
        for _ in 0..<chunks {
            lanes.addProduct(V.load(x + p), V.load(y + p))
            p &+= V.scalarCount
        }
        return lanes.folded.sum()
    }

    @inline(__always)
    private static func scalarDot(_ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, from start: Int, to end: Int)
        -> Float
    {
        var sum: Float = 0
        for p in start..<end { sum = sum.addingProduct(x[p], y[p]) }
        return sum
    }
}

/// The vectors `TransposedProduct` runs its dot products in: eight or sixteen lanes, folded to eight for
/// the reduction.
private protocol DotLanes: SIMD where Scalar == Float {
    static func load(_ p: UnsafePointer<Float>) -> Self
    /// Eight partial sums: the vector itself, or its two halves added.
    var folded: SIMD8<Float> { get }
}

extension SIMD8: DotLanes where Scalar == Float {
    @inline(__always) fileprivate static func load(_ p: UnsafePointer<Float>) -> SIMD8<Float> { GemmTiles.load(p) }
    @inline(__always) fileprivate var folded: SIMD8<Float> { self }
}

extension SIMD16: DotLanes where Scalar == Float {
    @inline(__always) fileprivate static func load(_ p: UnsafePointer<Float>) -> SIMD16<Float> { GemmTiles.load16(p) }
    @inline(__always) fileprivate var folded: SIMD8<Float> { lowHalf + highHalf }
}
