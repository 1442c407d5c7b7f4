import Foundation

/// The scored corpus as the README and `nnplay diagnose-bench` print it.
public enum DiagnosisTable {
    /// The states in the order of the table.
    static let states = [
        "measuring", "learning", "slow", "converged", "stalled", "settling", "overfitting", "oscillating", "diverging",
        "diverged",
        "saturated", "vanishing_gradients", "symmetric",
    ]

    public static func lines(_ score: DiagnosisScore, seconds: Double) -> [String] {
        var lines = [
            "\(score.runs) runs, \(score.judgedEpochs) epochs judged by hindsight (\(format(seconds, digits: 1)) s)",
            "",
        ]
        lines.append(
            "said                 epochs  precision   truth: "
                + Hindsight.Truth.allCases.map { $0.rawValue.leftPadded(12) }.joined())
        for state in states {
            let row = score.said[state] ?? DiagnosisScore.SaidRow()
            let truths = Hindsight.Truth.allCases.map { String(score.confusion[state]?[$0] ?? 0).leftPadded(12) }
                .joined()
            lines.append(
                state.padded(20) + String(row.epochs).leftPadded(7) + "  " + percent(row.precision).leftPadded(9)
                    + "          " + truths)
        }
        lines.append("")
        lines.append("truth                epochs  recall  stretches named  latency median / max")
        for truth in Hindsight.Truth.allCases {
            let row = score.truths[truth] ?? DiagnosisScore.TruthRow()
            let named = "\(row.latencies.count) of \(row.latencies.count + row.missedStretches)"
            let sorted = row.latencies.sorted()
            let latency = sorted.isEmpty ? "–" : "\(sorted[sorted.count / 2]) / \(sorted.last!) epochs"
            lines.append(
                truth.rawValue.padded(20) + String(row.epochs).leftPadded(7) + "  " + percent(row.recall).leftPadded(6)
                    + "  " + named.padded(15) + "  " + latency)
        }
        lines.append("")
        lines.append(
            "lies: " + Hindsight.Lie.allCases.map { "\($0.rawValue) \(score.lies[$0] ?? 0)" }.joined(separator: "  ")
                + "  (total \(score.totalLies))")
        return lines
    }

    private static func percent(_ share: Double?) -> String {
        guard let share else { return "–" }
        return format(100 * share, digits: 1) + "%"
    }

    private static func format(_ value: Double, digits: Int) -> String { String(format: "%.\(digits)f", value) }
}

/// A setup as the options that differ from the defaults, e.g. `--dataset xor --hidden 8`.
public enum SetupLine {
    public static func describe(_ config: SessionConfig) -> String {
        let defaults = SessionConfig()
        return SettingsTable.all.filter { !$0.agrees(config, defaults) && $0.setting != .epochs }
            .map { "\($0.setting.option) \($0.value(in: config))" }.joined(separator: " ")
    }
}

extension String {
    func padded(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    /// Right-aligned in `width` columns (never cut).
    public func leftPadded(_ width: Int, with pad: Character = " ") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
