import Foundation

/// The training history as CSV (`--export-history`): epoch, train and test loss and accuracy.
public enum HistoryCSV {
    public static let header = "epoch,train_loss,test_loss,train_accuracy,test_accuracy"

    public static func text(_ history: [EpochRecord]) -> String {
        func number(_ v: Double?) -> String { v.map { $0.isFinite ? "\($0)" : "" } ?? "" }
        return
            ([header]
            + history.map { r in
                "\(r.epoch),\(number(r.trainLoss)),\(number(r.testLoss)),\(number(r.trainAccuracy)),\(number(r.testAccuracy))"
            }).joined(separator: "\n") + "\n"
    }

    /// Writes the CSV (`SafeFile`: atomically, only over a regular file).
    @discardableResult
    public static func write(_ history: [EpochRecord], to path: String) throws(FileWriteError) -> String? {
        try SafeFile.write(Data(text(history).utf8), to: path)
    }
}
