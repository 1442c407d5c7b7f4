import Foundation
import Playground

/// One line of `nnplay train --json`: the state after an epoch.
struct EpochReport: Encodable {
    var epoch: Int
    var trainLoss: Double
    var testLoss: Double
    var trainAccuracy: Double?
    var testAccuracy: Double?

    init(_ record: EpochRecord) {
        epoch = record.epoch
        trainLoss = record.trainLoss
        testLoss = record.testLoss
        trainAccuracy = record.trainAccuracy
        testAccuracy = record.testAccuracy
    }

    enum CodingKeys: String, CodingKey {
        case epoch, trainLoss = "train_loss", testLoss = "test_loss"
        case trainAccuracy = "train_accuracy", testAccuracy = "test_accuracy"
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(epoch, forKey: .epoch)
        try c.encode(trainLoss, forKey: .trainLoss)
        try c.encode(testLoss, forKey: .testLoss)
        try c.encode(trainAccuracy, forKey: .trainAccuracy)  // null for regression, never left out
        try c.encode(testAccuracy, forKey: .testAccuracy)
    }
}

/// The last line of `nnplay train --json`: the outcome.
struct FinalReport: Encodable {
    var final = true
    var epoch: EpochReport
    var bestTestEpoch: Int
    var bestTestLoss: Double?
    var diverged: Bool
    var divergedEpoch: Int?
    var health: String
    var seconds: Double

    init(session: TrainingSession, seconds: Double) {
        epoch = EpochReport(session.latest)
        bestTestEpoch = session.bestTest.epoch
        bestTestLoss = session.bestTest.loss.isFinite ? session.bestTest.loss : nil
        diverged = session.isDiverged
        divergedEpoch = session.divergedAt
        health = session.health.name
        self.seconds = seconds
    }

    enum CodingKeys: String, CodingKey {
        case final, bestTestEpoch = "best_test_epoch", bestTestLoss = "best_test_loss", diverged
        case divergedEpoch = "diverged_epoch", health, seconds
    }

    func encode(to encoder: Encoder) throws {
        try epoch.encode(to: encoder)  // epoch, losses and accuracies at the top level
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(final, forKey: .final)
        try c.encode(bestTestEpoch, forKey: .bestTestEpoch)
        try c.encode(bestTestLoss, forKey: .bestTestLoss)
        try c.encode(diverged, forKey: .diverged)
        try c.encode(divergedEpoch, forKey: .divergedEpoch)
        try c.encode(health, forKey: .health)
        try c.encode((seconds * 1000).rounded() / 1000, forKey: .seconds)
    }
}

extension TrainingHealth {
    /// A stable name for JSON.
    var name: String {
        switch self {
        case .learning: return "learning"
        case .oscillating: return "oscillating"
        case .farAboveBest: return "far-above-best"
        case .stalled: return "stalled"
        case .diverged: return "diverged"
        }
    }
}

/// Encodes one value as a single line of JSON with keys in a stable order.
func jsonLine<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    guard let data = try? encoder.encode(value) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
}
