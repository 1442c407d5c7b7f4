import Foundation

/// The training history as CSV (`--export-history`): epoch, train and test loss and accuracy, one row per
/// epoch trained (a restore of the best weights, as early stopping ends, is not an epoch: its row is left out).
public enum HistoryCSV {
    public static let header = "epoch,train_loss,test_loss,train_accuracy,test_accuracy"

    public static func text(_ history: [EpochRecord], restores: [Int] = []) -> String {
        let restored = Set(restores)
        func number(_ v: Double?) -> String { v.map { $0.isFinite ? "\($0)" : "" } ?? "" }
        return
            ([header]
            + history.filter { !restored.contains($0.epoch) }.map { r in
                "\(r.epoch),\(number(r.trainLoss)),\(number(r.testLoss)),\(number(r.trainAccuracy)),\(number(r.testAccuracy))"
            }).joined(separator: "\n") + "\n"
    }

    /// Writes the CSV (`SafeFile`: atomically, only over a regular file).
    @discardableResult
    public static func write(_ history: [EpochRecord], restores: [Int] = [], to path: String) throws(FileWriteError)
        -> String?
    {
        try SafeFile.write(Data(text(history, restores: restores).utf8), to: path)
    }
}
