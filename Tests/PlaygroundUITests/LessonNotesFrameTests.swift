import Foundation
import Testing
import Playground
@testable import PlaygroundUI

/// A shipped lesson as the playground opens it: its setup, display and notes (open), on a synthetic snapshot.
func lessonState(_ name: String, width: Int, height: Int) throws -> AppState {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Presets").path
    let preset = try PresetLibrary(directory: folder).load(name)
    var state = try makeState(width: width, height: height, config: preset.config, epochs: 0)
    state.show(preset)
    return state
}

@Suite("Each lesson's notes open beside what they point at")
struct LessonNotesFrameTests {
    /// The notes' column, literally, and the whole network panel beside it: every input (and the `off:` list
    /// the circle-features notes say to click) in view, none of it under the notes.
    @Test(arguments: ["xor", "spiral", "circle-features", "high-learning-rate"])
    func notesAndNetworkAt120x40(lesson: String) throws {
        let state = try lessonState(lesson, width: 120, height: 40)
        let lines = render(state).lines
        let notes = state.layout.controls
        let column = (notes.y..<notes.y + 4).map { String(Array(lines[$0])[notes.x..<notes.x + notes.width]) }
        #expect(column == Self.expected[lesson], "\(lesson)")
        let network = state.layout.network
        let panel = (network.y..<network.y + network.height).map { String(Array(lines[$0])[network.x...]) }
            .joined(separator: "\n")
        let missing = state.config.features.map(state.name).filter { !panel.contains($0) }
        #expect(missing.isEmpty, "\(lesson): inputs out of view")
        let offListed = state.config.features.count == Feature.allCases.count || panel.contains("off:")
        #expect(offListed, "\(lesson): the off: list")
        let covered = panel.contains(String(state.notes!.prefix(12)))
        #expect(state.notesVisible && !covered, "\(lesson): notes over the network")
    }

    static let expected: [String: [String]] = [
        "xor": [
            "┌ notes · i or Esc hides ────────┐",
            "│Same data as `xor-linear`, but  │",
            "│with a hidden layer of 6 tanh   │",
            "│neurons. Each hidden neuron     │",
        ],
        "spiral": [
            "┌ notes · i or Esc hides ────────┐",
            "│Two interleaved spiral arms:    │",
            "│from x1 and x2 alone a small    │",
            "│network needs thousands of      │",
        ],
        "circle-features": [
            "┌ notes · i or Esc hides ────────┐",
            "│A circle is a straight line in  │",
            "│the right coordinates: x1² + x2²│",
            "│= r². Give the network the      │",
        ],
        "high-learning-rate": [
            "┌ notes 1/2 · i next ────────────┐",
            "│Gradient descent steps by       │",
            "│(learning rate × gradient). On a│",
            "│valley of curvature λ, a step   │",
        ],
    ]
}

@Suite("The vanishing-gradients lesson draws all six hidden layers")
struct DeepLessonFrameTests {
    /// Six hidden layers of 8 at 120×40 and 80×24, notes open: the panel's header names every column, every
    /// neuron is a thumbnail (no "2 → 8 → … → 1" line), and the ∇ row has the first and the last layer.
    @Test(arguments: [(120, 40), (80, 24)])
    func sixHiddenLayersAsThumbnails(width: Int, height: Int) throws {
        let state = try lessonState("vanishing-gradients", width: width, height: height)
        let lines = render(state).lines
        let network = state.layout.network
        let header = String(Array(lines[network.y + 1])[network.x..<network.x + network.width])
        #expect(header == Self.headers[width], "\(header)")
        let geometry = try #require(NetworkWidget.layout(state, area: network.inner))
        #expect(geometry.columns.map(\.rows.count) == [2, 8, 8, 8, 8, 8, 8, 1])
        let panel = (network.y..<network.y + network.height).map { String(Array(lines[$0])[network.x...]) }
        #expect(!panel.joined().contains("→"))
        #expect(panel[panel.count - 2].hasPrefix("│∇"))
    }

    static let headers: [Int: String] = [
        120: "│in  1  2  3  4  5  6  out     │",
        80: "│in 1 2 3 4 5 6 out    │",
    ]
}
