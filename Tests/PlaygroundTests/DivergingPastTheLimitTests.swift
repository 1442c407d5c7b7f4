import Testing
@testable import Playground

@Suite("Diverging past the stability limit")
struct DivergingPastTheLimitTests {
    let overshoot = Overshoot(learningRate: 3, limit: 1.5, formula: "2/λ")

    /// The diagnosis of a training-loss history with the rate past the limit, as the playground measures it.
    func assess(_ train: [Double]) -> TrainingHealth {
        let records = train.enumerated().map {
            EpochRecord(epoch: $0, trainLoss: $1, testLoss: $1, trainAccuracy: nil, testAccuracy: nil)
        }
        return TrainingHealth.assess(
            HealthInputs(
                recent: Array(records.suffix(TrainingHealth.historyNeeded)), first: records.first,
                bestTrainLoss: train.min()!, bestTest: records.min { $0.testLoss < $1.testLoss },
                gradientNorms: [1, 1, 1], overshoot: overshoot))
    }

    /// A loss growing past everything before it, two epochs running, is diverging, and says why; one that
    /// climbs back to where it has bounced before is not (a relu circle at rate 3 bounced between 0.5 and 0.9
    /// for 1,000 epochs and was called "diverging" at each climb).
    @Test func onlyANewHighIsDiverging() {
        let bouncing: [Double] = (0..<49).map { [0.5, 0.62, 0.9, 0.55, 0.5, 0.52][$0 % 6] }  // ends at 0.5
        #expect(assess(bouncing + [0.6, 0.85]).name != "diverging", "×1.2 and ×1.4, but below the 0.9 before")
        let past = bouncing + [0.7, 0.95]
        guard case .diverging(let factor, let why) = assess(past) else {
            Issue.record("a new high two epochs running: \(assess(past))")
            return
        }
        #expect(abs(factor - 0.95 / 0.7) < 1e-9 && why == overshoot)
        #expect(assess([0.5, 0.6, 0.75]).name == "diverging", "at the start nothing came before the rise")
    }
}
