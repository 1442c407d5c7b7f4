/// The sharpness of the training loss: λmax, the largest eigenvalue of its Hessian, by power iteration on
/// Hessian-vector products, each the central difference of two full-batch gradients at w ± εv (as
/// PyHessian does, without second-order code). Optionally of the preconditioned Hessian D·H·D for a
/// diagonal D (Adam's 1/√(v̂ + ε), whose eigenvalues are those of P⁻¹H).
public enum Sharpness {
    /// The step along the unit vector v for the central difference: small enough for the third derivative's
    /// error (∝ ε²) to vanish, large enough for float32 gradients to differ by more than their round-off.
    public static let differenceStep: Float = 1e-3

    /// λmax of the Hessian (or of D·H·D with `scale` = D) of the mean loss of `network` on `examples`, after
    /// `iterations` products from `start` (the last measurement's vector, so a few suffice; random if
    /// `nil` or of another length). Returns the eigenvalue and its unit vector. When the dominant
    /// eigenvalue is negative (a saddle), a second iteration on H − λI finds the largest positive one.
    public static func largestEigenvalue(
        of network: Network, on examples: Examples, evaluator: Evaluator, scale: [Float]? = nil,
        start: [Float]? = nil, iterations: Int = 20, rng: inout SplitMix64
    ) -> (value: Double, vector: [Float]) {
        let n = network.parameters.count
        var v = start?.count == n ? start! : (0..<n).map { _ in rng.nextUnitFloat() - 0.5 }
        normalize(&v)
        func product(_ u: [Float]) -> [Float] {
            hessianProduct(network: network, examples: examples, evaluator: evaluator, vector: u, scale: scale)
        }
        var (value, vector) = iterate(from: v, iterations: iterations, product: product)
        if value < 0 {
            let shift = value
            let shifted = iterate(from: vector, iterations: iterations) { u in
                zip(product(u), u).map { $0 - Float(shift) * $1 }
            }
            (value, vector) = (shifted.value + shift, shifted.vector)
        }
        return (value, vector)
    }

    /// Power iteration: the Rayleigh quotient vᵀAv of the last unit vector and the vector.
    private static func iterate(from start: [Float], iterations: Int, product: ([Float]) -> [Float]) -> (
        value: Double, vector: [Float]
    ) {
        var v = start, value = 0.0
        for _ in 0..<Swift.max(1, iterations) {
            let av = product(v)
            value = zip(v, av).reduce(0) { $0 + Double($1.0) * Double($1.1) }
            var next = av
            guard normalize(&next) else { break }
            v = next
        }
        return (value, v)
    }

    /// D·H·D·u (H·u without `scale`) from the gradients at w ± ε·D·u.
    static func hessianProduct(
        network: Network, examples: Examples, evaluator: Evaluator, vector u: [Float], scale: [Float]?
    ) -> [Float] {
        let direction = scale.map { zip($0, u).map { $0 * $1 } } ?? u
        let eps = differenceStep
        var plus = network, minus = network
        for i in direction.indices {
            plus.parameters[i] += eps * direction[i]
            minus.parameters[i] -= eps * direction[i]
        }
        let gPlus = evaluator.gradient(of: plus, on: examples), gMinus = evaluator.gradient(of: minus, on: examples)
        var hv = zip(gPlus, gMinus).map { ($0 - $1) / (2 * eps) }
        if let scale { for i in hv.indices { hv[i] *= scale[i] } }
        return hv
    }

    /// Scales `v` to unit length; `false` (and leaves it) when it is zero or not finite.
    @discardableResult
    static func normalize(_ v: inout [Float]) -> Bool {
        let norm = v.reduce(0) { $0 + Double($1) * Double($1) }.squareRoot()
        guard norm > 0, norm.isFinite else { return false }
        let inverse = Float(1 / norm)
        for i in v.indices { v[i] *= inverse }
        return true
    }
}
