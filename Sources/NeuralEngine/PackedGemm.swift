/// C (+)= A·B for the large products of wide layers and big batches: B is first copied into strips of 16
/// columns (as in the Goto/BLIS scheme), then `GemmTiles.wide` runs over them.
///
/// Why it exists: read in place, a 16-column strip of B with many rows does not stay in L1 (each row spans
/// two cache lines unless it happens to be 64-byte aligned), and a transposed B (Wᵀ) is read one float per
/// cache line. Copied, each strip is `depthBlock` × 16 contiguous aligned floats that stay in L1 while all
/// of A's rows pass over it, and the copy absorbs the transpose. A is read in place: its tiles read six
/// rows side by side, which the prefetcher follows; packing A as well measured 7% slower on
/// [2, 256, 256, 1] at batch 500, whose products this path made 16% faster in all.
/// Checked in `GemmTests` and by the gradient checks on wide layers.
enum PackedGemm {
    /// B rows per block: a 16-column strip is then 16 KB, half of L1.
    static let depthBlock = 256
    /// A rows per block: 96 × 256 floats (96 KB) of A stay in L2 while the strips of B pass over them.
    static let rowBlock = 96
    /// The tallest tile.
    static let panelRows = 6

    /// Floats of packing room a product needs with at most `columns` columns in C.
    static func bufferSize(columns: Int) -> Int {
        depthBlock * roundedUp(columns) + 16
    }

    /// Whether a product is large enough for the copy to pay. Below 128 rows of B a strip fits L1 in place
    /// (measured: [2, 64, 64, 1] grids lose 4% when packed).
    static func pays(m: Int, n: Int, k: Int) -> Bool { m >= 32 && n >= 32 && k >= 128 }

    /// C[m×n] = A·B (+ C when `accumulate`; starting from `bias` per row when given, like `Gemm`).
    /// `buffer` holds `bufferSize(columns: n)` floats.
    static func multiply(
        m: Int, n: Int, k: Int, a: StridedMatrix, b: StridedMatrix,
        c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool, bias: UnsafePointer<Float>?,
        buffer: UnsafeMutablePointer<Float>
    ) {
        guard m > 0, n > 0, k > 0 else {
            Gemm.multiply(
                m: m, n: n, k: 0, a: a.base, lda: 1, b: b.base, ldb: 1, c: c, ldc: ldc,
                accumulate: accumulate, bias: bias)
            return
        }
        // Strips start on a cache line.
        let packedB = buffer + (16 - (Int(bitPattern: buffer) / 4) % 16) % 16
        let strips = roundedUp(n) / 16
        var depth = 0
        while depth < k {
            let kb = Swift.min(depthBlock, k - depth)
            let first = depth == 0
            packB(b.moved(row: depth, column: 0), rows: kb, columns: n, into: packedB)
            var top = 0
            while top < m {
                let mb = Swift.min(rowBlock, m - top)
                let blockA = a.moved(row: top, column: depth)
                var strip = 0
                while strip < strips {
                    let j = strip * 16, width = Swift.min(16, n - j)
                    #if AVX512
                        // Two whole strips side by side: twelve 512-bit accumulators, as many as keep both fused
                        // multiply-add units busy.
                        let pair = j + 32 <= n
                    #else
                        let pair = false
                    #endif
                    let (s0, s1) = first ? startVectors(bias, from: j, width: width) : (.zero, .zero)
                    let (s2, s3) = first && pair ? startVectors(bias, from: j + 16, width: 16) : (.zero, .zero)
                    let stripB = packedB + strip * kb * 16
                    var row = 0
                    while row < mb {
                        let height = Swift.min(panelRows, mb - row)
                        let panel = GemmTiles.Panel(
                            a: blockA.base + row * blockA.rowStride, lda: blockA.rowStride,
                            columnStride: blockA.columnStride, k: kb, b: stripB, ldb: 16)
                        let target = c + (top + row) * ldc + j
                        let add = accumulate || !first
                        if pair {
                            #if AVX512
                                GemmTiles.wide32(
                                    height: height, panel, secondStrip: stripB + kb * 16, target, ldc, add,
                                    SIMD16(lowHalf: s0, highHalf: s1), SIMD16(lowHalf: s2, highHalf: s3))
                            #endif
                        } else if width == 16 {
                            GemmTiles.wide(height: height, panel, target, ldc, add, s0, s1)
                        } else {
                            partialStrip(height: height, width: width, panel, target, ldc, add, s0, s1)
                        }
                        row += height
                    }
                    strip += pair ? 2 : 1
                }
                top += mb
            }
            depth += kb
        }
    }

