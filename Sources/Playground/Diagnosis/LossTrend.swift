import NeuralEngine

/// How a loss moved over recent epochs, measured robustly and beside its own noise: the median of the latest
/// block of epochs against the median of an earlier block, and whether the difference stands out of the
/// epoch-to-epoch noise. One spike (of Adam, of an unlucky batch) moves neither median.
public struct LossTrend: Sendable, Equatable {
    /// The relative change from the earlier block's median to the latest block's: −0.18 is 18% lower.
    public var change: Double
    /// Epochs from the end of the earlier block to the end of the latest.
    public var epochs: Int
    /// Whether the change is larger than `DiagnosisThresholds.noiseMultiple` standard errors of the
    /// difference of the two medians (`noise`).
    public var isSignificant: Bool

    public init(change: Double, epochs: Int, isSignificant: Bool) {
        (self.change, self.epochs, self.isSignificant) = (change, epochs, isSignificant)
    }

    /// A measurable fall.
    public var isFalling: Bool { isSignificant && change < 0 }
    /// A measurable rise.
    public var isRising: Bool { isSignificant && change > 0 }

    /// The trend of `losses` (oldest first, one per epoch), or `nil` with fewer than 2. With
    /// `span + trendBlock + 1` epochs or more, the latest `trendBlock` epochs against the block ending `span`
    /// epochs earlier (with the default span, the blocks the hindsight's lie L2 compares);
    /// with fewer, the last third against the first third.
    public static func measure(_ losses: some RandomAccessCollection<Double>, span: Int = DiagnosisThresholds.trendSpan)
        -> LossTrend?
    {
        let values = Array(losses)
        let n = values.count
        guard n >= 2 else { return nil }
        let block = DiagnosisThresholds.trendBlock
        let now: ArraySlice<Double>, then: ArraySlice<Double>, epochs: Int
        if n >= span + block + 1 {
            now = values.suffix(block)
            then = values[(n - span - block - 1)...(n - span - 1)]
            epochs = span
        } else {
            let k = Swift.max(1, n / 3)
            now = values.suffix(k)
            then = values.prefix(k)
            epochs = n - k
        }
        let later = median(now), earlier = median(then)
        guard earlier > 0, earlier.isFinite, later.isFinite else { return nil }
        let change = later / earlier - 1
        guard n >= DiagnosisThresholds.noiseEpochs else {
            // Too few epochs to measure the noise: only a change that no batch noise makes counts.
            return LossTrend(
                change: change, epochs: epochs, isSignificant: abs(change) >= DiagnosisThresholds.earlyChange)
        }
        let error = medianError(values.suffix(span + block + 1), block: Swift.min(now.count, then.count))
        return LossTrend(
            change: change, epochs: epochs,
            isSignificant: abs(later - earlier) > DiagnosisThresholds.noiseMultiple * error
                && abs(change) > DiagnosisThresholds.roundOff)
    }

    /// The standard error of the difference of two medians of `block` epochs, from the noise of medians of 4
    /// epochs (`noise` of them, so smooth trends do not count): a loss that zigzags from step to step (at
    /// the edge of stability, every other epoch) moves those medians little, and neither do its blocks'.
    static func medianError(_ values: some Collection<Double>, block: Int) -> Double {
        let v = Array(values), width = 4
        guard block >= 2 * width, v.count >= 3 * width else {
            // Short blocks: the noise of single epochs; a median of k is about 1.2533 σ / √k.
            return 1.2533 * noise(v) * (2 / Double(Swift.max(block, 1))).squareRoot()
        }
        let medians = stride(from: v.count % width, to: v.count, by: width).map { median(v[$0..<($0 + width)]) }
        return noise(medians) * (2 / (Double(block) / Double(width))).squareRoot()
    }

    /// The noise of one epoch's loss, robust to spikes and blind to smooth trends: the median absolute
    /// second difference (a straight or gently curving trend has none), as a standard deviation (×1.4826),
    /// over √6 (a second difference of independent noise has variance 6σ²).
    public static func noise(_ values: some Collection<Double>) -> Double {
        let v = Array(values)
        guard v.count >= 3 else { return 0 }
        let second = (2..<v.count).map { (i: Int) -> Double in
            let bend: Double = v[i] - 2 * v[i - 1] + v[i - 2]
            return Swift.abs(bend)
        }
        return 1.4826 * median(second) / 6.0.squareRoot()
    }

    static func median(_ values: some Collection<Double>) -> Double {
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    /// "−18% in 50 epochs" (or "÷12 in 50 epochs" past halving).
    public var description: String {
        let epochs = "in \(self.epochs) epoch\(self.epochs == 1 ? "" : "s")"
        if change <= -0.5 { return "÷\(NumberFormat.significant(1 / (1 + change), digits: 2)) \(epochs)" }
        let text = NumberFormat.significant(abs(100 * change), digits: 2)
        return (change < 0 ? "−" : "+") + text + "% " + epochs
    }
}
