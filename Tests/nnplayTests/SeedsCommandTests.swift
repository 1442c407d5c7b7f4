import Foundation
import Testing
@testable import nnplay

@Suite("nnplay seeds")
struct SeedsCommandTests {
    /// --json: a row per seed with the interface's keys, then the summary; a bad --vary or --goal is refused.
    @Test func jsonRowsThenTheSummary() throws {
        let lines = try SeedsCommand.parse(["--preset", "xor", "--runs", "3", "--epochs", "60", "--json"]).output()
        #expect(lines.count == 4)
        let row = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(
            Set(row.keys) == [
                "seed", "final_train_loss", "final_test_loss", "test_accuracy", "reached_goal_epoch", "diverged",
            ])
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(lines[3].utf8)) as? [String: Any])
        #expect(summary["final"] as? Bool == true && summary["runs"] as? Int == 3)
        #expect(summary["interval_low"] as? Double != nil && summary["goal"] as? String == "95% test accuracy")
        #expect(throws: (any Error).self) { try SeedsCommand.parse(["--vary", "points"]) }
        #expect(throws: (any Error).self) { try SeedsCommand.parse(["--goal", "fast"]) }
    }
}
