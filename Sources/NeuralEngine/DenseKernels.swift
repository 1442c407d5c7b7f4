/// The three products of a dense layer, on raw row-major buffers: Z = X·W + b, dW = Xᵀ·dZ, dX = dZ·Wᵀ.
///
/// Weights are `inputs × outputs` row-major. Each product picks the kernel that measured fastest for its
/// sizes: `Gemm`'s register tiles, `PackedGemm` for large ones, `TransposedProduct` where rows of W (or a
/// single column) make dot products the natural order. Xᵀ and Wᵀ are read as strided views, copied into
/// `scratch`, or absorbed by packing. No allocation, no bounds checks.
enum DenseKernels {
    /// z[r, j] = b[j] + Σ_i x[r, i] · w[i, j]  for every row r.
    @inline(__always)
    static func forward(
        x: UnsafePointer<Float>, w: UnsafePointer<Float>, b: UnsafePointer<Float>, z: UnsafeMutablePointer<Float>,
        rows: Int, inputs: Int, outputs: Int, packing: UnsafeMutablePointer<Float>
    ) {
        if PackedGemm.pays(m: rows, n: outputs, k: inputs) {
            PackedGemm.multiply(
                m: rows, n: outputs, k: inputs, a: .rowMajor(x, rowStride: inputs), b: .rowMajor(w, rowStride: outputs),
                c: z, ldc: outputs, accumulate: false, bias: b, buffer: packing)
            return
        }
        if outputs == 1 && inputs >= 8 && rows >= transposedSingleOutputFromRows {
            // zᵀ = wᵀ·Xᵀ: eight rows' dot products at a time, one reduction for all eight, instead of one
            // reduction per row (a single-output layer's rows are each one short dot product). Small batches
            // measured 3% slower this way.
            z.update(repeating: b[0], count: rows)
            TransposedProduct.multiply(
                m: 1, n: rows, k: inputs, a: w, lda: inputs, b: x, ldb: inputs, c: z, ldc: rows,
                accumulate: true)
            return
        }
        Gemm.multiply(
            m: rows, n: outputs, k: inputs, a: x, lda: inputs, b: w, ldb: outputs, c: z, ldc: outputs,
            accumulate: false, bias: b)
    }

    /// Single-output layers of 8 or more inputs sum batches from this many rows up through `TransposedProduct`.
    static let transposedSingleOutputFromRows = 16

    /// Batches from this many rows up copy Xᵀ (or Wᵀ) first when the product is too small for `PackedGemm`:
    /// its rows then stream from cache instead of being read one float per cache line (small batches lose).
    static let transposeFromRows = 32

    /// Layers with this many outputs or more backpropagate small batches through `TransposedProduct` (dot
    /// products along W's rows) instead of transposing W: below it, the transpose is cheap and the dot
    /// products too short to pay for their reduction.
    static let dotProductsFromOutputs = 16

    /// gw[i, j] = Σ_r x[r, i] · dz[r, j] (Xᵀ·dZ);  gb[j] = Σ_r dz[r, j]. Overwrites (no zeroing needed
    /// first). `scratch` holds inputs × rows floats.
    @inline(__always)
    static func weightGradient(
        x: UnsafePointer<Float>, dz: UnsafePointer<Float>, gw: UnsafeMutablePointer<Float>,
        gb: UnsafeMutablePointer<Float>,
        rows: Int, inputs: Int, outputs: Int, scratch: UnsafeMutablePointer<Float>, packing: UnsafeMutablePointer<Float>
    ) {
        biasGradient(dz, rows: rows, outputs: outputs, into: gb)
        if PackedGemm.pays(m: inputs, n: outputs, k: rows) {
            PackedGemm.multiply(
                m: inputs, n: outputs, k: rows, a: .transposed(x, rowStride: inputs),
                b: .rowMajor(dz, rowStride: outputs),
                c: gw, ldc: outputs, accumulate: false, bias: nil, buffer: packing)
        } else if outputs == 1 {
            // gwᵀ = dzᵀ·X: one row of `inputs` sums, each step adding dz[r]·(row r of X). As Xᵀ·dz it would
            // be `inputs` separate dot products down the columns of X, one float at a time.
            Gemm.multiply(
                m: 1, n: inputs, k: rows, a: dz, lda: rows, b: x, ldb: inputs, c: gw, ldc: inputs,
                accumulate: false)
        } else if rows >= transposeFromRows {
            transpose(x, rows: rows, columns: inputs, into: scratch)
            Gemm.multiply(
                m: inputs, n: outputs, k: rows, a: scratch, lda: rows, b: dz, ldb: outputs,
                c: gw, ldc: outputs, accumulate: false)
        } else {
            Gemm.multiply(
                m: inputs, n: outputs, k: rows, a: x, lda: 1, aColumnStride: inputs, b: dz, ldb: outputs,
                c: gw, ldc: outputs, accumulate: false)
        }
    }

