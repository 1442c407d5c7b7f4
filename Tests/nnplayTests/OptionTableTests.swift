import ArgumentParser
import Testing
import NeuralEngine
import Playground
@testable import nnplay

@Suite("Command-line options and the settings table")
struct OptionTableTests {
    /// `SessionOptions` declares each option for argument-parser; this keeps it from drifting from the table.
    @Test func everyTableSettingHasAnOption() throws {
        let given = try SessionOptions.parse([]).given
        #expect(Set(given.keys) == Set(Setting.allCases))
    }
}
