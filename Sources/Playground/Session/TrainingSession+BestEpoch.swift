import NeuralEngine

// The diagnosis and the way back to the best epoch: what early stopping keeps.
extension TrainingSession {
    /// What training is doing now (see `TrainingHealth`).
    public var health: TrainingHealth {
        let hasTwinCandidates = network.layers.contains { !$0.isOutput && $0.outputCount > 1 }
        // A restore starts the story afresh: the jump back to the best weights is not an oscillation.
        let since = restores.last ?? 0
        let recent = Array(history.suffix(TrainingHealth.historyNeeded).drop { $0.epoch < since })
        let measurePinned =
            TrainingHealth.mightBeSaturated(recent.map(\.trainLoss), untrained: history[0].trainLoss)
            || TrainingHealth.vanishingGradientRatio(smoothedGradientNorms) != nil
        let pinned = measurePinned ? evaluator.pinnedShares(of: network, on: data.trainExamples) : []
        return TrainingHealth.assess(
            HealthInputs(
                recent: recent, first: history.first,
                bestTrainLoss: bestTrainLoss,
                bestTest: bestRecord,
                gradientNorms: smoothedGradientNorms,
                hiddenNeuronsIdentical: hasTwinCandidates && hiddenNeuronsAreIdentical, divergedAt: divergedAt,
                pinnedShares: pinned,
                linearHiddenLayers: hasOnlyLinearHiddenLayers,
                chanceLoss: chanceLoss, overshoot: stability?.overshoot(learningRate: config.learningRate)))
    }

    /// Whether every hidden layer is linear (then a small first-layer gradient is no activation's fault).
    private var hasOnlyLinearHiddenLayers: Bool {
        !config.hidden.isEmpty && config.hiddenActivations.allSatisfy { $0 == .linear }
    }

    /// The diagnosis as it stood at `epoch` (time travel), read from the history up to it: the losses, the
    /// bests and restores of then, and the sharpness measured by then. The gradient norms and the units'
    /// saturation of that time are not kept, so the states that read them are not said of the past.
    public func health(asOf epoch: Int) -> TrainingHealth {
        let past = history.prefix { $0.epoch <= epoch }
        guard let first = past.first, epoch < self.epoch else { return health }
        let since = restores.last { $0 <= epoch } ?? 0
        let run = past.drop { $0.epoch < since }
        let reading = stabilityHistory.last { $0.epoch <= epoch }
        return TrainingHealth.assess(
            HealthInputs(
                recent: Array(run.suffix(TrainingHealth.historyNeeded)), first: first,
                bestTrainLoss: run.map(\.trainLoss).min() ?? first.trainLoss,
                bestTest: data.testExamples.count > 0 ? past.min { $0.testLoss < $1.testLoss } : nil,
                gradientNorms: [],
                linearHiddenLayers: hasOnlyLinearHiddenLayers,
                chanceLoss: chanceLoss, overshoot: reading?.overshoot(learningRate: config.learningRate)))
    }

    /// Puts back the weights of the best test epoch (what early stopping would keep), with a fresh optimizer
    /// state, and records the result as the next epoch (marked in `restores`): its losses are the best
    /// epoch's, exactly. A diverged run comes back to life this way. Returns `false` (and does nothing) when
    /// there is nothing better to go back to.
    @discardableResult
    public func restoreBestWeights() -> Bool {
        guard let best = bestRecord, !past.bestParameters.isEmpty, restores.last != epoch,
            best.epoch < epoch || divergedAt != nil
        else { return false }
        trainer.network.parameters = past.bestParameters
        trainer.optimizer.reset()
        past.divergedAt = nil
        guard let restored = record(epoch: epoch + 1) else { return false }
        past.markRestore(restored)
        return true
    }
}
