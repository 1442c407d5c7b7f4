import Foundation
import Testing
@testable import Playground

@Suite("Presets that try to hang the parser")
struct PresetAliasTests {
    func refusal(_ text: String) -> String? {
        do {
            _ = try PresetParser.parse(text, name: "x", file: "x.yaml")
            return nil
        } catch {
            return error.description
        }
    }

    /// Nine levels of nine aliases: 9⁹ nodes if expanded. Refused at once, with the line of the first anchor.
    @Test func billionLaughsAreRefusedBeforeTheParserExpandsThem() {
        var text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for (level, name) in "bcdefghi".enumerated() {
            let previous = Array("abcdefghi")[level]
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        text += "? *i\n: x\n"
        let clock = ContinuousClock()
        var message: String?
        let elapsed = clock.measure { message = refusal(text) }
        #expect(message?.hasPrefix("x.yaml:1: uses a YAML anchor or alias") == true, "\(message ?? "accepted")")
        #expect(elapsed < .seconds(5))
    }

    @Test(arguments: ["hidden: *x", "- &a x", "features: [x1, *f]", "expect: {diverges: *t}", "? *k\n: v"])
    func anAliasAnywhereANodeStartsIsRefused(text: String) {
        #expect(refusal(text)?.contains("anchor or alias") == true, "\(text)")
    }

    @Test(arguments: [
        "notes: |\n  multiply *every* weight & bias\n  - *even* here\ntitle: t",
        "title: 'a *b &c'", "title: \"*quoted*\"", "description: 2 * 3 & 4", "title: x # *comment",
    ])
    func starsAndAmpersandsInTextAreNotAliases(text: String) {
        #expect(refusal(text) == nil, "\(text): \(refusal(text) ?? "")")
    }

    @Test func everyShippedPresetPassesTheEventCheck() throws {
        let library = PresetLibrary(directory: presetsFolder)
        for name in library.names {
            let text = try String(contentsOfFile: library.path(for: name), encoding: .utf8)
            #expect(YAMLEvents.problem(in: text) == nil, "\(name)")
        }
    }

    /// The spellings that slipped past the old text scan: the parser's own events see every one.
    @Test(arguments: [
        "title: a#b &x\nb: *x", "notes: |\n  text\ntitle: &t x\nd: *t", "# c\r\ntitle: &t x\r\nd: *t",
        "# c\rtitle: &t x\rd: *t", "title: \"two\n  lines\"\nd: &t x\ne: *t", "title: !!str &t x\nd: *t",
    ])
    func anchorsTheTextScanMissedAreRefused(text: String) {
        #expect(
            refusal(text)?.contains("anchor or alias") == true,
            "\(text.debugDescription): \(refusal(text) ?? "accepted")")
    }

    /// 10,000 levels of nesting: refused in words, without libyaml's function names.
    @Test func deepNestingIsRefusedInWords() throws {
        let text = "title: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let message = try #require(refusal(text))
        #expect(message.contains("nests deeper than 16 levels") && !message.contains("yaml_"), "\(message)")
    }
}
