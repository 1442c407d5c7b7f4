import Testing
@testable import NeuralEngine

@Suite("Optimizers")
struct OptimizerTests {
    func update(_ optimizer: inout Optimizer, _ parameters: inout [Float], _ gradient: [Float]) {
        gradient.withUnsafeBufferPointer { optimizer.update(&parameters, gradient: $0.baseAddress!) }
    }

    @Test func sgdStepsAgainstTheGradient() {
        var optimizer = Optimizer(kind: .sgd, learningRate: 0.1, parameterCount: 2)
        var w: [Float] = [1, -2]
        update(&optimizer, &w, [0.5, -1])
        #expect(w == [0.95, -1.9])
    }

    @Test func momentumAccumulatesVelocity() {
        var optimizer = Optimizer(kind: .momentum, learningRate: 0.1, momentum: 0.9, parameterCount: 1)
        var w: [Float] = [0]
        update(&optimizer, &w, [1])  // v = −0.1
        update(&optimizer, &w, [1])  // v = −0.09 − 0.1 = −0.19
        #expect(abs(w[0] - -0.29) < 1e-6)
    }

    @Test func adamFirstStepHasTheLearningRateAsSize() {
        var optimizer = Optimizer(kind: .adam, learningRate: 0.01, parameterCount: 3)
        var w: [Float] = [0, 0, 0]
        update(&optimizer, &w, [3, -0.002, 40])
        for (value, sign) in zip(w, [Float(-1), 1, -1]) { #expect(abs(value - sign * 0.01) < 1e-5) }
    }

    @Test func changingTheLearningRateKeepsMomentum() {
        var live = Optimizer(kind: .momentum, learningRate: 0.1, momentum: 0.5, parameterCount: 1)
        var w: [Float] = [0]
        update(&live, &w, [1])  // v = −0.1, w = −0.1
        live.learningRate = 0.2
        update(&live, &w, [1])  // v = −0.05 − 0.2 = −0.25, w = −0.35
        #expect(abs(w[0] - -0.35) < 1e-6)
    }

    // MARK: - Switching kind live, on the bowl L(w) = ½ Σ cᵢ wᵢ²

    static let curvatures: [Float] = [1, 4, 0.25]

    static func bowlLoss(_ w: [Float]) -> Float { zip(curvatures, w).reduce(0) { $0 + 0.5 * $1.0 * $1.1 * $1.1 } }

    func descend(_ optimizer: inout Optimizer, _ w: inout [Float], steps: Int) {
        for _ in 0..<steps { update(&optimizer, &w, zip(Self.curvatures, w).map { $0 * $1 }) }
    }

    /// Momentum's velocity points against Adam's first moment (the old code stepped uphill); a long SGD run
    /// carried Adam's step count (the old code stepped 2.5 η).
    @Test(arguments: [(OptimizerKind.momentum, 10, Float(0.05)), (.sgd, 1000, 0.001)])
    func switchingToAdamStartsItFresh(from kind: OptimizerKind, steps: Int, rate: Float) {
        var optimizer = Optimizer(kind: kind, learningRate: rate, momentum: 0.9, parameterCount: 3)
        var w: [Float] = [3, -2, 5]
        descend(&optimizer, &w, steps: steps)
        let before = w, lossBefore = Self.bowlLoss(w)
        optimizer.kind = .adam
        optimizer.learningRate = 0.001
        descend(&optimizer, &w, steps: 1)
        #expect(Self.bowlLoss(w) < lossBefore, "the first Adam step after \(kind) goes downhill")
        for (old, new) in zip(before, w) {
            #expect(abs(new - old) <= 0.001 * 1.0001, "Adam's first step is at most η per coordinate")
        }
        var fresh = Optimizer(kind: .adam, learningRate: 0.001, parameterCount: 3)
        var freshW = before
        descend(&fresh, &freshW, steps: 1)
        descend(&optimizer, &w, steps: 20)
        descend(&fresh, &freshW, steps: 20)
        #expect(w == freshW, "after the switch, exactly what a fresh Adam does from the same weights")
    }

    @Test func switchingToMomentumForgetsAdamsMoments() {
        var optimizer = Optimizer(kind: .adam, learningRate: 0.01, momentum: 0.9, parameterCount: 3)
        var w: [Float] = [3, -2, 5]
        descend(&optimizer, &w, steps: 30)
        optimizer.kind = .momentum
        let before = w
        descend(&optimizer, &w, steps: 1)
        let expected = zip(before, Self.curvatures).map { $0 - 0.01 * $1 * $0 }
        #expect(w == expected, "a fresh velocity: the first momentum step is plain gradient descent")
        #expect(optimizer.steps == 1)
    }
}
