import Foundation
import Testing
@testable import Playground

@Suite("Line endings and byte-order marks")
struct LineEndingTests {
    @Test(arguments: ["\r\n", "\r", "\n"])
    func everyLineEndingReadsTheSamePoints(ending: String) throws {
        let text = ["x1,x2,label", "1,1,0", "2,2,1", "-1,3,1"].joined(separator: ending) + ending
        let data = try CustomData.parse(text, source: "p.csv")
        #expect(data.points.count == 3 && data.classCount == 2)
        #expect(
            try CustomData.parse("\u{FEFF}" + text, source: "p.csv").points == data.points,
            "a byte-order mark says nothing")
    }

    @Test func aPresetMayStartWithAByteOrderMark() throws {
        let preset = try PresetParser.parse(
            "\u{FEFF}title: marked\ndataset: xor\n", name: "marked", file: "marked.yaml")
        #expect(preset.title == "marked" && preset.config.dataset == .xor)
    }
}
