import ArgumentParser
import Testing
import NeuralEngine
import Playground
@testable import nnplay

@Suite("Messages that are safe to print")
struct MessageTests {
    @Test func aNegativeNumberReachesTheOptionsOwnCheck() throws {
        let joined = CommandLineText.joiningNegativeNumbers(["sweep", "--runs", "-5", "--x2", "-2.5", "--json", "-h"])
        #expect(joined == ["sweep", "--runs=-5", "--x2=-2.5", "--json", "-h"])
        #expect(throws: (any Error).self) { try SweepCommand.parse(["--runs=-5"]) }
        let message = SweepCommand.message(for: ValidationError("--runs: must be 2…64 (got -5)"))
        #expect(message == "--runs: must be 2…64 (got -5)")
    }

    @Test func valuesAreCutToOneShortLineWithoutControlCharacters() {
        #expect(
            String(repeating: "x", count: 200_000).quotedForMessage == "'" + String(repeating: "x", count: 59) + "…'")
        #expect("fast\ner\n".quotedForMessage == "'fast⏎er⏎'")
        #expect("a\u{1B}[31mb".quotedForMessage == "'a\u{FFFD}[31mb'")
        let cleaned = CommandLineText.cleaned(
            "Error: Unknown option '--x\u{1B}[2J'\n" + String(repeating: "y", count: 500))
        #expect(!cleaned.unicodeScalars.contains { $0.value == 0x1B })
        #expect(cleaned.split(separator: "\n").allSatisfy { $0.count <= 240 })
    }

    @Test(arguments: [["--early-stopping", "abc"], ["--learning-rate", "fast"], ["--dataset", "\u{1B}[2J"]])
    func everyBadValueIsRefusedWithTheOption(arguments: [String]) {
        #expect(throws: (any Error).self) { try SessionOptions.parse(arguments).config() }
    }
}
