/// Forward and backward of one batch in one pass, for the networks playgrounds are made of: 1 to 8 inputs,
/// hidden layers of 2 to 8 tanh or sigmoid units, one output, no dropout.
///
/// Why it exists: for such a network the general passes (`Network.forward`, `Network.backward`) cost more
/// in set-up than in arithmetic. A [2, 8, 8, 1] step at batch 10 is about 300 fused multiply-adds and 20
/// vectors of tanh, spread over some fifteen kernel calls that each choose a path, set up register tiles
/// for 2 to 10 terms, transpose W and write unpadded rows. Here every hidden row is one `SIMD8<Float>` in
/// a buffer of 8-lane rows (`Workspace.laneActivations`, `laneDeltas`), the weights of a layer sit in
/// registers for the whole batch, and the weight gradient, the bias gradient and the delta of the layer
/// below come out of one walk over the rows, with the derivative applied on the way.
///
/// Every sum runs in the order the general passes use (they pick `NarrowDense` for the hidden layers'
/// forward pass and `Gemm`'s tiles for the rest, each summing its terms in turn from zero with fused
/// multiply-adds), so the gradient is bit for bit the same; `NarrowStepTests` checks this on every shape
/// it covers, and `train --json` runs give the same bytes either way. Layers of one unit are left to the
/// general passes: there `Gemm` sums some of the products eight lanes at a time.
enum NarrowStep {
    /// Floats after the lane rows (`Workspace.lanePadding`): a layer's padded weight rows and bias
    /// ((8 + 1) × 8) for the forward pass, 16 lanes each for the output's z and y, then the columns of W
    /// (8 × 8) of every hidden layer, for the deltas of the layer below.
    static func paddingFloats(hiddenLayers: Int) -> Int { columnsOffset + hiddenLayers * 64 }

    /// Where the output's z lanes start in the padding; its y lanes follow.
    private static let outputOffset = 9 * 8
    /// Where hidden layer 0's columns start in the padding.
    private static let columnsOffset = outputOffset + 2 * outputLanes

    /// Whether a network of `shape` can take this path (without dropout; see the type's summary).
    /// `packingCapacity` is the workspace's: the general forward pass must be taking `NarrowDense` too.
    static func applies(to shape: NetworkShape, packingCapacity: Int) -> Bool {
        let hidden = shape.hiddenWidths
        guard !hidden.isEmpty, shape.outputCount == 1, (1...8).contains(shape.inputCount),
            hidden.allSatisfy({ (2...8).contains($0) }),
            shape.hiddenActivations.allSatisfy({ $0 == .tanh || $0 == .sigmoid })
        else { return false }
        let inputs = [shape.inputCount] + hidden.dropLast()
        return zip(inputs, hidden).allSatisfy {
            NarrowDense.applies(inputs: $0, outputs: $1, paddingCapacity: packingCapacity)
        }
    }

    /// After `Examples.gather` put `rows` (≥ 1) examples into `workspace`: writes the gradient of their mean
    /// loss into `gradient` (every entry), as `Network.forward` then `Network.backward` would. The head's
    /// outputs and deltas land in the workspace's usual buffers, the hidden layers' in its lane rows.
    static func forwardAndBackward(
        _ network: inout Network, _ workspace: Workspace, rows: Int, into gradient: UnsafeMutablePointer<Float>
    ) {
        let layers = network.layers, head = network.shape.head
        network.parameters.withUnsafeBufferPointer { p in
            let base = p.baseAddress!
            // First, as they need only the weights: the out-of-order core copies them while the forward
            // pass waits on its activations.
            for index in 1..<(layers.count - 1) {
                storeColumns(of: layers[index], base, into: columns(workspace, layer: index))
            }
            for index in 0..<(layers.count - 1) {
                forward(layers[index], index: index, base, workspace, rows: rows)
            }
            backwardFromOutput(layers, head: head, base, workspace, rows: rows, into: gradient)
            for index in stride(from: layers.count - 2, through: 1, by: -1) {
                backward(layers, index: index, base, workspace, rows: rows, into: gradient)
            }
        }
    }

    // MARK: - Forward

