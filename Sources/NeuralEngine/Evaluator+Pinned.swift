/// Units pinned where their slope is 0: what makes a network "saturated" rather than merely slow.
extension Evaluator {
    /// The share of points on which a ReLU unit must be 0 to count as pinned (dead).
    public static let deadShare = 0.99

    /// Per layer (the first hidden layer first, the output layer last): the share, 0 ... 1, of its units that
    /// are pinned — on at least `pointShare` (0 ... 1; by default most) of `examples` their slope is under 1%
    /// of their activation's steepest (tanh: |a| > 0.995; sigmoid: within 0.0025 of 0 or 1; ReLU: exactly
    /// 0, and on at least `deadShare` of them: dead). Linear, leaky-ReLU, sine and softmax units never pin,
    /// and step units count as not pinned either: their slope is 0 everywhere by design (a lesson of its own,
    /// see the vanishing-gradients diagnosis).
    public func pinnedShares(of network: Network, on examples: Examples, pointShare: Double = 0.5) -> [Double] {
        precondition(network.shape == shape, "evaluator built for another shape")
        let layouts = shape.layerLayouts
        let kinds = layouts.map { layout in layout.activation.map(SlopeKind.init) ?? SlopeKind(shape.head) }
        let count = examples.count
        guard count > 0 else { return Array(repeating: 0, count: layouts.count) }
        var pinnedPoints = layouts.map { [Int](repeating: 0, count: $0.outputCount) }
        workspace.disableDropout()
        examples.inputs.withUnsafeBufferPointer { inputs in
            var start = 0
            while start < count {
                let rows = Swift.min(chunkRows, count - start)
                network.forward(workspace, rows: rows, inputs: inputs.baseAddress! + start * shape.inputCount)
                for (layer, layout) in layouts.enumerated() where kinds[layer] != .neverPinned {
                    let a = workspace.activations[layer], width = layout.outputCount
                    for r in 0..<rows {
                        for unit in 0..<width where kinds[layer].isPinned(a[r * width + unit]) {
                            pinnedPoints[layer][unit] += 1
                        }
                    }
                }
                start += rows
            }
        }
        // A ReLU unit that is 0 on half the points is doing its job (it splits the plane); it is stuck only when
        // dead, 0 (nearly) everywhere.
        return zip(pinnedPoints, kinds).map { units, kind in
            let needed = (kind == .relu ? Swift.max(pointShare, Self.deadShare) : pointShare) * Double(count)
            return Double(units.filter { Double($0) >= needed }.count) / Double(units.count)
        }
    }
}

/// How an activation's slope falls to 0, read from its output alone.
private enum SlopeKind: Equatable {
    case tanh, sigmoid, relu, neverPinned

    init(_ activation: Activation) {
        switch activation {
        case .tanh: self = .tanh
        case .sigmoid: self = .sigmoid
        case .relu: self = .relu
        case .leakyRelu, .linear, .step, .sine: self = .neverPinned
        }
    }

    init(_ head: OutputHead) {
        switch head {
        case .tanhSquared: self = .tanh
        case .sigmoidLog: self = .sigmoid
        case .linearHinge, .linearSquared, .softmaxCrossEntropy: self = .neverPinned
        }
    }

    /// Whether the slope at output `a` is under 1% of the steepest: tanh 1 − a² < 0.01, sigmoid
    /// a(1 − a) < 0.0025, ReLU a = 0.
    func isPinned(_ a: Float) -> Bool {
        switch self {
        case .tanh: return 1 - a * a < 0.01
        case .sigmoid: return a * (1 - a) < 0.0025
        case .relu: return a == 0
        case .neverPinned: return false
        }
    }
}
