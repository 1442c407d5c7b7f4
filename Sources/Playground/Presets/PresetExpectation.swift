/// What a preset's lesson promises, checked by the test suite and by `nnplay train --preset NAME --check`
/// after training the preset's epochs with its seed. Every field is optional; each one set must hold.
public struct PresetExpectation: Sendable, Equatable {
    /// Final test accuracy at least this (0 ... 1).
    public var testAccuracyAtLeast: Double?
    /// Best test accuracy over the run at most this: the model cannot do better.
    public var bestTestAccuracyAtMost: Double?
    /// Test accuracy reaches this at some epoch.
    public var reachesTestAccuracy: Double?
    /// Final test loss below this.
    public var testLossBelow: Double?
    /// Final training loss above this: nothing (much) was learned.
    public var trainLossAbove: Double?
    /// The run diverges (the loss grows a millionfold, or a loss or weight becomes NaN or infinite).
    public var diverges: Bool?
    /// The run diverges, or ends oscillating, far above its best, or stalled.
    public var unstable: Bool?
    /// Final test loss at least this many times the best test loss: overfitting after the early-stopping epoch.
    public var testLossRisesBy: Double?
    /// Gradient norm of the first layer over that of the output layer, at the end, below this.
    public var firstLayerGradientRatioBelow: Double?
    /// Every hidden neuron of each layer has the same incoming weights.
    public var hiddenNeuronsIdentical: Bool?
    /// Diagnoses the run must show, in this order of first appearance (`TrainingHealth.name`s).
    public var shows: [String]?
    /// Diagnoses the run must never show.
    public var neverShows: [String]?
    /// The same setup with these keys changed reaches `reachesTestAccuracy` later, or never; without it,
    /// ends with a higher best test loss (or diverges).
    public var beats: [String: String]?
    /// The share of seeds on which every promise above holds (checked by `PresetCheck.success(of:)`).
    public var success: SuccessPromise?

    public init() {}

    /// Every promise that did not hold, as sentences; empty when all held.
    public func failures(of session: TrainingSession, baseline: TrainingSession? = nil, diagnoses: [String] = [])
        -> [String]
    {
        var failures: [String] = []
        let last = session.latest
        let accuracies = session.history.compactMap(\.testAccuracy)
        func check(_ holds: Bool, _ message: @autoclosure () -> String) { if !holds { failures.append(message()) } }
        if let value = testAccuracyAtLeast {
            check(
                (last.testAccuracy ?? 0) >= value,
                "final test accuracy \(percent(last.testAccuracy ?? 0)) is below \(percent(value))")
        }
        if let value = bestTestAccuracyAtMost {
            let best = accuracies.max() ?? 0
            check(best <= value, "best test accuracy \(percent(best)) is above \(percent(value))")
        }
        if let value = reachesTestAccuracy {
            check(accuracies.contains { $0 >= value }, "test accuracy never reached \(percent(value))")
        }
        if let value = testLossBelow {
            check(last.testLoss < value, "final test loss \(last.testLoss) is not below \(value)")
        }
        if let value = trainLossAbove {
            check(last.trainLoss > value, "final train loss \(last.trainLoss) is not above \(value)")
        }
        if let diverges {
            check(session.isDiverged == diverges, diverges ? "the run did not diverge" : "the run diverged")
        }
        if let unstable {
            let isUnstable = ["oscillating", "diverging", "diverged", "stalled"].contains(session.health.name)
            check(
                isUnstable == unstable,
                unstable ? "training stayed healthy (\(session.health))" : "training became \(session.health)")
        }
        if let factor = testLossRisesBy {
            check(
                last.testLoss >= factor * session.bestTest.loss,
                "final test loss \(last.testLoss) is not \(factor)× the best \(session.bestTest.loss) (epoch \(session.bestTest.epoch))"
            )
        }
        if let ratio = firstLayerGradientRatioBelow, let first = session.gradientNorms.first,
            let output = session.gradientNorms.last
        {
            let actual = Double(first) / Swift.max(Double(output), 1e-30)
            check(actual < ratio, "first-layer gradient is \(actual)× the output layer's, not below \(ratio)")
        }
        if hiddenNeuronsIdentical == true { check(session.hiddenNeuronsAreIdentical, "hidden neurons differ") }
        if let shows {
            let seen = shows.map { diagnoses.firstIndex(of: $0) }
            check(
                seen.allSatisfy { $0 != nil } && seen.map { $0! } == seen.map { $0! }.sorted(),
                "the diagnoses \(diagnoses.joined(separator: " → ")) do not show \(shows.joined(separator: " → "))")
        }
        if let neverShows {
            let wrong = neverShows.filter(diagnoses.contains)
            check(wrong.isEmpty, "the run showed \(wrong.joined(separator: ", ")), which the lesson is not about")
        }
        if beats != nil, let baseline {
            if let threshold = reachesTestAccuracy {
                let mine = session.history.first { ($0.testAccuracy ?? 0) >= threshold }?.epoch
                let theirs = baseline.history.first { ($0.testAccuracy ?? 0) >= threshold }?.epoch
                check(
                    mine != nil && (theirs == nil || theirs! > mine!),
                    "the baseline reached \(percent(threshold)) at epoch \(theirs.map(String.init) ?? "never"), this at \(mine.map(String.init) ?? "never")"
                )
            } else {
                // Without an accuracy to reach, beating is a lower best test loss (or the baseline diverging).
                let mine = session.bestTest.loss,
                    theirs = baseline.isDiverged ? Double.infinity : baseline.bestTest.loss
                check(mine < theirs, "the baseline's best test loss \(theirs) is not above this run's \(mine)")
            }
        }
        return failures
    }

    private func percent(_ value: Double) -> String { "\((value * 1000).rounded() / 10)%" }
}

extension TrainingSession {
    /// Whether, in every hidden layer, all neurons have identical incoming weights and biases.
    public var hiddenNeuronsAreIdentical: Bool {
        let network = self.network
        for (index, layer) in network.layers.enumerated() where !layer.isOutput && layer.outputCount > 1 {
            for neuron in 1..<layer.outputCount {
                if network.bias(layer: index, neuron: neuron) != network.bias(layer: index, neuron: 0) { return false }
                for input in 0..<layer.inputCount
                where network.weight(layer: index, from: input, to: neuron)
                    != network.weight(layer: index, from: input, to: 0)
                {
                    return false
                }
            }
        }
        return true
    }
}
