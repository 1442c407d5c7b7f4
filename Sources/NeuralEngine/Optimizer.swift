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

/// An optimizer with the state it owns (momentum and second-moment buffers), as tinygrad's `optim`.
///
/// `learningRate` and `momentum` may change between any two steps; the buffers are kept, so a live change
/// never loses what was learned. Changing `kind` keeps the buffers too (they are zero for a kind that never
/// used them).
public struct Optimizer: Sendable {
    public var kind: OptimizerKind
    /// Step size η, > 0 (Playground's range: 0.00001 ... 10).
    public var learningRate: Float
    /// Momentum μ in 0 ..< 1 (for `momentum`).
    public var momentum: Float
    public static let beta1: Float = 0.9
    public static let beta2: Float = 0.999
    public static let epsilon: Float = 1e-8

    private var velocity: [Float]
    private var secondMoment: [Float]
    /// Adam's step counter t, for bias correction.
    public private(set) var steps: Int = 0

    public init(kind: OptimizerKind, learningRate: Float, momentum: Float = 0.9, parameterCount: Int) {
        self.kind = kind
        self.learningRate = learningRate
        self.momentum = momentum
        velocity = Array(repeating: 0, count: parameterCount)
        secondMoment = Array(repeating: 0, count: parameterCount)
    }

    /// Applies one update to `parameters` from `gradient` (same layout).
    public mutating func update(_ parameters: inout [Float], gradient: UnsafePointer<Float>) {
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
                velocity.withUnsafeMutableBufferPointer { v in
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
                velocity.withUnsafeMutableBufferPointer { m in
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

    /// Forgets all state (as after a reset to new weights).
    public mutating func reset() {
        steps = 0
        for i in velocity.indices { velocity[i] = 0; secondMoment[i] = 0 }
    }
}

/// x^n for the bias correction, through libm.
@inline(__always)
private func pow(_ base: Float, _ exponent: Float) -> Float {
    Float(Libm.exp(Double(exponent) * Libm.log(Double(base))))
}
