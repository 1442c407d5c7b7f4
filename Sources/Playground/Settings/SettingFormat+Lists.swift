import NeuralEngine
import Yams

// Settings written as lists: `[8, 8]` or `8,8` in presets, `8,8` on the command line.

extension SettingFormat where Value == [Int] {
    /// Neurons per hidden layer; empty for none.
    static let widths = Self(
        expected: "neurons per hidden layer, e.g. [8, 8] or [] for none",
        fromText: { text throws(SettingProblem) in
            let widths = CommaList.items(text).map { Int($0) }
            guard widths.allSatisfy({ ($0 ?? 0) >= 1 }) else {
                throw SettingProblem(
                    "\(text.quotedForMessage) is not a list of neuron counts ≥ 1, e.g. 8,8 (or \"\" for no hidden layer)"
                )
            }
            return widths.map { $0! }
        },
        fromNode: { node throws(FieldError) in
            try ListNode.items(node).map { item throws(FieldError) in
                // 010 is ten, as on the command line.
                guard case .scalar = item, let width = item.string.flatMap(DecimalText.whole) else {
                    throw .expected("neurons per hidden layer, e.g. [8, 8] or [] for none", item)
                }
                return width
            }
        },
        toNode: { ListNode.flow($0.map(String.init)) }, show: { $0.map(String.init).joined(separator: " ") },
        problem: { _ in nil })
}

extension SettingFormat where Value == [Feature] {
    static let features = Self(
        expected: "a list of \(Choices<Feature>.listed)",
        fromText: { text throws(SettingProblem) in
            let allowed = Choices<Feature>.alternatives.replacingOccurrences(of: "|", with: ",")
            let names = CommaList.items(text)
            guard !names.isEmpty else { throw SettingProblem("needs at least one of \(allowed)") }
            return try names.map { name throws(SettingProblem) in
                guard let feature = Feature(rawValue: name) else {
                    throw SettingProblem("unknown feature \(name.quotedForMessage); use \(allowed)")
                }
                return feature
            }
        },
        fromNode: { node throws(FieldError) in
            try ListNode.items(node).map { n throws(FieldError) in try Choices<Feature>.read(n) }
        },
        toNode: { ListNode.flow($0.map(\.rawValue)) }, show: { $0.map(\.rawValue).joined(separator: " ") },
        problem: { _ in nil })
}

extension SettingFormat where Value == [Activation] {
    /// One activation for every hidden layer, or one per layer.
    static let activations = Self(
        expected: "an activation or one per hidden layer",
        fromText: { text throws(SettingProblem) in
            try CommaList.items(text).map { name throws(SettingProblem) in
                guard let activation = Activation(rawValue: name) else {
                    throw SettingProblem(
                        "unknown activation \(name.quotedForMessage); use \(Choices<Activation>.alternatives)")
                }
                return activation
            }
        },
        fromNode: { node throws(FieldError) in
            try ListNode.items(node).map { n throws(FieldError) in try Choices<Activation>.read(n) }
        },
        toNode: { $0.count == 1 ? Node($0[0].rawValue) : ListNode.flow($0.map(\.rawValue)) },
        show: { Set($0).count <= 1 ? ($0.first?.rawValue ?? "") : "mixed" }, problem: { _ in nil })
}

/// A preset value that is a list: a YAML list, a comma-separated string, or a single value.
enum ListNode {
    /// The items; `[]` and an empty value are no items.
    static func items(_ node: Node) throws(FieldError) -> [Node] {
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .scalar(let scalar):
            return CommaList.items(scalar.string).map { Node($0, Tag(.implicit), .plain) }
        default: throw FieldError(message: "expected a list, got a mapping")
        }
    }

    /// `[a, b]` on one line.
    static func flow(_ items: [String]) -> Node { Node(items.map { Node($0) }, Tag(.seq), .flow) }
}
