import Foundation
import Playground

/// One line of `nnplay train --json`: the state after an epoch, and the diagnosis then (`health`: one of
/// `TrainingHealth.name`'s spellings).
struct EpochReport: Encodable {
    var epoch: Int
    var trainLoss: Double
    var testLoss: Double
    var trainAccuracy: Double?
    var testAccuracy: Double?
    var health: String
    /// λmax and the stability limit on η, on the lines of epochs where they were measured.
    var stability: StabilityReading?

    init(_ record: EpochRecord, health: TrainingHealth, stability: StabilityReading? = nil) {
        epoch = record.epoch
        trainLoss = record.trainLoss
        testLoss = record.testLoss
        trainAccuracy = record.trainAccuracy
        testAccuracy = record.testAccuracy
        self.health = health.name
        self.stability = stability?.epoch == record.epoch ? stability : nil
    }

    enum CodingKeys: String, CodingKey {
        case epoch, trainLoss = "train_loss", testLoss = "test_loss"
        case trainAccuracy = "train_accuracy", testAccuracy = "test_accuracy", health
        case sharpness, stabilityLimit = "stability_limit"
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(epoch, forKey: .epoch)
        try c.encode(trainLoss, forKey: .trainLoss)
        try c.encode(testLoss, forKey: .testLoss)
        try c.encode(trainAccuracy, forKey: .trainAccuracy)  // null for regression, never left out
        try c.encode(testAccuracy, forKey: .testAccuracy)
        try c.encode(health, forKey: .health)
        if let stability {
            try c.encode(stability.sharpness, forKey: .sharpness)
            try c.encode(stability.limit, forKey: .stabilityLimit)  // null when λ ≤ 0
        }
    }
}

/// The last line of `nnplay train --json`: the outcome. After early stopping (`stopped_early`), the epoch,
/// losses and accuracies are those of the restored best weights.
struct FinalReport: Encodable {
    var final = true
    var epoch: EpochReport
    var bestTestEpoch: Int
    var bestTestLoss: Double?
    var diverged: Bool
    var divergedEpoch: Int?
    var stoppedEarly: Bool
    var seconds: Double

    init(session: TrainingSession, stoppedEarly: Bool = false, seconds: Double) {
        let record = stoppedEarly ? (session.bestRecord ?? session.latest) : session.latest
        epoch = EpochReport(record, health: session.health)
        bestTestEpoch = session.bestTest.epoch
        bestTestLoss = session.bestTest.loss.isFinite ? session.bestTest.loss : nil
        diverged = session.isDiverged
        divergedEpoch = session.divergedAt
        self.stoppedEarly = stoppedEarly
        self.seconds = seconds
    }

    enum CodingKeys: String, CodingKey {
        case final, bestTestEpoch = "best_test_epoch", bestTestLoss = "best_test_loss", diverged
        case divergedEpoch = "diverged_epoch", stoppedEarly = "stopped_early", seconds
    }

    func encode(to encoder: Encoder) throws {
        try epoch.encode(to: encoder)  // epoch, losses and accuracies at the top level
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(final, forKey: .final)
        try c.encode(bestTestEpoch, forKey: .bestTestEpoch)
        try c.encode(bestTestLoss, forKey: .bestTestLoss)
        try c.encode(diverged, forKey: .diverged)
        try c.encode(divergedEpoch, forKey: .divergedEpoch)
        try c.encode(stoppedEarly, forKey: .stoppedEarly)
        try c.encode((seconds * 1000).rounded() / 1000, forKey: .seconds)
    }
}

/// Encodes one value as a single line of JSON with keys in a stable order.
func jsonLine<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
        positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    guard let data = try? encoder.encode(value) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
}
