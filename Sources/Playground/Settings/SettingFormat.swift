import Foundation
import NeuralEngine
import Yams

/// How one setting's values are read (from the command line and from presets), written back to YAML, shown,
/// and checked against what is allowed.
struct SettingFormat<Value: Equatable & Sendable>: Sendable {
    /// What a value looks like, for messages: "a percentage 0…50".
    let expected: String
    /// Reads a command-line value; throws a message without the option's name.
    let fromText: @Sendable (String) throws(SettingProblem) -> Value
    /// Reads a preset value.
    let fromNode: @Sendable (Node) throws(FieldError) -> Value
    let toNode: @Sendable (Value) -> Node
    /// How the controls panel shows the value.
    let show: @Sendable (Value) -> String
    /// Why a value is not allowed ("must be between 0 and 50 (got 300)"), or `nil`.
    let problem: @Sendable (Value) -> String?
}

extension SettingFormat {
    /// A format for one scalar value: `parse` reads command-line text, `read` a YAML scalar; what neither
    /// reads is "expected \(expected), got '…'".
    static func scalar(
        _ expected: String, parse: @escaping @Sendable (String) -> Value?, read: @escaping @Sendable (Node) -> Value?,
        toNode: @escaping @Sendable (Value) -> Node, show: @escaping @Sendable (Value) -> String,
        problem: @escaping @Sendable (Value) -> String? = { _ in nil }
    ) -> Self {
        Self(
            expected: expected,
            fromText: { text throws(SettingProblem) in
                guard let value = parse(text) else {
                    throw SettingProblem("expected \(expected), got \(text.quotedForMessage)")
                }
                return value
            },
            fromNode: { node throws(FieldError) in
                guard case .scalar = node, let value = read(node) else { throw .expected(expected, node) }
                return value
            },
            toNode: toNode, show: show, problem: problem)
    }
}

extension SettingFormat {
    /// A preset value through this format, checked against what it allows.
    func read(_ node: Node) throws(FieldError) -> Value {
        let value = try fromNode(node)
        if let problem = problem(value) { throw FieldError(message: problem) }
        return value
    }
}

/// Numbers as a person writes them: decimal only. YAML 1.1 would read `017` as octal 15, `0x10` as 16 and
/// `1:00:00` as 3600; a preset means 17 by `017` and refuses the others.
enum DecimalText {
    static func whole(_ text: String) -> Int? {
        var t = text.trimmingCharacters(in: .whitespaces)
        // "10.0" is ten too; "10.5" and "1e3" are not whole numbers as a person writes them.
        if let dot = t.firstIndex(of: "."), t[t.index(after: dot)...].allSatisfy({ $0 == "0" }),
            t.index(after: dot) < t.endIndex
        {
            t = String(t[..<dot])
        }
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "+") }) else { return nil }
        return Int(t.hasPrefix("+") ? String(t.dropFirst()) : t)
    }

    static func real(_ text: String) -> Double? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }) else {
            return ["nan", ".nan", "inf", ".inf", "-inf", "-.inf"].contains(t.lowercased()) ? Double.nan : nil
        }
        return Double(t)
    }
}

/// A command-line value that cannot be read: the message, without the option's name.
struct SettingProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

// MARK: - Numbers

extension SettingFormat where Value == Int {
    /// A whole number in `range`, described as `noun` ("a percentage").
    static func whole(_ noun: String, _ range: ClosedRange<Int>) -> Self {
        counted("\(noun) \(range.lowerBound)…\(range.upperBound)") { value in
            range.contains(value) ? nil : "must be between \(range.lowerBound) and \(range.upperBound) (got \(value))"
        }
    }

    /// A whole number of at least `minimum`.
    static func atLeast(_ noun: String, _ minimum: Int) -> Self {
        counted("\(noun) ≥ \(minimum)") { $0 >= minimum ? nil : "must be at least \(minimum) (got \($0))" }
    }

    private static func counted(_ expected: String, problem: @escaping @Sendable (Int) -> String?) -> Self {
        scalar(
            expected, parse: { DecimalText.whole($0) }, read: { $0.string.flatMap(DecimalText.whole) },
            toNode: { Node(String($0), Tag(.int)) }, show: { "\($0)" }, problem: problem)
    }
}

extension SettingFormat where Value == Int? {
    /// A whole number in `range`, or none (then a preset leaves the key out).
    static func optionalWhole(_ noun: String, _ range: ClosedRange<Int>) -> Self {
        let whole = SettingFormat<Int>.whole(noun, range)
        // "off" is none; anything else must be a whole number. (A plain `Int($0)` here made "abc" read as none:
        // its nil was taken for the value none, so early stopping went off in silence.)
        @Sendable func value(_ text: String?) -> Int?? {
            guard let text else { return nil }
            if text.trimmingCharacters(in: .whitespaces) == "off" { return .some(nil) }
            return DecimalText.whole(text).map { .some($0) }
        }
        return scalar(
            whole.expected + ", or off", parse: { value($0) },
            read: { node in node.string.flatMap { ["null", "Null", "NULL", "~"].contains($0) ? .some(nil) : value($0) }
            },
            toNode: { Node($0.map(String.init) ?? "off") }, show: { $0.map(String.init) ?? "off" },
            problem: { $0.flatMap(whole.problem) })
    }
}

