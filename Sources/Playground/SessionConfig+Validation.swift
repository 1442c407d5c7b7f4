import NeuralEngine

extension SessionConfig {
    /// Checks every value and how they fit together; throws the first problem as a `ConfigError`.
    public func validate() throws(ConfigError) {
        try check(.noise, noise, in: 0...50)
        try check(.points, points, in: 10...10_000)
        try check(.classes, classes, in: 2...8)
        try check(.trainFraction, trainFraction, in: 0.1...0.9)
        guard !features.isEmpty else {
            throw ConfigError(.features, "needs at least one of \(Feature.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard Set(features).count == features.count else { throw ConfigError(.features, "lists a feature twice") }
        guard hidden.count <= 16 else { throw ConfigError(.hidden, "at most 16 hidden layers (got \(hidden.count))") }
        if let bad = hidden.first(where: { !(1...1024).contains($0) }) {
            throw ConfigError(.hidden, "each layer needs 1 to 1024 neurons (got \(bad))")
        }
        guard !activations.isEmpty, activations.count == 1 || activations.count == hidden.count else {
            throw ConfigError(.activation,
                "give one activation or one per hidden layer (\(hidden.count) layers, got \(activations.count))")
        }
        guard effectiveLoss.head(classCount: classCount) != nil else {
            throw ConfigError(.loss, lossMismatch)
        }
        guard learningRate.isFinite, learningRate > 0, learningRate <= 100 else {
            throw ConfigError(.learningRate, "must be a number > 0 and ≤ 100 (got \(learningRate))")
        }
        try check(.momentum, momentum, in: 0...0.999)
        guard batchSize >= 1 else { throw ConfigError(.batchSize, "must be at least 1 (got \(batchSize))") }
        try check(.regularizationRate, regularizationRate, in: 0...10)
        try check(.dropout, dropout, in: 0...0.9)
        try check(.epochs, epochs, in: 1...1_000_000)
    }

    private var lossMismatch: String {
        let problem = classCount == 0 ? "regression" : "\(classCount) classes"
        let fits = Loss.allCases.filter { $0.head(classCount: classCount) != nil }.map(\.rawValue)
        return "\(effectiveLoss.rawValue) cannot train \(dataset.rawValue) (\(problem)); use \(fits.joined(separator: " or "))"
    }

    private func check<T: Comparable>(
        _ setting: Setting, _ value: T, in range: ClosedRange<T>
    ) throws(ConfigError) {
        if let double = value as? Double, !double.isFinite {
            throw ConfigError(setting, "must be a finite number (got \(double))")
        }
        guard range.contains(value) else {
            throw ConfigError(setting, "must be between \(range.lowerBound) and \(range.upperBound) (got \(value))")
        }
    }
}