    /// a = f(x·W + b) for hidden layer `index`, into its lane rows.
    @inline(__always)
    private static func forward(
        _ layer: LayerLayout, index: Int, _ base: UnsafePointer<Float>, _ workspace: Workspace, rows: Int
    ) {
        let a = workspace.laneActivations(index)
        let x = index == 0 ? UnsafePointer(workspace.inputs) : UnsafePointer(workspace.laneActivations(index - 1))
        let (weights, bias) = NarrowDense.registerWeights(
            w: base + layer.weightOffset, b: base + layer.biasOffset, inputs: layer.inputCount,
            outputs: layer.outputCount, padding: workspace.lanePadding)
        let stride = index == 0 ? layer.inputCount : 8
        if layer.activation == .sigmoid {
            NarrowDense.run(
                ActivatedRows<SigmoidLanes>(x: x, stride: stride, a: a, count: rows), inputs: layer.inputCount,
                weights: weights, bias: bias)
        } else {
            NarrowDense.run(
                ActivatedRows<TanhLanes>(x: x, stride: stride, a: a, count: rows), inputs: layer.inputCount,
                weights: weights, bias: bias)
        }
    }

    // MARK: - Output layer

    /// The output layer: its forward pass, the head, its gradient and the delta of the last hidden layer.
    @inline(__always)
    private static func backwardFromOutput(
        _ layers: [LayerLayout], head: OutputHead, _ base: UnsafePointer<Float>, _ workspace: Workspace, rows: Int,
        into gradient: UnsafeMutablePointer<Float>
    ) {
        let output = layers[layers.count - 1], below = layers.count - 2
        let k = output.inputCount
        let x = UnsafePointer(workspace.laneActivations(below))
        let w = base + output.weightOffset, b = base + output.biasOffset
        let dz = workspace.deltas[layers.count - 1]
        // Below `outputLanes` rows, z and then y in one 16-lane vector: the head's function runs once, not on
        // 8 lanes and then lane by lane (lanes past `rows` hold earlier values: finite, and never read).
        let small = rows < outputLanes
        let z = small ? workspace.lanePadding + outputOffset : workspace.outputPreActivations
        let y = small ? z + outputLanes : workspace.outputs
        if k != 8 {
            for r in 0..<rows { z[r] = outputSum(x + r &* 8, w: w, b: b[0], count: k) }
        } else if small {
            outputSums(x, w: w, b: b[0], rows: rows, into: z, products: workspace.laneDeltas(below))
        } else {
            // 8-lane rows are the unpadded layout: the general kernel itself, whichever path it takes.
            DenseKernels.forward(x: x, w: w, b: b, z: z, rows: rows, inputs: 8, outputs: 1, packing: workspace.packing)
        }
        head.activate(rows: small ? 1 : rows, z, into: y, width: small ? outputLanes : 1)
        head.delta(a: y, t: workspace.targets, into: dz, count: rows, scale: 1 / Float(rows))
        let weights = lanes(w, count: k), derivative = layers[below].activation!
        let delta = workspace.laneDeltas(below)
        // The output's gradient: bias dz[0] + dz[1] + … (from −0, see `GradientSums`), weights Σ dz·a.
        var gb: Float = -0.0, gw = SIMD8<Float>()
        @inline(__always) func row(_ r: Int) -> SIMD8<Float> {
            gb += dz[r]
            let d = SIMD8(repeating: dz[r]), a = GemmTiles.load(x + r &* 8)
            gw.addProduct(d, a)
            return derivative.timesSlope(SIMD8().addingProduct(d, weights), output: a)
        }
        if below == 0 {
            let bottom = bottom(layers[0], workspace, into: gradient)
            var sums = GradientSums()
            for r in 0..<rows { sums.add(bottom.x + r &* bottom.inputs, inputs: bottom.inputs, delta: row(r)) }
            sums.store(gw: bottom.gw, gb: bottom.gb, inputs: bottom.inputs, outputs: bottom.outputs)
        } else {
            for r in 0..<rows { store(row(r), delta + r &* 8) }
        }
        gradient[output.biasOffset] = gb
        store(gw, gradient + output.weightOffset, count: k)
    }

    /// Batches of fewer rows run the head's function on one 16-lane vector (and sum as `Gemm` does:
    /// `DenseKernels` takes `TransposedProduct` from there on).
    private static let outputLanes = DenseKernels.transposedSingleOutputFromRows

    /// b + x·w for one row of fewer than 8 terms, as `Gemm`'s single-column dot product sums it: in turn
    /// from zero, then the bias.
    @inline(__always)
    private static func outputSum(_ x: UnsafePointer<Float>, w: UnsafePointer<Float>, b: Float, count: Int) -> Float {
        var sum: Float = 0
        for i in 0..<count { sum = sum.addingProduct(x[i], w[i]) }
        return b + sum
    }