    /// A strip narrower than 16 columns: the tile writes into a 6 × 16 block on the stack, and only the
    /// `width` real columns are copied (or added) to C.
    private static func partialStrip(
        height: Int, width: Int, _ panel: GemmTiles.Panel, _ c: UnsafeMutablePointer<Float>, _ ldc: Int,
        _ accumulate: Bool, _ s0: SIMD8<Float>, _ s1: SIMD8<Float>
    ) {
        withUnsafeTemporaryAllocation(of: Float.self, capacity: panelRows * 16) { block in
            let tile = block.baseAddress!
            GemmTiles.wide(height: height, panel, tile, 16, false, s0, s1)
            for r in 0..<height {
                let source = tile + r * 16, target = c + r * ldc
                for j in 0..<width { target[j] = accumulate ? target[j] + source[j] : source[j] }
            }
        }
    }

    /// Copies `rows` × `columns` of B into strips of 16 columns, each stored row by row (16 floats per
    /// row); the last strip is padded with zeros.
    private static func packB(_ b: StridedMatrix, rows: Int, columns: Int, into packed: UnsafeMutablePointer<Float>) {
        let strips = roundedUp(columns) / 16
        for strip in 0..<strips {
            let j0 = strip * 16, width = Swift.min(16, columns - j0)
            let out = packed + strip * rows * 16
            if width == 16 && b.columnStride == 1 {
                // Rows of B are contiguous: each strip row is two vector copies (the element loop below
                // reads them a column at a time, 9% of a [2, 256, 256, 1] step at batch 500).
                var source = b.base + j0, target = out
                for _ in 0..<rows {
                    GemmTiles.store(GemmTiles.load(source), target, accumulate: false)
                    GemmTiles.store(GemmTiles.load(source + 8), target + 8, accumulate: false)
                    source += b.rowStride
                    target += 16
                }
                continue
            }
            for jj in 0..<16 {
                var target = out + jj
                if jj >= width {
                    for _ in 0..<rows { target.pointee = 0; target += 16 }
                    continue
                }
                var source = b.base + (j0 + jj) * b.columnStride
                for _ in 0..<rows {
                    target.pointee = source.pointee
                    source += b.rowStride
                    target += 16
                }
            }
        }
    }

    /// The bias for columns j ..< j + `width` (zeros past them), or zeros without a bias.
    @inline(__always)
    private static func startVectors(_ bias: UnsafePointer<Float>?, from j: Int, width: Int) -> (
        SIMD8<Float>, SIMD8<Float>
    ) {
        guard let bias else { return (.zero, .zero) }
        if width == 16 { return (GemmTiles.load(bias + j), GemmTiles.load(bias + j + 8)) }
        var low = SIMD8<Float>(), high = SIMD8<Float>()
        for jj in 0..<width {
            if jj < 8 { low[jj] = bias[j + jj] } else { high[jj - 8] = bias[j + jj] }
        }
        return (low, high)
    }

    private static func roundedUp(_ columns: Int) -> Int { (columns + 15) / 16 * 16 }
}

/// A read-only matrix in memory: element (i, j) at `base + i · rowStride + j · columnStride`. A row-major
/// matrix has `columnStride` 1; its transpose is the same memory with the strides swapped.
struct StridedMatrix {
    var base: UnsafePointer<Float>
    var rowStride: Int
    var columnStride: Int

    /// Row-major with rows `rowStride` apart.
    static func rowMajor(_ base: UnsafePointer<Float>, rowStride: Int) -> StridedMatrix {
        StridedMatrix(base: base, rowStride: rowStride, columnStride: 1)
    }

    /// The transpose of a row-major matrix whose rows are `rowStride` apart.
    static func transposed(_ base: UnsafePointer<Float>, rowStride: Int) -> StridedMatrix {
        StridedMatrix(base: base, rowStride: 1, columnStride: rowStride)
    }

    @inline(__always)
    func moved(row: Int, column: Int) -> StridedMatrix {
        StridedMatrix(
            base: base + row * rowStride + column * columnStride, rowStride: rowStride, columnStride: columnStride)
    }
}
