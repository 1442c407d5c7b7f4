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

    /// The table ends with the share that reaches the goal and, for a lesson without --goal, the share that
    /// keeps all its promises.
    @Test func aLessonsRunsAreJudgedByItsPromisesToo() throws {
        let lines = try SeedsCommand.parse(["--preset", "xor", "--runs", "3", "--epochs", "60"]).output()
        #expect(lines[lines.count - 2].contains("of 3 reach 95% test accuracy"))
        #expect(lines.last?.contains("of 3 keep the lesson's promises (95% interval") == true)
        let chosen = try SeedsCommand.parse(["--preset", "xor", "--runs", "3", "--epochs", "60", "--goal", "80%"])
            .output()
        #expect(chosen.last?.contains("of 3 reach 80% test accuracy") == true, "a goal of one's own: no promises")
    }
}