extension SettingFormat where Value == UInt64 {
    /// Any 64-bit seed, 0 … 18446744073709551615 (so every seed the UI can reach reads back).
    static let seed = scalar(
        "a seed ≥ 0", parse: { UInt64($0) }, read: { node in node.string.flatMap { UInt64($0) } },
        toNode: { Node(String($0), Tag(.int)) }, show: { "\($0)" })
}

extension SettingFormat where Value == Double {
    /// A finite number in `range`, described as `noun` ("a fraction").
    static func number(_ noun: String, _ range: ClosedRange<Double>) -> Self {
        let shown = "\(NumberFormat.compact(range.lowerBound))…\(NumberFormat.compact(range.upperBound))"
        return real("\(noun) \(shown)") { value in
            guard value.isFinite else { return "must be a finite number (got \(value))" }
            return range.contains(value)
                ? nil : "must be between \(range.lowerBound) and \(range.upperBound) (got \(value))"
        }
    }

    /// A step size: > 0 (also as a 32-bit float, which training uses) and ≤ `maximum`.
    static func positive(_ noun: String, maximum: Double) -> Self {
        let limit = NumberFormat.compact(maximum)
        return real("\(noun) > 0 and ≤ \(limit)") { value in
            value.isFinite && value > 0 && value <= maximum && Float(value) > 0
                ? nil : "must be a number > 0 and ≤ \(limit) (got \(value))"
        }
    }

    private static func real(_ expected: String, problem: @escaping @Sendable (Double) -> String?) -> Self {
        scalar(
            expected, parse: DecimalText.real,
            read: { node in node.string.flatMap(DecimalText.real).flatMap { $0.isFinite ? $0 : nil } },
            toNode: { Node(NumberFormat.compact($0), Tag(.float)) }, show: NumberFormat.compact, problem: problem)
    }
}

// MARK: - Flags and choices

extension SettingFormat where Value == Bool {
    static let flag = scalar(
        "true or false", parse: { Bool($0) }, read: \.bool, toNode: { Node($0 ? "true" : "false", Tag(.bool)) },
        show: { $0 ? "on" : "off" })
}

extension SettingFormat where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    /// One case of an option enum, by its raw value.
    static var choice: Self {
        Self(
            expected: "one of \(Choices<Value>.listed)",
            fromText: { text throws(SettingProblem) in try Choices<Value>.read(text) },
            fromNode: { node throws(FieldError) in try Choices<Value>.read(node) },
            toNode: { Node($0.rawValue) }, show: \.rawValue, problem: { _ in nil })
    }
}

extension SettingFormat where Value == Loss? {
    /// A loss, or none for the dataset's automatic one (then nothing is written).
    static let optionalLoss = Self(
        expected: "one of \(Choices<Loss>.listed)",
        fromText: { text throws(SettingProblem) in try Choices<Loss>.read(text) },
        fromNode: { node throws(FieldError) in try Choices<Loss>.read(node) },
        toNode: { Node($0?.rawValue ?? "") }, show: { $0?.rawValue ?? "auto" }, problem: { _ in nil })
}

/// The cases of an option enum, listed and read with one message for an unknown one.
enum Choices<T: RawRepresentable & CaseIterable> where T.RawValue == String {
    static var listed: String { T.allCases.map(\.rawValue).joined(separator: ", ") }
    /// As `--help` lists them: `a|b|c`.
    static var alternatives: String { T.allCases.map(\.rawValue).joined(separator: "|") }

    static func read(_ text: String) throws(SettingProblem) -> T {
        guard let value = T(rawValue: text) else {
            throw SettingProblem("unknown value \(text.quotedForMessage); use one of \(listed)")
        }
        return value
    }

    static func read(_ node: Node) throws(FieldError) -> T {
        guard case .scalar(let scalar) = node else {
            throw FieldError(message: "expected one of \(listed), got \(FieldError.shown(node))")
        }
        do {
            return try read(scalar.string)
        } catch {
            throw FieldError(message: error.message)
        }
    }
}

extension FieldError {
    /// "expected a percentage 0…50, got 'abc'".
    static func expected(_ what: String, _ node: Node) -> FieldError {
        FieldError(message: "expected \(what), got \(shown(node))")
    }

    /// A value as a message quotes it.
    static func shown(_ node: Node) -> String {
        if case .scalar(let scalar) = node { return scalar.string.quotedForMessage }
        if node.mapping != nil { return "a mapping" }
        return "a list"
    }
}
