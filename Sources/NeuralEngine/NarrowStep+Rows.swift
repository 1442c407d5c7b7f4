/// The pieces `NarrowStep` is made of: gradients summed row by row in registers, the backward row loop,
/// the forward rows with their activation, and 8-lane helpers (an 8×8 transpose, partial loads and stores).
extension NarrowStep {
    /// A layer's gradient summed row after row in registers, each sum in the general passes' order: the
    /// bias gradient δ[0] + δ[1] + … (from −0, which adds nothing: −0 + x is x for every x, zeros too), and
    /// the weight row of each input, Σ_r x[r, i] · δ[r] by fused multiply-adds from +0.
    struct GradientSums {
        var bias = SIMD8<Float>(repeating: -0.0)
        var w0 = SIMD8<Float>(), w1 = SIMD8<Float>(), w2 = SIMD8<Float>(), w3 = SIMD8<Float>()
        var w4 = SIMD8<Float>(), w5 = SIMD8<Float>(), w6 = SIMD8<Float>(), w7 = SIMD8<Float>()

        /// Adds one row: `x` its `inputs` (≤ 8) inputs, `delta` its deltas.
        @inline(__always)
        mutating func add(_ x: UnsafePointer<Float>, inputs: Int, delta d: SIMD8<Float>) {
            bias += d
            w0.addProduct(SIMD8(repeating: x[0]), d)
            if inputs > 1 { w1.addProduct(SIMD8(repeating: x[1]), d) }
            if inputs > 2 { w2.addProduct(SIMD8(repeating: x[2]), d) }
            if inputs > 3 { w3.addProduct(SIMD8(repeating: x[3]), d) }
            if inputs > 4 { w4.addProduct(SIMD8(repeating: x[4]), d) }
            if inputs > 5 { w5.addProduct(SIMD8(repeating: x[5]), d) }
            if inputs > 6 { w6.addProduct(SIMD8(repeating: x[6]), d) }
            if inputs > 7 { w7.addProduct(SIMD8(repeating: x[7]), d) }
        }

        /// Writes the `inputs × outputs` weight gradient at `gw` and the bias gradient at `gb`.
        @inline(__always)
        func store(gw: UnsafeMutablePointer<Float>, gb: UnsafeMutablePointer<Float>, inputs: Int, outputs n: Int) {
            NarrowStep.store(w0, gw, count: n)
            if inputs > 1 { NarrowStep.store(w1, gw + n, count: n) }
            if inputs > 2 { NarrowStep.store(w2, gw + 2 &* n, count: n) }
            if inputs > 3 { NarrowStep.store(w3, gw + 3 &* n, count: n) }
            if inputs > 4 { NarrowStep.store(w4, gw + 4 &* n, count: n) }
            if inputs > 5 { NarrowStep.store(w5, gw + 5 &* n, count: n) }
            if inputs > 6 { NarrowStep.store(w6, gw + 6 &* n, count: n) }
            if inputs > 7 { NarrowStep.store(w7, gw + 7 &* n, count: n) }
            NarrowStep.store(bias, gb, count: n)
        }
    }

    /// The gradient of a layer above layer 0, its `N` inputs a constant.
    struct WeightGradient: StaticCountRunner {
        let x: UnsafePointer<Float>
        let delta: UnsafePointer<Float>
        let rows: Int
        let gw: UnsafeMutablePointer<Float>
        let gb: UnsafeMutablePointer<Float>
        let outputs: Int

        @inline(__always)
        func run<N: StaticCount>(_: N.Type) {
            var sums = GradientSums()
            for r in 0..<rows { sums.add(x + r &* 8, inputs: N.value, delta: GemmTiles.load(delta + r &* 8)) }
            sums.store(gw: gw, gb: gb, inputs: N.value, outputs: outputs)
        }
    }

    /// δ_below[r, ·] = f′ · Σ_j δ[r, j] · W[·, j]: the forward pass's row product with W's columns for
    /// weights, δ's rows for inputs and no bias, then the derivative.
    struct Backpropagation: RowProductRunner {
        let delta: UnsafePointer<Float>
        let below: UnsafeMutablePointer<Float>
        /// The activations of the layer below (its outputs, which its derivative reads).
        let activations: UnsafePointer<Float>
        let derivative: Activation
        let rows: Int
        /// When the layer below is layer 0: its gradient, summed here (its deltas are then not stored).
        let bottom: Bottom?

