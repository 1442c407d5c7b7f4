import NeuralEngine

/// The loss a person picks; with the problem type it decides the output head.
public enum Loss: String, CaseIterable, Codable, Sendable {
    /// ½(a − t)²: tanh output for classes (Playground's), linear output for regression.
    case squared
    /// Log loss with a sigmoid output (two classes).
    case log
    /// Hinge loss on a linear score (two classes).
    case hinge
    /// Cross-entropy with a softmax output, for two or more classes.
    case crossEntropy = "cross-entropy"

    /// The output head for a problem with `classCount` classes (0 = regression), or `nil` if this loss
    /// cannot train it.
    public func head(classCount: Int) -> OutputHead? {
        let head: OutputHead
        switch self {
        case .squared: head = classCount == 0 ? .linearSquared : .tanhSquared
        case .log: head = .sigmoidLog
        case .hinge: head = .linearHinge
        case .crossEntropy: head = .softmaxCrossEntropy
        }
        return head.supports(classCount: classCount) ? head : nil
    }

    /// The loss used when none is chosen: Playground's squared loss, cross-entropy for more than 2 classes.
    public static func automatic(classCount: Int) -> Loss {
        classCount > 2 ? .crossEntropy : .squared
    }
}
