import NeuralEngine

/// The training loss along one gradient-descent step: L(w − s·η·∇L(w)) for s from 0 (where the step
/// starts) through 1 (where a full-batch step at the current learning rate lands) to 2. With a good rate
/// the landing is in the valley, lower than the start; past 2 / curvature it is on the far wall, higher.
public struct StepProfile: Sendable, Equatable {
    /// The fractions of the step, 0 … 2, evenly spaced; the middle one is 1.
    public let fractions: [Double]
    /// The mean training loss at each fraction.
    public let losses: [Double]
    /// The learning rate η of the step.
    public let learningRate: Double

    public init(fractions: [Double], losses: [Double], learningRate: Double) {
        precondition(
            fractions.count == losses.count && fractions.count % 2 == 1, "an odd number of samples, s = 1 in the middle"
        )
        (self.fractions, self.losses, self.learningRate) = (fractions, losses, learningRate)
    }

    /// The loss where the step starts.
    public var start: Double { losses[0] }
    /// The loss where the step lands (s = 1).
    public var landing: Double { losses[losses.count / 2] }
    /// Whether the step lands higher than it started, by more than float noise: the rate is too large for
    /// this valley.
    public var landsHigher: Bool { landing > start && !isWithinNoise }
    /// Whether start and landing differ by no more than float32 round-off of a mean loss (1e-5 of it), or
    /// both are below 1e-12: at the bottom, where "higher" or "lower" is noise (a loss of 6e-16).
    public var isWithinNoise: Bool {
        let larger = Swift.max(abs(start), abs(landing))
        return larger < 1e-12 || abs(landing - start) <= 1e-5 * larger
    }
}

extension TrainingSession {
    /// The loss along the gradient step from the current weights, at `samples` fractions of it (odd, ≥ 3);
    /// `nil` once diverged.
    public func stepProfile(samples: Int = 33) -> StepProfile? {
        guard !isDiverged else { return nil }
        let count = Swift.max(3, samples | 1)
        let w = network.parameters
        let g = evaluator.gradient(of: network, on: data.trainExamples)
        let eta = Float(config.learningRate)
        let fractions = (0..<count).map { 2 * Double($0) / Double(count - 1) }
        let losses = fractions.map { s -> Double in
            let stepped = zip(w, g).map { $0 - Float(s) * eta * $1 }
            return evaluator.metrics(of: Network(shape: network.shape, parameters: stepped), on: data.trainExamples)
                .loss
        }
        return StepProfile(fractions: fractions, losses: losses, learningRate: config.learningRate)
    }
}
