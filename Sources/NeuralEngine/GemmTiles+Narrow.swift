/// The narrow tiles of `GemmTiles`: 8 columns by 1 … 8 rows, and a single column as a dot product.
extension GemmTiles {
    // MARK: - 8 columns, 1 … 8 rows

    /// C[0 ..< height, 0 ..< 8] (+)= A·B, starting each row from s0. `height` in 1 ... 8.
    @inline(__always)
    static func narrow(
        height: Int, _ panel: Panel, _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ accumulate: Bool,
        _ s0: SIMD8<Float>
    ) {
        switch height {
        case 8: narrow(8, panel, c, ldc, accumulate, s0)
        case 7: narrow(7, panel, c, ldc, accumulate, s0)
        case 6: narrow(6, panel, c, ldc, accumulate, s0)
        case 5: narrow(5, panel, c, ldc, accumulate, s0)
        case 4: narrow(4, panel, c, ldc, accumulate, s0)
        case 3: narrow(3, panel, c, ldc, accumulate, s0)
        case 2: narrow(2, panel, c, ldc, accumulate, s0)
        default: narrow(1, panel, c, ldc, accumulate, s0)
        }
    }

    @inline(__always)
    private static func narrow(
        _ height: Int, _ panel: Panel, _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ accumulate: Bool,
        _ s0: SIMD8<Float>
    ) {
        var c0 = s0, c1 = s0, c2 = s0, c3 = s0, c4 = s0, c5 = s0, c6 = s0, c7 = s0
        let lda = panel.lda, cs = panel.columnStride, ldb = panel.ldb
        let a0 = panel.a, a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda
        let a4 = a3 + lda, a5 = a4 + lda, a6 = a5 + lda, a7 = a6 + lda
        var row = panel.b, q = 0
        for _ in 0..<panel.k {
            let b0 = load(row)
            c0.addProduct(SIMD8(repeating: a0[q]), b0)
            if height > 1 { c1.addProduct(SIMD8(repeating: a1[q]), b0) }
            if height > 2 { c2.addProduct(SIMD8(repeating: a2[q]), b0) }
            if height > 3 { c3.addProduct(SIMD8(repeating: a3[q]), b0) }
            if height > 4 { c4.addProduct(SIMD8(repeating: a4[q]), b0) }
            if height > 5 { c5.addProduct(SIMD8(repeating: a5[q]), b0) }
            if height > 6 { c6.addProduct(SIMD8(repeating: a6[q]), b0) }
            if height > 7 { c7.addProduct(SIMD8(repeating: a7[q]), b0) }
            row += ldb
            q &+= cs
        }
        store(c0, c, accumulate: accumulate)
        if height > 1 { store(c1, c + ldc, accumulate: accumulate) }
        if height > 2 { store(c2, c + 2 &* ldc, accumulate: accumulate) }
        if height > 3 { store(c3, c + 3 &* ldc, accumulate: accumulate) }
        if height > 4 { store(c4, c + 4 &* ldc, accumulate: accumulate) }
        if height > 5 { store(c5, c + 5 &* ldc, accumulate: accumulate) }
        if height > 6 { store(c6, c + 6 &* ldc, accumulate: accumulate) }
        if height > 7 { store(c7, c + 7 &* ldc, accumulate: accumulate) }
    }

    // MARK: - One column

    /// Σ_p A[0, p]·B[p, 0], eight lanes at a time when both are contiguous.
    @inline(__always)
    static func dot(_ panel: Panel) -> Float {
        let k = panel.k, a = panel.a, b = panel.b, cs = panel.columnStride, ldb = panel.ldb
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
