import Testing
@testable import NeuralEngine

@Suite("Fast elementwise math against libm")
struct FastMathTests {
    /// Every 1/1024 from −12 to 12, plus the extremes of Float.
    static let samples: [Float] =
        (-12_288...12_288).map { Float($0) / 1024 } + [
            -.greatestFiniteMagnitude, .greatestFiniteMagnitude, -.leastNonzeroMagnitude, .leastNonzeroMagnitude, 0,
        ]

    @Test func tanhStaysWithinItsDocumentedError() {
        var worst: Float = 0
        for x in Self.samples {
            let fast = FastMath.tanh(x)
            worst = max(worst, abs(fast - Libm.tanhf(x)))
            #expect(fast >= -1 && fast <= 1)
        }
        #expect(worst < 2e-6, "max |fast − libm| = \(worst)")
    }

    @Test func tanhIsOdd() {
        for x in stride(from: Float(0), through: 9, by: 0.37) {
            #expect(FastMath.tanh(-x) == -FastMath.tanh(x))
        }
    }

    @Test func sigmoidStaysWithinItsDocumentedError() {
        var worst = 0.0
        for x in Self.samples where x.magnitude < 1e30 {
            let exact = 1 / (1 + Libm.exp(-Double(x)))
            worst = max(worst, abs(Double(FastMath.sigmoid(x)) - exact))
        }
        #expect(worst < 1e-6, "max |fast − exact| = \(worst)")
    }
}
