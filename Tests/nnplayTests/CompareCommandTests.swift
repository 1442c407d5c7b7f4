import Testing
import Foundation
import NeuralEngine
import Playground
import PlaygroundUI
@testable import nnplay

@Suite("nnplay compare")
struct CompareCommandTests {
    /// A changed copy: B on A's data, the difference named, lr 3 stuck while lr 0.03 learns XOR.
    @Test func aChangedCopyIsComparedOnTheSameData() throws {
        let command = try CompareCommand.parse(["xor", "--set", "learning_rate=3", "--epochs", "150"])
        let (a, b, _) = try command.configs()
        #expect(b.learningRate == 3 && a.learningRate == 0.03 && b.seed == a.seed && b.dataset == a.dataset)
        let lines = try command.output()
        #expect(lines[1].contains("differs in: learning_rate 0.03 → 3"))
        #expect(lines.last == "A ends with the lower test loss")
    }

    /// Two presets: B trains on A's data; the JSON's final object names the differences and the better side.
    @Test func twoPresetsAsJSON() throws {
        let lines = try CompareCommand.parse(["xor-linear", "xor", "--epochs", "100", "--json"]).output()
        let final = try #require(try JSONSerialization.jsonObject(with: Data(lines.last!.utf8)) as? [String: Any])
        #expect(final["final"] as? Bool == true && final["better"] as? String == "b")
        #expect((final["differences"] as? [String])?.contains("hidden none → 6") == true)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(Set(first.keys) == ["epoch", "a", "b"])
        #expect(
            Set((first["a"] as? [String: Any])?.keys.map { $0 } ?? []) == [
                "train_loss", "test_loss", "test_accuracy", "diverged",
            ])
        #expect(throws: (any Error).self) { try CompareCommand.parse(["xor"]) }
        #expect(throws: (any Error).self) { try CompareCommand.parse(["xor", "--set", "nonsense=1"]).configs() }
    }
}
