import Testing
@testable import NeuralEngine

@Suite("Sharpness: power iteration on Hessian-vector products against the exact Hessian")
struct SharpnessTests {
    /// The Hessian of the double-precision oracle's mean loss, by second central differences (h = 2⁻¹⁰, a
    /// power of two, so each perturbation of a float parameter is exact up to its rounding).
    func exactHessian(_ network: Network, _ examples: Examples) -> [[Double]] {
        let n = network.parameters.count, h: Float = 1.0 / 1024
        func loss(_ shift: [(Int, Float)]) -> Double {
            var probe = network
            for (i, d) in shift { probe.parameters[i] += d }
            return examples.inputs.withUnsafeBufferPointer { x in
                examples.targets.withUnsafeBufferPointer { t in
                    ReferenceForward(network: probe, dropoutMasks: nil).objective(
                        inputs: x.baseAddress!, targets: t.baseAddress!, rows: examples.count, regularization: .none,
                        rate: 0
                    ).value
                }
            }
        }
        var hessian = Array(repeating: Array(repeating: 0.0, count: n), count: n)
        for i in 0..<n {
            for j in i..<n {
                let value =
                    (loss([(i, h), (j, h)]) - loss([(i, h), (j, -h)]) - loss([(i, -h), (j, h)])
                        + loss([(i, -h), (j, -h)]))
                    / (4 * Double(h) * Double(h))
                (hessian[i][j], hessian[j][i]) = (value, value)
            }
        }
        return hessian
    }

    /// The eigenvalues of a symmetric matrix by cyclic Jacobi rotations, in float64.
    func eigenvalues(_ matrix: [[Double]]) -> [Double] {
        var a = matrix
        let n = a.count
        for _ in 0..<100 {
            var off = 0.0
            for p in 0..<n { for q in 0..<n where p != q { off += a[p][q] * a[p][q] } }
            if off < 1e-22 { break }
            for p in 0..<n {
                for q in (p + 1)..<n where abs(a[p][q]) > 1e-300 {
                    let theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
                    let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<n {
                        let (akp, akq) = (a[k][p], a[k][q])
                        (a[k][p], a[k][q]) = (c * akp - s * akq, s * akp + c * akq)
                    }
                    for k in 0..<n {
                        let (apk, aqk) = (a[p][k], a[q][k])
                        (a[p][k], a[q][k]) = (c * apk - s * aqk, s * apk + c * aqk)
                    }
                }
            }
        }
        return (0..<n).map { a[$0][$0] }
    }

    @Test(arguments: [(OutputHead.linearSquared, Activation.tanh), (.sigmoidLog, .tanh), (.tanhSquared, .sigmoid)])
    func powerIterationFindsTheLargestEigenvalueWithin1Percent(head: OutputHead, activation: Activation) {
        let shape = NetworkShape(inputCount: 2, hiddenWidths: [3], activation: activation, head: head)
        var rng = SplitMix64(seed: 7)
        let network = Network(shape: shape, initialization: .xavier, rng: &rng)
        let examples = randomExamples(
            count: 24, inputCount: 2, head: head, classCount: checkedClassCount(head), seed: 3)
        let exact = eigenvalues(exactHessian(network, examples)).max()!
        let measured = Sharpness.largestEigenvalue(
            of: network, on: examples, evaluator: Evaluator(shape: shape), iterations: 300, rng: &rng
        ).value
        #expect(exact > 0)
        #expect(abs(measured - exact) <= 0.01 * exact, "power iteration \(measured), exact \(exact)")
    }

    /// A quadratic bowl: one linear neuron under squared loss has the Hessian XᵀX/n exactly.
    @Test func aLinearFitsCurvatureIsItsInputsSecondMoment() {
        let shape = NetworkShape(inputCount: 1, hiddenWidths: [], activation: .linear, head: .linearSquared)
        let examples = Examples(inputs: [1, 2, 3, -1], targets: [0, 1, 0, 1], inputCount: 1, targetCount: 1)
        var rng = SplitMix64(seed: 1)
        let network = Network(shape: shape, parameters: [0.3, -0.2])
        // H = [[Σx²/n, Σx/n], [Σx/n, 1]] = [[3.75, 1.25], [1.25, 1]]: λmax = (4.75 + √(2.75² + 4·1.5625)) / 2.
        let expected = (4.75 + (2.75 * 2.75 + 4 * 1.5625).squareRoot()) / 2
        let measured = Sharpness.largestEigenvalue(
            of: network, on: examples, evaluator: Evaluator(shape: shape), iterations: 100, rng: &rng)
        #expect(abs(measured.value - expected) < 1e-3 * expected)
    }

    /// Adam's sharpness: the largest eigenvalue of D·H·D for a diagonal D (the preconditioner's scale), against
    /// the float64 eigenvalues of the exact Hessian scaled the same way.
    @Test func thePreconditionedSharpnessIsTheScaledHessians() {
        let shape = NetworkShape(inputCount: 2, hiddenWidths: [3], activation: .tanh, head: .sigmoidLog)
        var rng = SplitMix64(seed: 11)
        let network = Network(shape: shape, initialization: .xavier, rng: &rng)
        let examples = randomExamples(count: 24, inputCount: 2, head: .sigmoidLog, classCount: 2, seed: 5)
        let scale: [Float] = (0..<network.parameters.count).map { 0.5 + Float($0 % 4) * 0.4 }
        let h = exactHessian(network, examples)
        let scaled = h.indices.map { i in h.indices.map { j in Double(scale[i]) * h[i][j] * Double(scale[j]) } }
        let exact = eigenvalues(scaled).max()!
        let measured = Sharpness.largestEigenvalue(
            of: network, on: examples, evaluator: Evaluator(shape: shape), scale: scale, iterations: 300, rng: &rng
        ).value
        #expect(abs(measured - exact) <= 0.01 * exact, "power iteration \(measured), exact \(exact)")
    }
}
