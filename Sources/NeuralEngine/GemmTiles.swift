/// The register tiles of `Gemm` and `PackedGemm`: each computes a small block of C = A·B in AVX2 registers.
///
/// A tile of h rows keeps h × 16 (or h × 8) sums in `SIMD8<Float>` accumulators. Each step p loads one row
/// of B (two or one vectors), broadcasts A's element of each row and adds the products with fused
/// multiply-adds. `height` must be a constant where the tile is inlined: the `switch` in `wide` and `narrow`
/// gives each height its own copy, in which the `if height > r` tests disappear.
enum GemmTiles {
    /// A's rows from `a` (`lda` apart, elements `columnStride` apart) against B's `k` rows from `b`
    /// (`ldb` apart, columns contiguous).
    struct Panel {
        var a: UnsafePointer<Float>
        var lda: Int
        var columnStride: Int
        var k: Int
        var b: UnsafePointer<Float>
        var ldb: Int

        /// The same product starting at A's row `row` and B's column `column`.
        @inline(__always)
        func moved(row: Int, column: Int) -> Panel {
            Panel(a: a + row &* lda, lda: lda, columnStride: columnStride, k: k, b: b + column, ldb: ldb)
        }
    }

    @inline(__always)
    static func load(_ p: UnsafePointer<Float>) -> SIMD8<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Float>.self)
    }

    @inline(__always)
    static func store(_ v: SIMD8<Float>, _ p: UnsafeMutablePointer<Float>, accumulate: Bool) {
        let value = accumulate ? v + load(p) : v
        UnsafeMutableRawPointer(p).storeBytes(of: value, as: SIMD8<Float>.self)
    }

    // MARK: - 16 columns, 1 … 6 rows

    /// C[0 ..< height, 0 ..< 16] (+)= A·B, starting each row from (s0, s1). `height` in 1 ... 6.
    @inline(__always)
    static func wide(
        height: Int, _ panel: Panel, _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ accumulate: Bool,
        _ s0: SIMD8<Float>, _ s1: SIMD8<Float>
    ) {
        switch height {
        case 6: wide(6, panel, c, ldc, accumulate, s0, s1)
        case 5: wide(5, panel, c, ldc, accumulate, s0, s1)
        case 4: wide(4, panel, c, ldc, accumulate, s0, s1)
        case 3: wide(3, panel, c, ldc, accumulate, s0, s1)
        case 2: wide(2, panel, c, ldc, accumulate, s0, s1)
        default: wide(1, panel, c, ldc, accumulate, s0, s1)
        }
    }

    @inline(__always)
    private static func wide(
        _ height: Int, _ panel: Panel, _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ accumulate: Bool,
        _ s0: SIMD8<Float>, _ s1: SIMD8<Float>
    ) {
        var c00 = s0, c01 = s1, c10 = s0, c11 = s1, c20 = s0, c21 = s1
        var c30 = s0, c31 = s1, c40 = s0, c41 = s1, c50 = s0, c51 = s1
        let lda = panel.lda, cs = panel.columnStride, ldb = panel.ldb
        let a0 = panel.a, a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda, a4 = a3 + lda, a5 = a4 + lda
        var row = panel.b, q = 0
        for _ in 0..<panel.k {
            let b0 = load(row), b1 = load(row + 8)
            let x0 = SIMD8(repeating: a0[q])
            c00.addProduct(x0, b0); c01.addProduct(x0, b1)
            if height > 1 { let x = SIMD8(repeating: a1[q]); c10.addProduct(x, b0); c11.addProduct(x, b1) }
            if height > 2 { let x = SIMD8(repeating: a2[q]); c20.addProduct(x, b0); c21.addProduct(x, b1) }
            if height > 3 { let x = SIMD8(repeating: a3[q]); c30.addProduct(x, b0); c31.addProduct(x, b1) }
            if height > 4 { let x = SIMD8(repeating: a4[q]); c40.addProduct(x, b0); c41.addProduct(x, b1) }
            if height > 5 { let x = SIMD8(repeating: a5[q]); c50.addProduct(x, b0); c51.addProduct(x, b1) }
            row += ldb
            q &+= cs
        }
        storeRow(c00, c01, c, accumulate)
        if height > 1 { storeRow(c10, c11, c + ldc, accumulate) }
        if height > 2 { storeRow(c20, c21, c + 2 &* ldc, accumulate) }
        if height > 3 { storeRow(c30, c31, c + 3 &* ldc, accumulate) }
        if height > 4 { storeRow(c40, c41, c + 4 &* ldc, accumulate) }
        if height > 5 { storeRow(c50, c51, c + 5 &* ldc, accumulate) }
    }

    @inline(__always)
    private static func storeRow(
        _ low: SIMD8<Float>, _ high: SIMD8<Float>, _ c: UnsafeMutablePointer<Float>, _ accumulate: Bool
    ) {
        store(low, c, accumulate: accumulate)
        store(high, c + 8, accumulate: accumulate)
    }

    // MARK: - 32 columns, 1 … 6 rows (AVX-512 build machines)

    #if AVX512
        /// C[0 ..< height, 0 ..< 32] (+)= A·B over two packed strips of 16 columns (`panel.b` and `secondStrip`,
        /// both `ldb` floats a row): two `SIMD16<Float>` accumulators per row, twelve in all, as many as keep
        /// both fused multiply-add units of a 512-bit CPU busy (32 vector registers; with 16 they would spill,
        /// hence only where the build machine has AVX-512). Same order of each sum as `wide`.
        @inline(__always)
        static func wide32(
            height: Int, _ panel: Panel, secondStrip: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
            _ ldc: Int,
            _ accumulate: Bool, _ s0: SIMD16<Float>, _ s1: SIMD16<Float>
        ) {
            // The height as a type, so each copy is specialised with it constant (as an `Int` argument the
            // compiler kept one copy testing it at every step).
            switch height {
            case 6: wide32(Count6.self, panel, secondStrip, c, ldc, accumulate, s0, s1)
            case 5: wide32(Count5.self, panel, secondStrip, c, ldc, accumulate, s0, s1)
            case 4: wide32(Count4.self, panel, secondStrip, c, ldc, accumulate, s0, s1)
            case 3: wide32(Count3.self, panel, secondStrip, c, ldc, accumulate, s0, s1)
            case 2: wide32(Count2.self, panel, secondStrip, c, ldc, accumulate, s0, s1)
            default: wide32(Count1.self, panel, secondStrip, c, ldc, accumulate, s0, s1)
            }
        }

        private static func wide32<Height: StaticCount>(
            _: Height.Type, _ panel: Panel, _ secondStrip: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
            _ ldc: Int, _ accumulate: Bool, _ s0: SIMD16<Float>, _ s1: SIMD16<Float>
        ) {
            let height = Height.value
            var c00 = s0, c01 = s1, c10 = s0, c11 = s1, c20 = s0, c21 = s1
            var c30 = s0, c31 = s1, c40 = s0, c41 = s1, c50 = s0, c51 = s1
            let lda = panel.lda, cs = panel.columnStride, ldb = panel.ldb
            let a0 = panel.a, a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda, a4 = a3 + lda, a5 = a4 + lda
            var left = panel.b, right = secondStrip, q = 0
            for _ in 0..<panel.k {
                let b0 = load16(left), b1 = load16(right)
                let x0 = SIMD16(repeating: a0[q])
                c00 = c00.addingProduct(x0, b0); c01 = c01.addingProduct(x0, b1)
                if height > 1 {
                    let x = SIMD16(repeating: a1[q]); c10 = c10.addingProduct(x, b0); c11 = c11.addingProduct(x, b1)
                }
                if height > 2 {
                    let x = SIMD16(repeating: a2[q]); c20 = c20.addingProduct(x, b0); c21 = c21.addingProduct(x, b1)
                }
                if height > 3 {
                    let x = SIMD16(repeating: a3[q]); c30 = c30.addingProduct(x, b0); c31 = c31.addingProduct(x, b1)
                }
                if height > 4 {
                    let x = SIMD16(repeating: a4[q]); c40 = c40.addingProduct(x, b0); c41 = c41.addingProduct(x, b1)
                }
                if height > 5 {
                    let x = SIMD16(repeating: a5[q]); c50 = c50.addingProduct(x, b0); c51 = c51.addingProduct(x, b1)
                }
                left += ldb
                right += ldb
                q &+= cs
            }
            store16(c00, c, accumulate); store16(c01, c + 16, accumulate)
            if height > 1 { store16(c10, c + ldc, accumulate); store16(c11, c + ldc + 16, accumulate) }
            if height > 2 { store16(c20, c + 2 &* ldc, accumulate); store16(c21, c + 2 &* ldc + 16, accumulate) }
            if height > 3 { store16(c30, c + 3 &* ldc, accumulate); store16(c31, c + 3 &* ldc + 16, accumulate) }
            if height > 4 { store16(c40, c + 4 &* ldc, accumulate); store16(c41, c + 4 &* ldc + 16, accumulate) }
            if height > 5 { store16(c50, c + 5 &* ldc, accumulate); store16(c51, c + 5 &* ldc + 16, accumulate) }
        }
    #endif

    /// Sixteen floats from `p` (any alignment), as two halves the compiler joins into one load where it
    /// can (a 64-byte `loadUnaligned` stayed a call).
    @inline(__always)
    static func load16(_ p: UnsafePointer<Float>) -> SIMD16<Float> {
        SIMD16(lowHalf: load(p), highHalf: load(p + 8))
    }

    /// Stores sixteen floats at `p` (added to what is there when `accumulate`), as two halves.
    @inline(__always)
    private static func store16(_ v: SIMD16<Float>, _ p: UnsafeMutablePointer<Float>, _ accumulate: Bool) {
        let value = accumulate ? v + load16(p) : v
        UnsafeMutableRawPointer(p).storeBytes(of: value.lowHalf, as: SIMD8<Float>.self)
        UnsafeMutableRawPointer(p + 8).storeBytes(of: value.highHalf, as: SIMD8<Float>.self)
    }
}