    /// b + x·w of 8 terms for every row (fewer than `outputLanes`) into `z`, as `Gemm`'s dot product sums
    /// them: eight lanes of products, their `sum()`, then the bias. All rows' products first, stored in
    /// `products` (rows × 8 floats), then each row's lanes added in turn from memory. (Summed in registers, the lanes
    /// had to be shuffled apart, or transposed: a hundred shuffles a step on the one port that does them.)
    @inline(__always)
    private static func outputSums(
        _ x: UnsafePointer<Float>, w: UnsafePointer<Float>, b: Float, rows: Int, into z: UnsafeMutablePointer<Float>,
        products: UnsafeMutablePointer<Float>
    ) {
        let weights = GemmTiles.load(w)
        for r in 0..<rows { store(SIMD8().addingProduct(GemmTiles.load(x + r &* 8), weights), products + r &* 8) }
        for r in 0..<rows {
            let p = products + r &* 8
            // `SIMD8.sum()`: lane 0 + lane 1, then each further lane in turn.
            z[r] = b + (p[0] + p[1] + p[2] + p[3] + p[4] + p[5] + p[6] + p[7])
        }
    }

    // MARK: - Hidden layers

    /// Hidden layer `index` (≥ 1): its weight and bias gradients from its deltas, and the deltas of the
    /// layer below; for layer 1, also layer 0's gradients, summed as its deltas come out (see `bottom`).
    @inline(__always)
    private static func backward(
        _ layers: [LayerLayout], index: Int, _ base: UnsafePointer<Float>, _ workspace: Workspace, rows: Int,
        into gradient: UnsafeMutablePointer<Float>
    ) {
        let layer = layers[index], outputs = layer.outputCount
        let delta = UnsafePointer(workspace.laneDeltas(index))
        let x = UnsafePointer(workspace.laneActivations(index - 1))
        let weightGradient = WeightGradient(
            x: x, delta: delta, rows: rows, gw: gradient + layer.weightOffset, gb: gradient + layer.biasOffset,
            outputs: outputs)
        _ = StaticCounts.run(layer.inputCount, weightGradient)
        let backpropagation = Backpropagation(
            delta: delta, below: workspace.laneDeltas(index - 1), activations: x,
            derivative: layers[index - 1].activation!, rows: rows,
            bottom: index == 1 ? bottom(layers[0], workspace, into: gradient) : nil)
        NarrowDense.run(backpropagation, inputs: outputs, weights: columns(workspace, layer: index), bias: SIMD8())
    }

    /// Layer 0's gradient is summed in the loop that makes its deltas (layer 1's, or the output's): alone,
    /// its few sums (2 weight rows for 2 inputs) would each wait on the last, row after row.
    @inline(__always)
    private static func bottom(_ layer: LayerLayout, _ workspace: Workspace, into gradient: UnsafeMutablePointer<Float>)
        -> Bottom
    {
        Bottom(
            x: workspace.inputs, inputs: layer.inputCount, outputs: layer.outputCount,
            gw: gradient + layer.weightOffset, gb: gradient + layer.biasOffset)
    }

    /// Where layer 0's gradient comes from and goes.
    struct Bottom {
        let x: UnsafePointer<Float>
        let inputs: Int
        let outputs: Int
        let gw: UnsafeMutablePointer<Float>
        let gb: UnsafeMutablePointer<Float>
    }

    // MARK: - W's columns

    /// Where hidden layer `layer`'s columns of W are kept during a step.
    @inline(__always)
    private static func columns(_ workspace: Workspace, layer: Int) -> UnsafeMutablePointer<Float> {
        workspace.lanePadding + columnsOffset + layer &* 64
    }

    /// W's columns as 8-lane rows: row j holds the weights from every input to unit j (0 past the inputs).
    @inline(__always)
    private static func storeColumns(
        of layer: LayerLayout, _ base: UnsafePointer<Float>, into columns: UnsafeMutablePointer<Float>
    ) {
        let w = base + layer.weightOffset, inputs = layer.inputCount, outputs = layer.outputCount
        @inline(__always) func row(_ i: Int) -> SIMD8<Float> {
            i < inputs ? lanes(w + i &* outputs, count: outputs) : SIMD8()
        }
        let t = transposed((row(0), row(1), row(2), row(3), row(4), row(5), row(6), row(7)))
        // All eight (those past the units are 0): there is room, and no count to test.
        store(t.0, columns); store(t.1, columns + 8); store(t.2, columns + 16); store(t.3, columns + 24)
        store(t.4, columns + 32); store(t.5, columns + 40); store(t.6, columns + 48); store(t.7, columns + 56)
    }
}
