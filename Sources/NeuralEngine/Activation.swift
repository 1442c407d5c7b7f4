/// An elementwise activation of a hidden layer: each value beside its derivative, as in Playground's `nn.ts`.
public enum Activation: String, CaseIterable, Codable, Sendable {
    case relu
    case leakyRelu = "leaky-relu"
    case tanh
    case sigmoid
    case linear
    /// The Heaviside step: 1 for x > 0, else 0. Its derivative is 0 everywhere (undefined at 0), so a network
    /// of step units gets no gradient and cannot learn by gradient descent. That is the lesson it teaches.
    case step
    case sine

    /// The slope of `leakyRelu` for negative inputs.
    public static let leakySlope: Float = 0.01

    /// f(x).
    @inlinable @inline(__always)
    public func value(_ x: Float) -> Float {
        switch self {
        case .relu: return Swift.max(x, 0)
        case .leakyRelu: return x > 0 ? x : Activation.leakySlope * x
        case .tanh: return FastMath.tanh(x)
        case .sigmoid: return FastMath.sigmoid(x)
        case .linear: return x
        case .step: return x > 0 ? 1 : 0
        case .sine: return Libm.sinf(x)
        }
    }

    /// f'(x), given both the input `x` and the output `y = f(x)` so each case uses the cheaper one.
    @inlinable @inline(__always)
    public func derivative(input x: Float, output y: Float) -> Float {
        switch self {
        case .relu: return x > 0 ? 1 : 0
        case .leakyRelu: return x > 0 ? 1 : Activation.leakySlope
        case .tanh: return 1 - y * y
        case .sigmoid: return y * (1 - y)
        case .linear: return 1
        case .step: return 0
        case .sine: return Libm.cosf(x)
        }
    }

    /// Whether f' jumps somewhere (at 0): finite differences across that point are not derivatives.
    public var hasKink: Bool {
        switch self {
        case .relu, .leakyRelu, .step: return true
        case .tanh, .sigmoid, .linear, .sine: return false
        }
    }
}

// MARK: - Buffers

extension Activation {
    /// Writes f(z[i]) into a[i] for `count` values. One switch per call, then a tight loop per case.
    @inlinable
    func apply(_ z: UnsafePointer<Float>, into a: UnsafeMutablePointer<Float>, count: Int) {
        switch self {
        case .relu: for i in 0..<count { a[i] = Swift.max(z[i], 0) }
        case .leakyRelu: for i in 0..<count { a[i] = z[i] > 0 ? z[i] : Activation.leakySlope * z[i] }
        case .tanh: LaneLoop<TanhLanes>.apply(z, into: a, count: count)
        case .sigmoid: LaneLoop<SigmoidLanes>.apply(z, into: a, count: count)
        case .linear: a.update(from: z, count: count)
        case .step: for i in 0..<count { a[i] = z[i] > 0 ? 1 : 0 }
        case .sine: for i in 0..<count { a[i] = Libm.sinf(z[i]) }
        }
    }

    /// Multiplies each gradient g[i] (with respect to the output a[i]) by f'(z[i]), in place, turning it
    /// into the gradient with respect to the input z[i].
    @inlinable
    func multiplyByDerivative(
        _ g: UnsafeMutablePointer<Float>, input z: UnsafePointer<Float>, output a: UnsafePointer<Float>, count: Int
    ) {
        switch self {
        case .relu: for i in 0..<count { g[i] = z[i] > 0 ? g[i] : 0 }
        case .leakyRelu: for i in 0..<count { g[i] *= z[i] > 0 ? 1 : Activation.leakySlope }
        case .tanh: for i in 0..<count { g[i] *= 1 - a[i] * a[i] }
        case .sigmoid: for i in 0..<count { g[i] *= a[i] * (1 - a[i]) }
        case .linear: break
        case .step: for i in 0..<count { g[i] = 0 }
        case .sine: for i in 0..<count { g[i] *= Libm.cosf(z[i]) }
        }
    }
}
