/// The update rule.
public enum OptimizerKind: String, CaseIterable, Codable, Sendable {
    /// w ← w − η g. With batch size 1 this is stochastic gradient descent; with the whole training set,
    /// full-batch gradient descent.
    case sgd
    /// Classical momentum: v ← μ v − η g; w ← w + v.
    case momentum
    /// Adam (Kingma & Ba 2015) with β₁ = 0.9, β₂ = 0.999, ε = 1e-8 and bias correction.
    case adam
}

/// An optimizer with the state it owns, as tinygrad's `optim`: momentum's velocity, Adam's two moments and
/// its step count.
///
/// `learningRate` and `momentum` may change between any two steps and keep the state, so a live change never
/// loses what was learned. Changing `kind` starts the new kind's state fresh (zero moments, step count 0):
/// one kind's buffers mean nothing to another (momentum's velocity v = μv − ηg has the opposite sign of
/// Adam's first moment), and a carried-over step count would switch off Adam's bias correction.
public struct Optimizer: Sendable {
    public var kind: OptimizerKind {
        didSet { if kind != oldValue { reset() } }
    }
    /// Step size η, > 0 (Playground's range: 0.00001 ... 10).
    public var learningRate: Float
    /// Momentum μ in 0 ..< 1 (for `momentum`).
    public var momentum: Float
    public static let beta1: Float = 0.9
    public static let beta2: Float = 0.999
    public static let epsilon: Float = 1e-8

    /// Momentum's velocity v, or Adam's first moment m: one buffer, reset whenever the kind changes.
    private var firstBuffer: [Float]
    /// Adam's second moment.
    private var secondMoment: [Float]
    var secondMomentValues: [Float] { secondMoment }
    /// Updates since this kind's state started (Adam's t, for bias correction).
    public private(set) var steps: Int = 0

    public init(kind: OptimizerKind, learningRate: Float, momentum: Float = 0.9, parameterCount: Int) {
        self.kind = kind
        self.learningRate = learningRate
        self.momentum = momentum
        firstBuffer = Array(repeating: 0, count: parameterCount)
        secondMoment = Array(repeating: 0, count: parameterCount)
    }

    /// Applies one update to `parameters` from `gradient` (same layout).
    mutating func update(_ parameters: inout [Float], gradient: UnsafePointer<Float>) {
        steps += 1
        let count = parameters.count
        let eta = learningRate, mu = momentum
        switch kind {
        case .sgd:
            parameters.withUnsafeMutableBufferPointer { w in
                for i in 0..<count { w[i] -= eta * gradient[i] }
            }
        case .momentum:
            parameters.withUnsafeMutableBufferPointer { w in
                firstBuffer.withUnsafeMutableBufferPointer { v in
                    for i in 0..<count {
                        v[i] = mu * v[i] - eta * gradient[i]
                        w[i] += v[i]
                    }
                }
            }
        case .adam:
            let b1 = Optimizer.beta1, b2 = Optimizer.beta2
            let t = Float(steps)
            let correctedRate = eta * (1 - pow(b2, t)).squareRoot() / (1 - pow(b1, t))
            parameters.withUnsafeMutableBufferPointer { w in
                firstBuffer.withUnsafeMutableBufferPointer { m in
                    secondMoment.withUnsafeMutableBufferPointer { v in
                        for i in 0..<count {
                            let g = gradient[i]
                            m[i] = b1 * m[i] + (1 - b1) * g
                            v[i] = b2 * v[i] + (1 - b2) * g * g
                            w[i] -= correctedRate * m[i] / (v[i].squareRoot() + Optimizer.epsilon)
                        }
                    }
                }
            }
        }
    }

    /// Forgets all state (as after a reset to new weights, or a change of kind).
    public mutating func reset() {
        steps = 0
        for i in firstBuffer.indices { firstBuffer[i] = 0; secondMoment[i] = 0 }
    }
}

/// x^n for the bias correction, through libm.
@inline(__always)
private func pow(_ base: Float, _ exponent: Float) -> Float {
    Float(Libm.exp(Double(exponent) * Libm.log(Double(base))))
}

extension Optimizer {
    /// Adam's preconditioner as a scale D = 1/√(√v̂ + ε) per parameter (v̂ the bias-corrected second moment),
    /// so that D·H·D has the eigenvalues of P⁻¹H with P = diag(√v̂ + ε): the sharpness Adam's steps see.
    /// `nil` for the other kinds, or before Adam's first step.
    public var adamPreconditionerScale: [Float]? {
        guard kind == .adam, steps > 0 else { return nil }
        let correction = 1 - pow(Optimizer.beta2, Float(steps))
        return secondMomentValues.map { 1 / (($0 / correction).squareRoot() + Optimizer.epsilon).squareRoot() }
    }
}
