import Foundation
import NeuralEngine
import Playground

/// The human-readable summary `nnplay train` prints after training.
struct Summary {
    let session: TrainingSession
    var stoppedEarly = false
    let seconds: Double

    var lines: [String] {
        let c = session.config, d = session.data
        var lines = [
            "dataset   \(c.dataName): \(d.train.count + d.test.count) points (\(d.train.count) train / \(d.test.count) test)"
                + (c.customData == nil ? ", noise \(c.noise)%" : ""),
            "network   \(session.network.shape.widths.map(String.init).joined(separator: " → "))  features \(c.features.map(\.rawValue).joined(separator: ","))\(c.standardize ? " (standardized)" : "")",
            "          hidden \(activationText(c)), output \(session.head.rawValue), init \(c.initialization.rawValue)",
            "training  \(optimizerText(c)), batch \(c.batchSize), \(regularizationText(c)), seed \(c.seed)",
        ]
        if let epoch = session.divergedAt {
            lines.append(
                "DIVERGED  at epoch \(epoch): the loss grew a millionfold (or became NaN or infinite). Lower the learning rate."
            )
        }
        if stoppedEarly, let best = session.bestRecord, let patience = c.earlyStopping {
            let stoppedAt = (session.restores.last ?? session.epoch + 1) - 1  // the restore is a record of its own
            lines.append(
                "STOPPED   early at epoch \(stoppedAt): no new best test loss for \(patience) epochs; "
                    + "restored the weights of epoch \(best.epoch)")
            lines.append("result    " + Self.line(best) + "  (restored)")
        } else {
            lines.append((session.isDiverged ? "last good " : "result    ") + Self.line(session.latest))
        }
        if session.bestTest.loss.isFinite, !stoppedEarly {
            lines.append(
                "best      test loss \(Self.number(session.bestTest.loss)) at epoch \(session.bestTest.epoch) (where early stopping would stop)"
            )
        }
        if case .diverged = session.health {
        } else if let advice = session.health.advice {
            lines.append("note      \(advice)")
        }
        lines.append("time      \(session.epoch) epochs in \(String(format: "%.2f", seconds)) s")
        return lines
    }

    /// One epoch as a line: "epoch 25  train loss 0.2345  test loss 0.2456  train acc 91.2%  test acc 90.4%".
    static func line(_ r: EpochRecord) -> String {
        var text = "epoch \(r.epoch)  train loss \(number(r.trainLoss))  test loss \(number(r.testLoss))"
        if let train = r.trainAccuracy, let test = r.testAccuracy {
            text += "  train acc \(percent(train))  test acc \(percent(test))"
        }
        return text
    }

    static func legend(classCount: Int, color: Bool) -> String {
        switch (classCount, color) {
        case (0, true): return "orange = low, blue = high; ● points (blue above 0)"
        case (0, false): return "' ' = low ... '@' = high; o points above 0, x below"
        case (2, true): return "orange = class 0, blue = class 1; ● training points"
        case (2, false): return "' ' = class 0 ... '@' = class 1; x = class 0, o = class 1"
        case (_, true): return "one hue per class; ● training points"
        default: return "a, b, c … = predicted class; 0, 1, 2 … = points"
        }
    }

    /// Losses with four significant digits; scientific only when tiny or huge (a run on its way to diverging).
    static func number(_ value: Double) -> String { NumberFormat.significant(value) }
    static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }

    private func activationText(_ c: SessionConfig) -> String {
        if c.hidden.isEmpty { return "none" }
        let names = c.hiddenActivations.map(\.rawValue)
        return Set(names).count == 1 ? names[0] : names.joined(separator: ",")
    }

    private func optimizerText(_ c: SessionConfig) -> String {
        let base = "\(c.optimizer.rawValue), learning rate \(c.learningRate)"
        return c.optimizer == .momentum ? base + ", momentum \(c.momentum)" : base
    }

    private func regularizationText(_ c: SessionConfig) -> String {
        var parts = [
            c.regularization == .none ? "no regularization" : "\(c.regularization.rawValue) \(c.regularizationRate)"
        ]
        if c.dropout > 0 { parts.append("dropout \(c.dropout)") }
        return parts.joined(separator: ", ")
    }
}
