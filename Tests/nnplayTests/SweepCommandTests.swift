import Testing
import Foundation
import NeuralEngine
import Playground
import PlaygroundUI
@testable import nnplay

@Suite("nnplay sweep")
struct SweepCommandTests {
    @Test func jsonHasOneRowPerRateWithTheInterfacesKeys() throws {
        let lines = try SweepCommand.parse(["--dataset", "reg-plane", "--epochs", "40", "--json"]).output()
        #expect(lines.count == 12)
        let keys: Set<String> = [
            "learning_rate", "final_train_loss", "final_test_loss", "best_test_loss", "test_accuracy", "diverged",
        ]
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == keys, "\(line)")
        }
        let last = try #require(try JSONSerialization.jsonObject(with: Data(lines[11].utf8)) as? [String: Any])
        #expect(last["diverged"] as? Bool == true && last["learning_rate"] as? Double == 10)
        #expect(last["final_train_loss"] is NSNull, "no loss for a diverged run")
        let table = try SweepCommand.parse(["--dataset", "reg-plane", "--epochs", "40"]).output()
        #expect(table.contains { $0.contains("✕ diverged at epoch") } && table.contains { $0.contains("← best") })
        #expect(throws: (any Error).self) { try SweepCommand.parse(["--from", "1", "--to", "0.1"]) }
    }
}
