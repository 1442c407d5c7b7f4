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

/// What an optimizer remembers between steps, per kind: plain descent nothing; momentum its velocity;
/// Adam its two moments and its step count. One kind's state means nothing to another (momentum's
/// velocity v = μv − ηg has the opposite sign of Adam's first moment), so a change of kind starts the new
/// kind's state fresh.
public enum OptimizerState: Sendable, Equatable {
    case plain
    case momentum(velocity: [Float])
    case adam(m: [Float], v: [Float], t: Int)

    /// A fresh state of `kind` for `count` parameters.
    public static func fresh(_ kind: OptimizerKind, count: Int) -> OptimizerState {
        switch kind {
        case .sgd: return .plain
        case .momentum: return .momentum(velocity: Array(repeating: 0, count: count))
        case .adam: return .adam(m: Array(repeating: 0, count: count), v: Array(repeating: 0, count: count), t: 0)
        }
    }

    public var kind: OptimizerKind {
        switch self {
        case .plain: return .sgd
        case .momentum: return .momentum
        case .adam: return .adam
        }
    }
}

/// An optimizer with the state it owns (`OptimizerState`), as tinygrad's `optim`.
///
/// `learningRate` and `momentum` may change between any two steps and keep the state, so a live change never
/// loses what was learned. Changing `kind` starts the new kind's state fresh (zero moments, step count 0).
public struct Optimizer: Sendable {
    /// The update rule; setting another starts its state fresh.
    public var kind: OptimizerKind {
        get { state.kind }
        set { if newValue != state.kind { reset(to: newValue) } }
    }
    /// Step size η, > 0 (Playground's range: 0.00001 ... 10).
    public var learningRate: Float
    /// Momentum μ in 0 ..< 1 (for `momentum`).
    public var momentum: Float
    public static let beta1: Float = 0.9
    public static let beta2: Float = 0.999
    public static let epsilon: Float = 1e-8

    /// What the kind remembers between steps.
    public private(set) var state: OptimizerState
    /// Updates since this kind's state started (Adam's t, for bias correction; counted for every kind).
    public private(set) var steps: Int = 0
    private let parameterCount: Int

    public init(kind: OptimizerKind, learningRate: Float, momentum: Float = 0.9, parameterCount: Int) {
        (self.learningRate, self.momentum, self.parameterCount) = (learningRate, momentum, parameterCount)
        state = .fresh(kind, count: parameterCount)
    }

    /// Takes a saved state back (a checkpoint resuming): its kind becomes this optimizer's. Returns false,
    /// changing nothing, when its buffers do not fit this optimizer's parameters.
    @discardableResult
    public mutating func restore(_ saved: OptimizerState, steps: Int) -> Bool {
        switch saved {
        case .plain: break
        case .momentum(let velocity): guard velocity.count == parameterCount else { return false }
        case .adam(let m, let v, let t):
            guard m.count == parameterCount, v.count == parameterCount, t >= 0 else { return false }
        }
        state = saved
        self.steps = Swift.max(steps, 0)
        return true
    }

    /// Applies one update to `parameters` from `gradient` (same layout). The state's buffers are taken out of
    /// the enum while they change, so they are uniquely referenced and never copied.
    mutating func update(_ parameters: inout [Float], gradient: UnsafePointer<Float>) {
        steps += 1
        let count = parameters.count
        let eta = learningRate, mu = momentum
        switch state {
        case .plain:
            parameters.withUnsafeMutableBufferPointer { w in
                for i in 0..<count { w[i] -= eta * gradient[i] }
            }
        case .momentum(var velocity):
            state = .plain
            parameters.withUnsafeMutableBufferPointer { w in
                velocity.withUnsafeMutableBufferPointer { v in
                    for i in 0..<count {
                        v[i] = mu * v[i] - eta * gradient[i]
                        w[i] += v[i]
                    }
                }
            }
            state = .momentum(velocity: velocity)
        case .adam(var first, var second, let t0):
            state = .plain
            let b1 = Optimizer.beta1, b2 = Optimizer.beta2
            let t = Float(t0 + 1)
            let correctedRate = eta * (1 - pow(b2, t)).squareRoot() / (1 - pow(b1, t))
            parameters.withUnsafeMutableBufferPointer { w in
                first.withUnsafeMutableBufferPointer { m in
                    second.withUnsafeMutableBufferPointer { v in
                        for i in 0..<count {
                            let g = gradient[i]
                            m[i] = b1 * m[i] + (1 - b1) * g
                            v[i] = b2 * v[i] + (1 - b2) * g * g
                            w[i] -= correctedRate * m[i] / (v[i].squareRoot() + Optimizer.epsilon)
                        }
                    }
                }
            }
            state = .adam(m: first, v: second, t: t0 + 1)
        }
    }

    /// Forgets all state (as after a reset to new weights, or a restore of the best weights).
    public mutating func reset() { reset(to: state.kind) }

    private mutating func reset(to kind: OptimizerKind) {
        steps = 0
        state = .fresh(kind, count: parameterCount)
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
        guard case .adam(_, let v, let t) = state, t > 0 else { return nil }
        let correction = 1 - pow(Optimizer.beta2, Float(t))
        return v.map { 1 / (($0 / correction).squareRoot() + Optimizer.epsilon).squareRoot() }
    }
}
