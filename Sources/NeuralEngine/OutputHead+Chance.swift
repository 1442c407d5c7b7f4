extension OutputHead {
    /// The mean loss of the best constant prediction on `targets` (encoded, `targetCount` per example): what a
    /// network that ignores its inputs reaches at best — the class shares for log loss and cross-entropy,
    /// the mean target for squared loss, the best of −1, 0 and 1 for hinge. 0 for no examples.
    public func chanceLoss(targets: [Float], targetCount: Int) -> Double {
        let rows = targets.count / Swift.max(targetCount, 1)
        guard rows > 0 else { return 0 }
        func mean(_ column: Int) -> Double {
            var sum = 0.0
            for r in 0..<rows { sum += Double(targets[r * targetCount + column]) }
            return sum / Double(rows)
        }
        func entropy(_ p: Double) -> Double { p > 0 ? -p * Libm.log(p) : 0 }
        switch self {
        case .tanhSquared, .linearSquared:
            var total = 0.0
            for column in 0..<targetCount {
                let m = mean(column)
                var sum = 0.0
                for r in 0..<rows { sum += Self.squaredLoss(Float(m), targets[r * targetCount + column]) }
                total += sum / Double(rows)
            }
            return total
        case .sigmoidLog:
            let p = mean(0)
            return entropy(p) + entropy(1 - p)
        case .softmaxCrossEntropy:
            return (0..<targetCount).reduce(0) { $0 + entropy(mean($1)) }
        case .linearHinge:
            return [Float(-1), 0, 1].map { c in
                (0..<rows).reduce(0) { $0 + Self.hingeLoss(c, targets[$1 * targetCount]) } / Double(rows)
            }.min()!
        }
    }
}
