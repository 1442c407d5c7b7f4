import Testing
import Foundation
import NeuralEngine
import Playground
import PlaygroundUI
@testable import nnplay

@Suite("Early stopping on the command line")
struct EarlyStoppingCommandTests {
    @Test func theFinalReportIsTheRestoredBestEpoch() throws {
        let options = try SessionOptions.parse(["--preset", "overfitting", "--early-stopping", "25", "--epochs", "600"])
        let config = try options.config()
        #expect(config.earlyStopping == 25)
        let session = try TrainingSession(config: config)
        let stopped = session.train(epochs: config.epochs, earlyStopping: config.earlyStopping)
        let final = jsonLine(FinalReport(session: session, stoppedEarly: stopped, seconds: 0))
        let best = try #require(session.bestRecord)
        #expect(final.contains("\"stopped_early\":true") && final.contains("\"epoch\":\(best.epoch),"))
        #expect(final.contains("\"test_loss\":\(best.testLoss)"))
        let summary = Summary(session: session, stoppedEarly: stopped, seconds: 0).lines.joined(separator: "\n")
        #expect(summary.contains("restored the weights of epoch \(best.epoch)"))
        // The history CSV ends at the last epoch trained: the restore (a repeat of the best epoch's values,
        // numbered as the epoch after) is not a row.
        let rows = HistoryCSV.text(session.history, restores: session.restores).split(separator: "\n")
        let last = try #require(rows.last?.split(separator: ",").first.flatMap { Int($0) })
        #expect(last == session.epoch - 1 && session.restores == [session.epoch])
    }

    /// One's own data has no noise setting: the summary does not print one.
    @Test func ownDataPrintsNoNoise() throws {
        var config = SessionConfig()
        config.customData = try CustomData.parse("1,1,1\n-1,-1,0\n1,-1,1\n-1,1,0\n", source: "mine.csv")
        let session = try TrainingSession(config: config)
        let summary = Summary(session: session, stoppedEarly: false, seconds: 0).lines.joined(separator: "\n")
        #expect(summary.contains("dataset   mine.csv: 4 points") && !summary.contains("noise"))
    }

    @Test func aBadPatienceIsRefused() {
        #expect(throws: (any Error).self) { try SessionOptions.parse(["--early-stopping", "0"]).config() }
    }
}
