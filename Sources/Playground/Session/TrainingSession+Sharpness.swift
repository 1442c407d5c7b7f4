import NeuralEngine

/// The sharpness of the training loss at one epoch and the stability limit it sets on the learning rate.
public struct StabilityReading: Sendable, Equatable {
    /// The epoch measured at.
    public var epoch: Int
    /// λmax of the training loss's Hessian; for Adam of the preconditioned Hessian P⁻¹H.
    public var sharpness: Double
    /// The largest learning rate for which the sharpest direction does not overshoot: 2/λ for gradient
    /// descent, 2(1+β)/λ with momentum β, 2(1+β₁)/((1−β₁)λ) = 38/λ for Adam; `nil` when λ ≤ 0.
    public var limit: Double?
    /// How the limit is written: "2/λ", "2(1+β)/λ", "38/λ".
    public var formula: String

    public init(epoch: Int, sharpness: Double, limit: Double?, formula: String) {
        (self.epoch, self.sharpness, self.limit, self.formula) = (epoch, sharpness, limit, formula)
    }

    /// The rate against the limit when the rate is past it.
    public func overshoot(learningRate: Double) -> Overshoot? {
        guard let limit, learningRate > limit else { return nil }
        return Overshoot(learningRate: learningRate, limit: limit, formula: formula)
    }
}

extension TrainingSession {
    /// Epochs between measurements while training: 4 warm-started iterations cost 8 full-batch gradients,
    /// about 8 epochs' worth of training passes, so one every 80 epochs stays under 10% (`nnplay bench`).
    public static let sharpnessInterval = 80
    /// Measurements kept for the sharpness chart.
    public static var stabilityHistoryLimit: Int { RunPast.stabilityHistoryLimit }
    /// Power iterations of a warm-started measurement, and of the first one.
    static let warmIterations = 4, coldIterations = 12

    /// Measures the sharpness now (`stability`), warm-started from the last measurement's direction; `nil`
    /// once diverged or without training points.
    @discardableResult
    public func measureSharpness() -> StabilityReading? {
        guard !isDiverged, data.trainExamples.count > 0 else { return nil }
        let scale = trainer.optimizer.adamPreconditionerScale
        let warm = past.sharpnessVector.count == network.parameters.count
        let (lambda, vector) = Sharpness.largestEigenvalue(
            of: network, on: data.trainExamples, evaluator: evaluator, scale: scale,
            start: warm ? past.sharpnessVector : nil, iterations: warm ? Self.warmIterations : Self.coldIterations,
            rng: &sharpnessRng)
        let reading = Self.reading(epoch: epoch, sharpness: lambda, config: config, preconditioned: scale != nil)
        past.take(reading, direction: vector)
        return reading
    }

    static func reading(epoch: Int, sharpness: Double, config: SessionConfig, preconditioned: Bool) -> StabilityReading
    {
        let beta = config.momentum
        let (numerator, formula): (Double, String) =
            switch config.optimizer {
            case .sgd: (2, "2/λ")
            case .momentum: (2 * (1 + beta), "2(1+β)/λ")
            case .adam:
                preconditioned
                    ? (2 * (1 + Double(Optimizer.beta1)) / (1 - Double(Optimizer.beta1)), "38/λ") : (2, "2/λ")
            }
        let limit = sharpness > 0 && sharpness.isFinite ? numerator / sharpness : nil
        return StabilityReading(epoch: epoch, sharpness: sharpness, limit: limit, formula: formula)
    }

    /// Measures when `sharpnessInterval` epochs have passed since the last measurement (or there is none).
    func measureSharpnessIfDue() {
        if stability.map({ epoch - $0.epoch >= Self.sharpnessInterval }) ?? true { measureSharpness() }
    }
}

extension TrainingSession {
    /// The reading for a report line of `train --json` reported every `every` epochs: measured now unless
    /// one was taken at most 10 epochs ago (a line per epoch would otherwise cost 8 gradients an epoch).
    public func sharpnessAtReport(every: Int) -> StabilityReading? {
        if let stability, epoch - stability.epoch < Swift.min(10, every), stability.epoch != epoch { return nil }
        if stability?.epoch == epoch { return stability }
        return measureSharpness()
    }
}
