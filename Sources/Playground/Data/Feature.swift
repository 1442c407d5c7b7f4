import NeuralEngine

/// An input feature computed from a point (x1, x2): Playground's seven plus the two cosines.
public enum Feature: String, CaseIterable, Codable, Sendable {
    case x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2, cosx1, cosx2

    /// The feature's value at (x1, x2).
    @inlinable
    public func value(x1: Float, x2: Float) -> Float {
        switch self {
        case .x1: return x1
        case .x2: return x2
        case .x1sq: return x1 * x1
        case .x2sq: return x2 * x2
        case .x1x2: return x1 * x2
        case .sinx1: return Libm.sinf(x1)
        case .sinx2: return Libm.sinf(x2)
        case .cosx1: return Libm.cosf(x1)
        case .cosx2: return Libm.cosf(x2)
        }
    }

    /// How the feature is written for people, e.g. "X₁²".
    public var label: String {
        switch self {
        case .x1: return "X₁"
        case .x2: return "X₂"
        case .x1sq: return "X₁²"
        case .x2sq: return "X₂²"
        case .x1x2: return "X₁X₂"
        case .sinx1: return "sin(X₁)"
        case .sinx2: return "sin(X₂)"
        case .cosx1: return "cos(X₁)"
        case .cosx2: return "cos(X₂)"
        }
    }
}

/// Turns points into the network's input rows: the chosen features, optionally standardised.
public struct FeatureMap: Sendable, Equatable {
    public let features: [Feature]
    /// Per feature: the mean subtracted and the factor multiplied (1/standard deviation); 0 and 1 when the
    /// inputs are not standardised.
    public let means: [Float]
    public let scales: [Float]

    /// A map that passes features through unchanged.
    public init(features: [Feature]) {
        self.features = features
        means = Array(repeating: 0, count: features.count)
        scales = Array(repeating: 1, count: features.count)
    }

    /// A map that standardises each feature to mean 0 and variance 1 over `points` (the training set).
    /// A constant feature keeps scale 1.
    public init(standardizing features: [Feature], over points: [DataPoint]) {
        self.features = features
        var means: [Float] = [], scales: [Float] = []
        for feature in features {
            let values = points.map { Double(feature.value(x1: $0.x, x2: $0.y)) }
            let mean = values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
            let variance =
                values.isEmpty ? 0 : values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
            means.append(Float(mean))
            scales.append(variance > 1e-12 ? Float(1 / variance.squareRoot()) : 1)
        }
        self.means = means
        self.scales = scales
    }

    /// The input row of the point (x1, x2), appended to `row`.
    @inlinable
    public func append(x1: Float, x2: Float, to row: inout [Float]) {
        for (index, feature) in features.enumerated() {
            row.append((feature.value(x1: x1, x2: x2) - means[index]) * scales[index])
        }
    }

    /// Input rows for many points, row-major.
    public func inputs(for points: [DataPoint]) -> [Float] {
        var rows: [Float] = []
        rows.reserveCapacity(points.count * features.count)
        for p in points { append(x1: p.x, x2: p.y, to: &rows) }
        return rows
    }
}
