import NeuralEngine

/// One example in the plane: a point in [−6, 6]² and its label.
public struct DataPoint: Sendable, Equatable, Codable {
    public var x: Float
    public var y: Float
    /// A class index (0 ..< classCount) for classification; for regression a value in −1.2 ... 1.2 (Playground's scale).
    public var label: Float

    public init(x: Float, y: Float, label: Float) {
        self.x = x
        self.y = y
        self.label = label
    }
}

/// The built-in datasets. Playground's four classification sets and two regression sets keep its formulas;
/// moons, a three-arm spiral and K gaussian blobs are ours.
public enum DatasetKind: String, CaseIterable, Codable, Sendable {
    case circle, xor, gauss, spiral, moons, spiral3, blobs
    case regressionPlane = "reg-plane"
    case regressionGauss = "reg-gauss"

    /// Whether labels are real values (regression) rather than classes.
    public var isRegression: Bool { self == .regressionPlane || self == .regressionGauss }

    /// The number of classes: 0 for regression, `blobClasses` for blobs, 3 for spiral3, else 2.
    public func classCount(blobClasses: Int) -> Int {
        switch self {
        case .regressionPlane, .regressionGauss: return 0
        case .spiral3: return 3
        case .blobs: return blobClasses
        default: return 2
        }
    }

    /// A short description for help texts.
    public var summary: String {
        switch self {
        case .circle: return "a disc of one class inside a ring of the other"
        case .xor: return "opposite quadrants share a class"
        case .gauss: return "two gaussian clouds"
        case .spiral: return "two interleaved spiral arms"
        case .moons: return "two interleaved half circles"
        case .spiral3: return "three spiral arms (three classes, softmax)"
        case .blobs: return "K gaussian blobs (K classes, softmax)"
        case .regressionPlane: return "regression: a tilted plane"
        case .regressionGauss: return "regression: six gaussian bumps"
        }
    }
}
