/// What one epoch left behind: the losses and accuracies after it.
public struct EpochRecord: Sendable, Equatable, Codable {
    /// 1 for the first epoch.
    public var epoch: Int
    /// Mean loss over the training set (no regularization penalty, no dropout).
    public var trainLoss: Double
    public var testLoss: Double
    /// Fraction correct, 0 ... 1; `nil` for regression.
    public var trainAccuracy: Double?
    public var testAccuracy: Double?

    public init(epoch: Int, trainLoss: Double, testLoss: Double, trainAccuracy: Double?, testAccuracy: Double?) {
        self.epoch = epoch
        self.trainLoss = trainLoss
        self.testLoss = testLoss
        self.trainAccuracy = trainAccuracy
        self.testAccuracy = testAccuracy
    }

    /// Whether both losses are finite numbers.
    public var isFinite: Bool { trainLoss.isFinite && testLoss.isFinite }
}
