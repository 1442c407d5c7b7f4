import Foundation
import Playground

/// Which epochs the loss chart spreads over its width (`z` cycles).
public enum ChartTimeAxis: String, CaseIterable, Sendable {
    /// Every epoch evenly until the run is `autoLogFactor` times past its best test epoch, then a log axis,
    /// so the best epoch and the rise after it keep their room however long the run (the default).
    case auto
    /// Every epoch so far, evenly.
    case all
    /// The last `recentEpochs` epochs.
    case recent
    /// Every epoch, on a log axis: the first epochs keep their room however long the run.
    case logEpochs = "log epochs"

    static let recentEpochs = 200
    /// How far past its best test epoch a run goes before `auto` switches to a log axis (and at least 100).
    static let autoLogFactor = 10

    /// The axis `auto` stands for at `last` epochs with the best test epoch at `best`; others stand for
    /// themselves.
    func resolved(last: Int, best: Int) -> ChartTimeAxis {
        guard self == .auto else { return self }
        return last >= 100 && last >= Self.autoLogFactor * Swift.max(best, 1) ? .logEpochs : .all
    }

    public var next: ChartTimeAxis {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// How the loss chart maps epochs to dot columns and losses to dot rows.
struct ChartScale {
    let axis: ChartTimeAxis
    /// The first and last epoch shown.
    let first: Int, last: Int
    private(set) var dotsWide: Int
    /// The loss range shown (log10 of it on a log scale).
    let low: Double, high: Double
    let logLoss: Bool

    /// The lowest loss a log scale shows: the lowest positive loss drawn (a zero loss sits on it).
    let floor: Double

    /// `axis` resolved (not `auto`).
    init(history: [EpochRecord], axis: ChartTimeAxis, logLoss: Bool, dotsWide: Int) {
        let last = history.last?.epoch ?? 0
        let first =
            axis == .recent
            ? Swift.max(history.first?.epoch ?? 0, last - ChartTimeAxis.recentEpochs) : (history.first?.epoch ?? 0)
        (self.axis, self.first, self.last, self.dotsWide, self.logLoss) = (axis, first, last, dotsWide, logLoss)
        let losses = history.filter { $0.epoch >= first }.flatMap { [$0.trainLoss, $0.testLoss] }
        let floor = losses.filter { $0 > 0 && $0.isFinite }.min() ?? 1e-6
        self.floor = floor
        let shown = losses.map { ChartScale.transform($0, log: logLoss, floor: floor) }
        let low = logLoss ? (shown.min() ?? 0) : 0
        var high = shown.max() ?? 1
        if high - low < 1e-9 { high = low + 1 }
        (self.low, self.high) = (low, high)
    }

    /// The epoch at dot column `dot` (fractional between records).
    func epoch(atDot dot: Int) -> Double {
        let t = Double(dot) / Double(Swift.max(dotsWide - 1, 1))
        switch axis {
        case .auto, .all, .recent: return Double(first) + Double(last - first) * t
        case .logEpochs:
            let a = log(Double(first) + 1), b = log(Double(last) + 1)
            return exp(a + (b - a) * t) - 1
        }
    }

    /// The dot column of `epoch` (the inverse of `epoch(atDot:)`), or `nil` off the chart.
    func dot(ofEpoch epoch: Int) -> Int? {
        guard epoch >= first, epoch <= last, last > first else { return nil }
        let t: Double
        switch axis {
        case .auto, .all, .recent: t = Double(epoch - first) / Double(last - first)
        case .logEpochs:
            t = (log(Double(epoch) + 1) - log(Double(first) + 1)) / (log(Double(last) + 1) - log(Double(first) + 1))
        }
        return Int((t * Double(dotsWide - 1)).rounded())
    }

    /// The same scale over `dots` dot columns.
    func spread(over dots: Int) -> ChartScale {
        var scale = self
        scale.dotsWide = dots
        return scale
    }

    /// The dot row (0 at the top) of `loss` in a plot `dotsHigh` dots tall.
    func dotRow(_ loss: Double, dotsHigh: Int) -> Int {
        let t = (Self.transform(loss, log: logLoss, floor: floor) - low) / (high - low)
        return Swift.min(Swift.max(Int(((1 - t) * Double(dotsHigh - 1)).rounded()), 0), dotsHigh - 1)
    }

    /// The loss at the top (`t` = 1) or bottom (`t` = 0) of the plot, for the axis labels.
    func loss(at t: Double) -> Double {
        let v = low + (high - low) * t
        return logLoss ? pow(10, v) : v
    }

    static func transform(_ loss: Double, log: Bool, floor: Double) -> Double {
        log ? log10(Swift.max(loss, floor)) : loss
    }
}

extension Array where Element == EpochRecord {
    /// The loss `key` at `epoch`, interpolated between the records around it (sorted by epoch).
    func value(at epoch: Double, _ key: KeyPath<EpochRecord, Double>) -> Double {
        guard let firstRecord = first, let lastRecord = last else { return 0 }
        if epoch <= Double(firstRecord.epoch) { return firstRecord[keyPath: key] }
        if epoch >= Double(lastRecord.epoch) { return lastRecord[keyPath: key] }
        var low = 0, high = count - 1
        while high - low > 1 {
            let mid = (low + high) / 2
            if Double(self[mid].epoch) <= epoch { low = mid } else { high = mid }
        }
        let a = self[low], b = self[high]
        let t = (epoch - Double(a.epoch)) / Double(Swift.max(b.epoch - a.epoch, 1))
        return a[keyPath: key] * (1 - t) + b[keyPath: key] * t
    }
}
