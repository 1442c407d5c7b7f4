import Testing
import Foundation
import NeuralEngine
import Playground
import PlaygroundUI
@testable import nnplay

@Suite("Recording a session")
struct CastRecorderTests {
    /// The first frame writes the asciinema v2 header with its size; frames are "o" events, a new size an "r".
    @Test func framesBecomeAnAsciinemaV2File() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-\(UUID()).cast").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var recorder: CastRecorder? = try CastRecorder(path: path, title: "A lesson")
        var screen = Screen(width: 12, height: 3)
        screen.write("hello", x: 0, y: 0, style: Style(bold: true))
        recorder?.frame(screen)
        recorder?.frame(Screen(width: 10, height: 2))
        recorder = nil
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        let header = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(header["version"] as? Int == 2 && header["width"] as? Int == 12 && header["height"] as? Int == 3)
        #expect(header["title"] as? String == "A lesson")
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [Any])
        #expect(first[1] as? String == "o" && (first[2] as? String)?.hasPrefix("\u{1B}[0m\u{1B}[2J") == true)
        #expect((first[2] as? String)?.contains("\u{1B}[0;1mhello\u{1B}[0m") == true, "bold from a reset, reset after")
        let resize = try #require(try JSONSerialization.jsonObject(with: Data(lines[2].utf8)) as? [Any])
        #expect(resize[1] as? String == "r" && resize[2] as? String == "10x2")
        #expect(throws: (any Error).self) { try CastRecorder(path: "/nonexistent-dir/x.cast", title: nil) }
    }
}