    /// gb[j] = Σ_r dz[r, j], summed down the rows in order (dz[0, j] + dz[1, j] + …) in registers: eight
    /// columns per `SIMD8`, the rest one by one. (Summed into gb in memory, every row waited for the
    /// previous row's store: a tenth of a [2, 8, 8, 1] step at batch 500.)
    @inline(__always)
    static func biasGradient(_ dz: UnsafePointer<Float>, rows: Int, outputs: Int, into gb: UnsafeMutablePointer<Float>)
    {
        var j = 0
        while j + 8 <= outputs {
            var sum = GemmTiles.load(dz + j), row = dz + j
            for _ in 1..<Swift.max(rows, 1) {
                row += outputs
                sum += GemmTiles.load(row)
            }
            GemmTiles.store(sum, gb + j, accumulate: false)
            j += 8
        }
        while j < outputs {
            var sum = dz[j], row = dz + j
            for _ in 1..<Swift.max(rows, 1) {
                row += outputs
                sum += row.pointee
            }
            gb[j] = sum
            j += 1
        }
    }

    /// A short copy without a call into memmove (rows here are a handful of floats).
    @inline(__always)
    static func copy(_ source: UnsafePointer<Float>, to target: UnsafeMutablePointer<Float>, count: Int) {
        for i in 0..<count { target[i] = source[i] }
    }

    /// dx[r, i] = Σ_j dz[r, j] · w[i, j]: the gradient flowing back to the layer's inputs. `scratch` holds
    /// `outputs × inputs` floats.
    /// Large products go through `PackedGemm`, which reads Wᵀ as a strided view; a single-output layer's Wᵀ is
    /// W's own memory. Small batches on layers of `dotProductsFromOutputs` or more outputs take dot products
    /// along rows of dZ and W (`TransposedProduct`: no transpose per step, which cost as much as the
    /// product on [2, 64, 64, 1] at batch 10); the rest — narrow layers, where the horizontal reductions
    /// do not pay, and large batches — transpose W and use `Gemm`.
    @inline(__always)
    static func backpropagate(
        dz: UnsafePointer<Float>, w: UnsafePointer<Float>, dx: UnsafeMutablePointer<Float>,
        rows: Int, inputs: Int, outputs: Int, scratch: UnsafeMutablePointer<Float>, packing: UnsafeMutablePointer<Float>
    ) {
        if PackedGemm.pays(m: rows, n: inputs, k: outputs) {
            PackedGemm.multiply(
                m: rows, n: inputs, k: outputs, a: .rowMajor(dz, rowStride: outputs),
                b: .transposed(w, rowStride: outputs),
                c: dx, ldc: inputs, accumulate: false, bias: nil, buffer: packing)
        } else if outputs == 1 {
            Gemm.multiply(
                m: rows, n: inputs, k: 1, a: dz, lda: 1, b: w, ldb: inputs, c: dx, ldc: inputs, accumulate: false)
        } else if outputs >= dotProductsFromOutputs && rows < transposeFromRows {
            TransposedProduct.multiply(
                m: rows, n: inputs, k: outputs, a: dz, lda: outputs, b: w, ldb: outputs,
                c: dx, ldc: inputs, accumulate: false)
        } else {
            transpose(w, rows: inputs, columns: outputs, into: scratch)
            Gemm.multiply(
                m: rows, n: inputs, k: outputs, a: dz, lda: outputs, b: scratch, ldb: inputs,
                c: dx, ldc: inputs, accumulate: false)
        }
    }

    /// t[c, r] = m[r, c]. Writes each row of t in order (strided loads are cheaper than strided stores),
    /// with wrapping index arithmetic: the sizes are the workspace's own, far below overflow.
    @inline(__always)
    static func transpose(_ m: UnsafePointer<Float>, rows: Int, columns: Int, into t: UnsafeMutablePointer<Float>) {
        for c in 0..<columns {
            let out = t + c &* rows
            var source = m + c
            for r in 0..<rows {
                out[r] = source.pointee
                source += columns
            }
        }
    }
}
