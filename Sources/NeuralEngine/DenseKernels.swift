/// The three loops of a dense layer, on raw row-major buffers.
///
/// Weights are `inputs × outputs` row-major, so every innermost loop runs over contiguous neurons; the
/// compiler vectorises those loops (8 neurons = one AVX2 register). No bounds checks, no allocation.
enum DenseKernels {
    /// z[r, j] = b[j] + Σ_i x[r, i] · w[i, j]  for every row r.
    @inline(__always)
    static func forward(
        x: UnsafePointer<Float>, w: UnsafePointer<Float>, b: UnsafePointer<Float>, z: UnsafeMutablePointer<Float>,
        rows: Int, inputs: Int, outputs: Int
    ) {
        for r in 0..<rows {
            let zr = z + r * outputs, xr = x + r * inputs
            zr.update(from: b, count: outputs)
            for i in 0..<inputs {
                let xi = xr[i], wi = w + i * outputs
                for j in 0..<outputs { zr[j] += xi * wi[j] }
            }
        }
    }

    /// gw[i, j] += Σ_r x[r, i] · dz[r, j];  gb[j] += Σ_r dz[r, j].
    @inline(__always)
    static func accumulateGradient(
        x: UnsafePointer<Float>, dz: UnsafePointer<Float>, gw: UnsafeMutablePointer<Float>, gb: UnsafeMutablePointer<Float>,
        rows: Int, inputs: Int, outputs: Int
    ) {
        for r in 0..<rows {
            let dzr = dz + r * outputs, xr = x + r * inputs
            for j in 0..<outputs { gb[j] += dzr[j] }
            for i in 0..<inputs {
                let xi = xr[i], gwi = gw + i * outputs
                for j in 0..<outputs { gwi[j] += xi * dzr[j] }
            }
        }
    }

    /// dx[r, i] = Σ_j dz[r, j] · w[i, j]: the gradient flowing back to the layer's inputs.
    @inline(__always)
    static func backpropagate(
        dz: UnsafePointer<Float>, w: UnsafePointer<Float>, dx: UnsafeMutablePointer<Float>,
        rows: Int, inputs: Int, outputs: Int
    ) {
        for r in 0..<rows {
            let dzr = dz + r * outputs, dxr = dx + r * inputs
            for i in 0..<inputs {
                let wi = w + i * outputs
                var sum: Float = 0
                for j in 0..<outputs { sum += dzr[j] * wi[j] }
                dxr[i] = sum
            }
        }
    }
}
