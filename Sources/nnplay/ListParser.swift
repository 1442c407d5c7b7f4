import ArgumentParser
import Foundation
import NeuralEngine
import Playground

/// Parses the comma-separated options, with errors that name the option and what it allows.
enum ListParser {
    static func widths(_ text: String) throws -> [Int] {
        let items = split(text)
        let widths = items.map { Int($0) }
        guard widths.allSatisfy({ $0 != nil && $0! >= 1 }) else {
            throw ValidationError(
                "--hidden: '\(text)' is not a list of neuron counts ≥ 1, e.g. 8,8 (or \"\" for no hidden layer)")
        }
        return widths.map { $0! }
    }

    static func activations(_ text: String) throws -> [Activation] {
        try split(text).map { name in
            guard let activation = Activation(rawValue: name) else {
                throw ValidationError("--activation: unknown activation '\(name)'; use \(choices(Activation.self))")
            }
            return activation
        }
    }

    static func features(_ text: String) throws -> [Feature] {
        let names = split(text)
        let allowed = choices(Feature.self).replacingOccurrences(of: "|", with: ",")
        guard !names.isEmpty else { throw ValidationError("--features: needs at least one of \(allowed)") }
        return try names.map { name in
            guard let feature = Feature(rawValue: name) else {
                throw ValidationError("--features: unknown feature '\(name)'; use \(allowed)")
            }
            return feature
        }
    }

    private static func split(_ text: String) -> [String] { CommaList.items(text) }
}
