/// The output layer's activation paired with the loss it is trained on.
///
/// Pairing them lets each case give dL/dz (the gradient at the output's pre-activation) in its simple closed
/// form, e.g. `a - t` for sigmoid + log loss and for softmax + cross-entropy, instead of multiplying two
/// factors that cancel. Losses are per example; a batch's loss is their mean.
public enum OutputHead: String, CaseIterable, Codable, Sendable {
    /// tanh output, loss ½(a − t)², targets ±1: Playground's classification setup.
    case tanhSquared = "tanh+squared"
    /// sigmoid output, log loss −t·log a − (1 − t)·log(1 − a), targets 0 or 1.
    case sigmoidLog = "sigmoid+log"
    /// linear output (a score), hinge loss max(0, 1 − t·a), targets ±1.
    case linearHinge = "linear+hinge"
    /// K softmax outputs, cross-entropy −log a_t, one-hot targets.
    case softmaxCrossEntropy = "softmax+cross-entropy"
    /// linear output, loss ½(a − t)², real targets: regression.
    case linearSquared = "linear+squared"

    /// Whether the output has a kink where finite differences are not derivatives (hinge at t·a = 1).
    public var hasKink: Bool { self == .linearHinge }

    // MARK: - Forward

    /// Activates `rows` examples of `width` outputs at once: one sixteen-lane loop for the elementwise heads
    /// (`LaneLoop`), row by row for softmax.
    @inlinable
    func activate(rows: Int, _ z: UnsafePointer<Float>, into a: UnsafeMutablePointer<Float>, width: Int) {
        switch self {
        case .softmaxCrossEntropy: for r in 0..<rows { activate(z + r * width, into: a + r * width, count: width) }
        case .tanhSquared: LaneLoop<TanhLanes>.apply(z, into: a, count: rows * width)
        case .sigmoidLog: LaneLoop<SigmoidLanes>.apply(z, into: a, count: rows * width)
        case .linearHinge, .linearSquared: a.update(from: z, count: rows * width)
        }
    }

    /// Turns the pre-activations `z` of one example (`count` outputs) into outputs `a`.
    @inlinable
    func activate(_ z: UnsafePointer<Float>, into a: UnsafeMutablePointer<Float>, count: Int) {
        switch self {
        case .tanhSquared: for i in 0..<count { a[i] = FastMath.tanh(z[i]) }
        case .sigmoidLog: for i in 0..<count { a[i] = FastMath.sigmoid(z[i]) }
        case .linearHinge, .linearSquared: a.update(from: z, count: count)
        case .softmaxCrossEntropy:
            var largest = z[0]
            for i in 1..<count { largest = Swift.max(largest, z[i]) }
            var sum: Float = 0
            for i in 0..<count {
                a[i] = Libm.expf(z[i] - largest)
                sum += a[i]
            }
            for i in 0..<count { a[i] /= sum }
        }
    }

    /// The loss of one example, in Double so that sums over many examples stay exact enough for gradient
    /// checks. `z` are the pre-activations, `a` the outputs, `t` the encoded targets. For the one-output
    /// heads every output is a term of its own, so `count` examples side by side give their summed loss.
    @inlinable
    func loss(z: UnsafePointer<Float>, a: UnsafePointer<Float>, t: UnsafePointer<Float>, count: Int) -> Double {
        switch self {
        case .tanhSquared, .linearSquared:
            var sum = 0.0
            for i in 0..<count { sum += Self.squaredLoss(a[i], t[i]) }
            return sum
        case .sigmoidLog:
            var sum = 0.0
            for i in 0..<count { sum += Self.logLoss(z[i], t[i]) }
            return sum
        case .linearHinge:
            var sum = 0.0
            for i in 0..<count { sum += Self.hingeLoss(a[i], t[i]) }
            return sum
        case .softmaxCrossEntropy:
            // log Σ exp(z) − Σ t·z  (t one-hot)
            var largest = Double(z[0])
            for i in 1..<count { largest = Swift.max(largest, Double(z[i])) }
            var sum = 0.0, targetLogit = 0.0
            for i in 0..<count {
                sum += Libm.exp(Double(z[i]) - largest)
                targetLogit += Double(t[i]) * Double(z[i])
            }
            return largest + Libm.log(sum) - targetLogit
        }
    }

    /// ½(a − t)² of one output.
    @inlinable @inline(__always)
    static func squaredLoss(_ a: Float, _ t: Float) -> Double {
        let d = Double(a) - Double(t)
        return 0.5 * d * d
    }

