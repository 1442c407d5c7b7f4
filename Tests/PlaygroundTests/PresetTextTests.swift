import Foundation
import Testing
@testable import Playground

@Suite("Preset text never drives the terminal")
struct PresetTextTests {
    @Test func controlCharactersInTextAndMessagesAreShownNotSent() throws {
        let preset = try PresetParser.parse(
            "title: \"evil \\e[2J\\e]0;pwned\\a\"\nnotes: \"line\\nnext\\tx\"",
            name: "x", file: "x.yaml")
        #expect(preset.title == "evil \u{FFFD}[2J\u{FFFD}]0;pwned\u{FFFD}" && preset.notes == "line\nnext\tx")
        do {
            _ = try PresetParser.parse("dataset: \"\\e[31mred\"", name: "x", file: "x.yaml")
            Issue.record("accepted")
        } catch {
            #expect(!error.description.unicodeScalars.contains { $0.value == 0x1B }, "\(error.description)")
        }
    }
}
