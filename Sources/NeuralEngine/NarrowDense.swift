/// The forward pass of a hidden layer of at most 8 units: z = x·W + b, then the activation.
///
/// Why it exists: playground layers are narrow (TensorFlow Playground allows 8 neurons), and for them the
/// general path pays for generality. `Gemm` sets up a register tile per 8 rows for products of only 2 to 8
/// terms and falls back to one dot product per value when the layer has fewer than 8 units. Here a row of
/// the layer is one `SIMD8<Float>`: the weight rows sit in registers for the whole batch (up to 8 inputs),
/// and each row is `inputs` broadcasts and fused multiply-adds, with no per-tile set-up.
///
/// For tanh and sigmoid, whose derivatives need only the output, z is not kept: the sums go straight into
/// a and the activation runs over them in place, with its constants in registers. (Applying it to each row
/// as it is summed measured slower: with the weights and eight rows in flight there are not registers
/// enough, and the compiler reloads the constants for every row.)
///
/// The sums run in `Gemm`'s order (bias first, then the inputs in turn, fused multiply-adds), so for 8 units
/// z is bit for bit what the general path computes, and so is a (`FastMath` is one generic definition for
/// floats and vectors). Checked against a double-precision reference in `NarrowDenseTests`, and by the
/// gradient checks, whose small networks take this path.
enum NarrowDense {
    /// Layers of up to this many units take this path.
    static let maxOutputs = 8

    /// Whether a layer of `inputs` → `outputs` units takes this path: at most 8 units, and padded weights
    /// (inputs + 1 rows of 8) that fit `padding` of `paddingCapacity` floats.
    @inline(__always)
    static func applies(inputs: Int, outputs: Int, paddingCapacity: Int) -> Bool {
        outputs <= maxOutputs && inputs >= 1 && (inputs + 1) * 8 <= paddingCapacity
    }

    /// a = f(x·w + b) for `rows` rows of `inputs` values; z = x·w + b too, unless f is tanh or sigmoid
    /// (their derivatives read a alone, see `Activation.multiplyByDerivative`). Weights `inputs × outputs`
    /// row-major. `padding` holds (inputs + 1) × 8 floats, used when `outputs` < 8.
    static func forward(
        x: UnsafePointer<Float>, w: UnsafePointer<Float>, b: UnsafePointer<Float>,
        z: UnsafeMutablePointer<Float>, a: UnsafeMutablePointer<Float>,
        rows: Int, inputs: Int, outputs: Int, activation: Activation, padding: UnsafeMutablePointer<Float>
    ) {
        let count = rows &* outputs
        switch activation {
        case .tanh:
            multiply(x: x, w: w, b: b, into: a, rows: rows, inputs: inputs, outputs: outputs, padding: padding)
            LaneLoop<TanhLanes>.apply(a, count: count)
        case .sigmoid:
            multiply(x: x, w: w, b: b, into: a, rows: rows, inputs: inputs, outputs: outputs, padding: padding)
            LaneLoop<SigmoidLanes>.apply(a, count: count)
        case .relu, .leakyRelu, .linear, .step, .sine:
            multiply(x: x, w: w, b: b, into: z, rows: rows, inputs: inputs, outputs: outputs, padding: padding)
            activation.apply(z, into: a, count: count)
        }
    }

    /// c = x·w + b, `rows × outputs` row-major.
    static func multiply(
        x: UnsafePointer<Float>, w: UnsafePointer<Float>, b: UnsafePointer<Float>, into c: UnsafeMutablePointer<Float>,
        rows: Int, inputs: Int, outputs: Int, padding: UnsafeMutablePointer<Float>
    ) {
        guard rows > 0 else { return }
        let (weights, bias) = registerWeights(w: w, b: b, inputs: inputs, outputs: outputs, padding: padding)
        run(
            Rows(x: x, c: c, count: rows, inputs: inputs, outputs: outputs), inputs: inputs, weights: weights,
            bias: bias)
    }

    /// The weights as rows of 8 lanes, and the bias: W itself for 8 units, else a zero-padded copy in
    /// `padding` ((inputs + 1) × 8 floats).
    @inline(__always)
    static func registerWeights(
        w: UnsafePointer<Float>, b: UnsafePointer<Float>, inputs: Int, outputs: Int,
        padding: UnsafeMutablePointer<Float>
    ) -> (UnsafePointer<Float>, SIMD8<Float>) {
        if outputs == 8 { return (w, GemmTiles.load(b)) }
        for i in 0...inputs {
            let source = i < inputs ? w + i &* outputs : b
            for j in 0..<8 { padding[i &* 8 &+ j] = j < outputs ? source[j] : 0 }
        }
        return (UnsafePointer(padding), GemmTiles.load(padding + inputs &* 8))
    }

    /// Hands `runner` the row product for `inputs` inputs, specialised per count up to 8.
    @inline(__always)
    static func run<R: RowProductRunner>(_ runner: R, inputs: Int, weights: UnsafePointer<Float>, bias: SIMD8<Float>) {
        let specialised = StaticCounts.run(inputs, WeightRowsRunner(runner: runner, weights: weights, bias: bias))
        if !specialised { runner.run(StreamedWeightRows(weights: weights, bias: bias, inputs: inputs)) }
    }