    /// The log loss of one sigmoid output from its pre-activation: softplus(z) − t·z, the overflow-free form.
    @inlinable @inline(__always)
    static func logLoss(_ z: Float, _ t: Float) -> Double {
        let x = Double(z)
        return Swift.max(x, 0) - Double(t) * x + Libm.log(1 + Libm.exp(-Swift.abs(x)))
    }

    /// max(0, 1 − t·a) of one output.
    @inlinable @inline(__always)
    static func hingeLoss(_ a: Float, _ t: Float) -> Double { Swift.max(0, 1 - Double(t) * Double(a)) }

    /// Writes dL/dz × `scale` for `count` outputs (one example, or a whole batch: every head's delta is
    /// elementwise given its outputs and targets) into `delta`. `scale` is 1/batch for a batch mean.
    @inlinable
    func delta(
        a: UnsafePointer<Float>, t: UnsafePointer<Float>, into delta: UnsafeMutablePointer<Float>,
        count: Int, scale: Float
    ) {
        switch self {
        case .tanhSquared:
            for i in 0..<count { delta[i] = scale * (a[i] - t[i]) * (1 - a[i] * a[i]) }
        case .sigmoidLog, .softmaxCrossEntropy, .linearSquared:
            for i in 0..<count { delta[i] = scale * (a[i] - t[i]) }
        case .linearHinge:
            for i in 0..<count { delta[i] = t[i] * a[i] < 1 ? -scale * t[i] : 0 }
        }
    }

    // MARK: - Targets and predictions

    /// How many outputs a problem with `classCount` classes needs (0 classes means regression).
    public func outputCount(classCount: Int) -> Int {
        self == .softmaxCrossEntropy ? Swift.max(classCount, 2) : 1
    }

    /// Whether this head can train a problem with `classCount` classes (0 = regression).
    public func supports(classCount: Int) -> Bool {
        switch self {
        case .linearSquared: return classCount == 0
        case .softmaxCrossEntropy: return classCount >= 2
        case .tanhSquared, .sigmoidLog, .linearHinge: return classCount == 2
        }
    }

    /// Encodes a label as targets: `label` is a class index (0 ..< classCount) for classification,
    /// a real value for regression. Writes `outputCount` values.
    @inlinable
    func encode(label: Float, into t: UnsafeMutablePointer<Float>, outputCount: Int) {
        switch self {
        case .tanhSquared, .linearHinge: t[0] = label > 0.5 ? 1 : -1
        case .sigmoidLog: t[0] = label > 0.5 ? 1 : 0
        case .linearSquared: t[0] = label
        case .softmaxCrossEntropy:
            for i in 0..<outputCount { t[i] = 0 }
            // Checked: a label from a file must never index outside its row (callers validate it first).
            if label >= 0, label < Float(outputCount), let k = Int(exactly: label.rounded(.down)) { t[k] = 1 }
        }
    }

    /// The targets of `labels` (see `encode`), `outputCount` per label, one label after another.
    public func targets(for labels: [Float], outputCount: Int) -> [Float] {
        var targets = [Float](repeating: 0, count: labels.count * outputCount)
        targets.withUnsafeMutableBufferPointer { t in
            for (row, label) in labels.enumerated() {
                encode(label: label, into: t.baseAddress! + row * outputCount, outputCount: outputCount)
            }
        }
        return targets
    }

    /// Where a single output divides class 0 from class 1: 0.5 for a sigmoid, 0 otherwise.
    @inlinable
    var singleOutputBoundary: Float { self == .sigmoidLog ? 0.5 : 0 }

    /// The predicted class of one example's outputs (classification heads).
    @inlinable
    func predictedClass(_ a: UnsafePointer<Float>, count: Int) -> Int {
        switch self {
        case .tanhSquared, .linearHinge, .linearSquared, .sigmoidLog: return a[0] > singleOutputBoundary ? 1 : 0
        case .softmaxCrossEntropy:
            var best = 0
            for i in 1..<count where a[i] > a[best] { best = i }
            return best
        }
    }

    /// One value in −1 ... 1 for drawing a two-class boundary or a regression surface: negative leans to
    /// class 0 (orange), positive to class 1 (blue), 0 is the boundary.
    @inlinable
    func signedValue(_ a: UnsafePointer<Float>, count: Int) -> Float {
        switch self {
        case .tanhSquared: return a[0]
        case .sigmoidLog: return 2 * a[0] - 1
        case .linearHinge, .linearSquared: return Swift.min(Swift.max(a[0], -1), 1)
        case .softmaxCrossEntropy: return count == 2 ? a[1] - a[0] : 2 * a[predictedClass(a, count: count)] - 1
        }
    }
}
