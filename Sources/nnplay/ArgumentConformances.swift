import ArgumentParser
import Foundation
import NeuralEngine
import Playground

// The option enums parse by their raw values, and `--help` lists every case.
extension DatasetKind: ExpressibleByArgument {}
extension Loss: ExpressibleByArgument {}
extension OptimizerKind: ExpressibleByArgument {}
extension Regularization: ExpressibleByArgument {}
extension Initialization: ExpressibleByArgument {}

/// Values that `--help` should show as a list of choices.
func choices<T: CaseIterable & RawRepresentable>(_ type: T.Type) -> String where T.RawValue == String {
    T.allCases.map(\.rawValue).joined(separator: "|")
}
