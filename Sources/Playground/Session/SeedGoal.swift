import Foundation

/// What a run must reach to count as a success: a test accuracy, or a test loss below a level.
public enum SeedGoal: Sendable, Equatable {
    /// Test accuracy at least this (0 … 1) at some epoch.
    case testAccuracy(Double)
    /// Test loss below this at some epoch.
    case testLoss(Double)

    /// The goal in words: "95% test accuracy", "test loss under 0.05".
    public var words: String {
        switch self {
        case .testAccuracy(let level):
            let percent = level * 100
            let text =
                percent == percent.rounded() ? String(Int(percent)) : NumberFormat.significant(percent, digits: 3)
            return "\(text)% test accuracy"
        case .testLoss(let level): return "test loss under \(NumberFormat.compact(level))"
        }
    }

    /// Whether it is a test loss to get under (not an accuracy to reach).
    public var isLoss: Bool {
        if case .testLoss = self { return true } else { return false }
    }

    /// Whether `record` reaches it.
    public func isReached(by record: EpochRecord) -> Bool {
        switch self {
        case .testAccuracy(let level): return (record.testAccuracy ?? 0) >= level
        case .testLoss(let level): return record.testLoss < level
        }
    }

    /// A goal as written on the command line: `95%` or `accuracy=0.95` (test accuracy), `loss=0.05`.
    public static func parse(_ text: String) -> SeedGoal? {
        let lowered = text.lowercased().replacingOccurrences(of: " ", with: "")
        if lowered.hasSuffix("%"), let percent = Double(lowered.dropLast()), (0...100).contains(percent) {
            return .testAccuracy(percent / 100)
        }
        let parts = lowered.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let value = Double(parts[1]), value.isFinite, value >= 0 else { return nil }
        switch parts[0] {
        case "accuracy", "test-accuracy", "test_accuracy": return value <= 1 ? .testAccuracy(value) : nil
        case "loss", "test-loss", "test_loss": return value > 0 ? .testLoss(value) : nil
        default: return nil
        }
    }

    /// The lesson's own promise when it makes one (`expect:`), else 95% test accuracy for classes and a test
    /// loss under 0.05 for regression.
    public static func of(_ expectation: PresetExpectation?, regression: Bool) -> SeedGoal {
        promised(by: expectation) ?? (regression ? .testLoss(0.05) : .testAccuracy(0.95))
    }

    /// The goal a lesson's `expect:` names (a test accuracy to reach or end at, or a test loss to end under),
    /// if it names one.
    public static func promised(by expectation: PresetExpectation?) -> SeedGoal? {
        if let level = expectation?.reachesTestAccuracy ?? expectation?.testAccuracyAtLeast {
            return .testAccuracy(level)
        }
        return expectation?.testLossBelow.map(SeedGoal.testLoss)
    }
}
