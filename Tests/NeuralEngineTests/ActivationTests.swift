import Testing
@testable import NeuralEngine

@Suite("Activations and their derivatives")
struct ActivationTests {
    /// Points away from the kink at 0, where every derivative is defined.
    static let points: [Float] = [-3.1, -1.2, -0.4, 0.3, 0.9, 2.2, 4.5]

    @Test(arguments: Activation.allCases)
    func derivativeMatchesCentralDifference(_ activation: Activation) {
        let h: Float = 1e-3
        for x in Self.points {
            let numeric = (Double(activation.value(x + h)) - Double(activation.value(x - h))) / Double(2 * h)
            let analytic = Double(activation.derivative(input: x, output: activation.value(x)))
            #expect(abs(numeric - analytic) < 2e-3, "\(activation) at \(x): \(analytic) vs \(numeric)")
        }
    }

    @Test(arguments: Activation.allCases)
    func bufferKernelsAgreeWithScalarRules(_ activation: Activation) {
        var z = Self.points, a = [Float](repeating: 9, count: z.count), g = [Float](repeating: 2, count: z.count)
        z.withUnsafeMutableBufferPointer { zp in
            a.withUnsafeMutableBufferPointer { ap in
                activation.apply(zp.baseAddress!, into: ap.baseAddress!, count: zp.count)
                g.withUnsafeMutableBufferPointer { gp in
                    activation.multiplyByDerivative(
                        gp.baseAddress!, input: zp.baseAddress!, output: ap.baseAddress!, count: zp.count)
                }
            }
        }
        for (i, x) in Self.points.enumerated() {
            #expect(a[i] == activation.value(x))
            #expect(g[i] == 2 * activation.derivative(input: x, output: activation.value(x)))
        }
    }

    @Test func stepHasNoGradientAnywhere() {
        for x in Self.points { #expect(Activation.step.derivative(input: x, output: Activation.step.value(x)) == 0) }
        #expect(Activation.step.value(0.5) == 1 && Activation.step.value(-0.5) == 0)
    }

    @Test func namesAreTheCommandLineSpellings() {
        #expect(
            Activation.allCases.map(\.rawValue) == ["relu", "leaky-relu", "tanh", "sigmoid", "linear", "step", "sine"])
    }
}