        @inline(__always)
        func run<P: RowProduct>(_ product: P) {
            guard let bottom else {
                for r in 0..<rows {
                    let a = GemmTiles.load(activations + r &* 8)
                    NarrowStep.store(derivative.timesSlope(product.product(delta + r &* 8), output: a), below + r &* 8)
                }
                return
            }
            var sums = GradientSums()
            let inputs = bottom.inputs
            for r in 0..<rows {
                let a = GemmTiles.load(activations + r &* 8)
                sums.add(
                    bottom.x + r &* inputs, inputs: inputs,
                    delta: derivative.timesSlope(product.product(delta + r &* 8), output: a))
            }
            sums.store(gw: bottom.gw, gb: bottom.gb, inputs: inputs, outputs: bottom.outputs)
        }
    }

    // MARK: - Lanes

    typealias Rows8 = (
        SIMD8<Float>, SIMD8<Float>, SIMD8<Float>, SIMD8<Float>, SIMD8<Float>, SIMD8<Float>, SIMD8<Float>, SIMD8<Float>
    )

    /// The transpose of 8 rows of 8 lanes (lane j of row i becomes lane i of row j): three rounds of
    /// splitting each pair of rows into its even and its odd lanes. Each round moves the element at flat
    /// index 8i + j one bit to the right, cyclically; three rounds swap the row bits with the lane bits.
    @inline(__always)
    static func transposed(_ m: Rows8) -> Rows8 {
        // Lane by lane, so that the compiler sees two-vector shuffles (`SIMD16.evenHalf` is a call).
        @inline(__always) func even(_ a: SIMD8<Float>, _ b: SIMD8<Float>) -> SIMD8<Float> {
            SIMD8(a[0], a[2], a[4], a[6], b[0], b[2], b[4], b[6])
        }
        @inline(__always) func odd(_ a: SIMD8<Float>, _ b: SIMD8<Float>) -> SIMD8<Float> {
            SIMD8(a[1], a[3], a[5], a[7], b[1], b[3], b[5], b[7])
        }
        @inline(__always) func round(_ r: Rows8) -> Rows8 {
            (
                even(r.0, r.1), even(r.2, r.3), even(r.4, r.5), even(r.6, r.7),
                odd(r.0, r.1), odd(r.2, r.3), odd(r.4, r.5), odd(r.6, r.7)
            )
        }
        return round(round(round(m)))
    }

    /// The first `count` (≤ 8) floats at `p` in lanes, the rest 0.
    @inline(__always)
    static func lanes(_ p: UnsafePointer<Float>, count: Int) -> SIMD8<Float> {
        if count == 8 { return GemmTiles.load(p) }
        var v = SIMD8<Float>()
        for i in 0..<count { v[i] = p[i] }
        return v
    }

    @inline(__always)
    static func store(_ v: SIMD8<Float>, _ p: UnsafeMutablePointer<Float>) {
        GemmTiles.store(v, p, accumulate: false)
    }

    /// The first `count` (≤ 8) lanes only: what follows may be another gradient already written.
    @inline(__always)
    static func store(_ v: SIMD8<Float>, _ p: UnsafeMutablePointer<Float>, count: Int) {
        if count == 8 { return GemmTiles.store(v, p, accumulate: false) }
        for i in 0..<count { p[i] = v[i] }
    }
}

extension Activation {
    /// g · f′ for tanh or sigmoid, from the outputs a = f(z): as `multiplyByDerivative` computes it, lane by lane.
    @inline(__always)
    func timesSlope(_ g: SIMD8<Float>, output a: SIMD8<Float>) -> SIMD8<Float> {
        self == .sigmoid ? g * (a * (1 - a)) : g * (1 - a * a)
    }
}

/// a = F(x·w + b) for rows of 8 units stored 8 floats apart, two rows at a time: their sums as one
/// 16-lane vector, F on it, then the next two. The divider, which bounds F, then runs beside the
/// multiply-adds of the rows around it instead of in a loop of its own (the same bits: F works lane by lane).
/// (Measured: a [2, 8, 8, 1] step at batch 500 13% faster; the decision grid, through `NarrowDense`, no faster.)
struct ActivatedRows<F: LaneFunction>: RowProductRunner {
    let x: UnsafePointer<Float>
    /// Floats from one row of x to the next.
    let stride: Int
    let a: UnsafeMutablePointer<Float>
    let count: Int

    @inline(__always)
    func run<P: RowProduct>(_ product: P) {
        var x = self.x, a = self.a, r = 0
        while r &+ 2 <= count {
            let pair = SIMD16(lowHalf: product.product(x), highHalf: product.product(x + stride))
            UnsafeMutableRawPointer(a).storeBytes(of: F.apply(pair), as: SIMD16<Float>.self)
            x += 2 &* stride
            a += 16
            r &+= 2
        }
        if r < count { GemmTiles.store(F.apply(product.product(x)), a, accumulate: false) }
    }
}
