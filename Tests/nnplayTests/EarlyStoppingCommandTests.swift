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
    }

    @Test func aBadPatienceIsRefused() {
        #expect(throws: (any Error).self) { try SessionOptions.parse(["--early-stopping", "0"]).config() }
    }
}