    /// `WeightRows` for the count given, handed on to `runner`.
    private struct WeightRowsRunner<R: RowProductRunner>: StaticCountRunner {
        let runner: R
        let weights: UnsafePointer<Float>
        let bias: SIMD8<Float>

        @inline(__always)
        func run<N: StaticCount>(_: N.Type) { runner.run(WeightRows<N>(weights, bias)) }
    }

    /// The rows of one product: where they come from and go.
    ///
    /// A layer of fewer than 8 units is stored 8 lanes a row all the same: the extra lanes land where the
    /// next rows go and those rows overwrite them. Only the last rows cannot be stored so (nothing may be
    /// written past the buffer); they go lane by lane.
    private struct Rows: RowProductRunner {
        let x: UnsafePointer<Float>
        let c: UnsafeMutablePointer<Float>
        let count: Int
        let inputs: Int
        let outputs: Int

        /// Rows stored as 8 whole lanes: those whose 8 lanes end inside the buffer.
        var fullRows: Int { Swift.max(0, count - (8 + outputs - 1) / outputs + 1) }

        /// Each row's sum from `weights`, specialised per kind of `P` (a type, not a closure, so it inlines).
        func run<P: RowProduct>(_ weights: P) {
            var x = self.x, c = self.c
            for _ in 0..<fullRows {
                GemmTiles.store(weights.product(x), c, accumulate: false)
                x += inputs
                c += outputs
            }
            for _ in fullRows..<count {
                storeLast(weights.product(x), c)
                x += inputs
                c += outputs
            }
        }

        /// The first `outputs` lanes only.
        @inline(never)
        func storeLast(_ sum: SIMD8<Float>, _ c: UnsafeMutablePointer<Float>) {
            for j in 0..<outputs { c[j] = sum[j] }
        }
    }
}

/// How a row's sum bias + Σ x[i]·w_i is made, summing in order as `Gemm` does.
protocol RowProduct {
    func product(_ x: UnsafePointer<Float>) -> SIMD8<Float>
}

/// What consumes a layer's row products (a type with a generic method, so each product inlines into it).
protocol RowProductRunner {
    func run<P: RowProduct>(_ product: P)
}

/// Up to 8 rows of weights (8 lanes each) and the bias, held in registers. `N` makes the input count a
/// constant in each copy (an `Int` was not, once the compiler declined to inline eight copies), so the
/// `if inputs > i` tests vanish.
struct WeightRows<N: StaticCount>: RowProduct {
    let w0, w1, w2, w3, w4, w5, w6, w7: SIMD8<Float>
    let bias: SIMD8<Float>

    @inline(__always)
    init(_ weights: UnsafePointer<Float>, _ bias: SIMD8<Float>) {
        let inputs = N.value
        w0 = GemmTiles.load(weights)
        w1 = inputs > 1 ? GemmTiles.load(weights + 8) : SIMD8()
        w2 = inputs > 2 ? GemmTiles.load(weights + 16) : SIMD8()
        w3 = inputs > 3 ? GemmTiles.load(weights + 24) : SIMD8()
        w4 = inputs > 4 ? GemmTiles.load(weights + 32) : SIMD8()
        w5 = inputs > 5 ? GemmTiles.load(weights + 40) : SIMD8()
        w6 = inputs > 6 ? GemmTiles.load(weights + 48) : SIMD8()
        w7 = inputs > 7 ? GemmTiles.load(weights + 56) : SIMD8()
        self.bias = bias
    }

    @inline(__always)
    func product(_ x: UnsafePointer<Float>) -> SIMD8<Float> {
        let inputs = N.value
        var sum = bias
        sum.addProduct(SIMD8(repeating: x[0]), w0)
        if inputs > 1 { sum.addProduct(SIMD8(repeating: x[1]), w1) }
        if inputs > 2 { sum.addProduct(SIMD8(repeating: x[2]), w2) }
        if inputs > 3 { sum.addProduct(SIMD8(repeating: x[3]), w3) }
        if inputs > 4 { sum.addProduct(SIMD8(repeating: x[4]), w4) }
        if inputs > 5 { sum.addProduct(SIMD8(repeating: x[5]), w5) }
        if inputs > 6 { sum.addProduct(SIMD8(repeating: x[6]), w6) }
        if inputs > 7 { sum.addProduct(SIMD8(repeating: x[7]), w7) }
        return sum
    }
}

/// More than 8 inputs: the weight rows stream from cache for each row.
struct StreamedWeightRows: RowProduct {
    let weights: UnsafePointer<Float>
    let bias: SIMD8<Float>
    let inputs: Int

    @inline(__always)
    func product(_ x: UnsafePointer<Float>) -> SIMD8<Float> {
        var sum = bias, row = weights
        for i in 0..<inputs {
            sum.addProduct(SIMD8(repeating: x[i]), GemmTiles.load(row))
            row += 8
        }
        return sum
    }
}
