import Testing
@testable import Playground

@Suite("Learning-rate sweeps")
struct SweepTests {
    @Test func ratesAreLogSpacedAndIncludeTheEnds() {
        let rates = LearningRateSweep.rates()
        #expect(rates.count == 12 && rates.first == 1e-4 && rates.last == 10)
        let ratios = zip(rates.dropFirst(), rates).map { $0 / $1 }
        #expect(ratios.allSatisfy { Swift.abs($0 - ratios[0]) < 1e-9 }, "a constant ratio: log-spaced")
    }

    /// On the plane regression (a linear output), the largest rates diverge, the smallest barely move, and
    /// the best rate is inside the range; runs are in the order of the rates, whatever the threads did.
    @Test func tooSmallJustRightTooLarge() throws {
        var config = SessionConfig()
        config.dataset = .regressionPlane
        config = config.keepingAFittingLoss()
        let rates = LearningRateSweep.rates()
        let runs = try LearningRateSweep.run(config, rates: rates, epochs: 60, threads: 2)
        #expect(runs.map(\.learningRate) == rates)
        #expect(runs.last?.diverged == true, "lr 10 diverges")
        #expect(runs.last?.finalTrainLoss.isNaN == true)
        let best = try #require(LearningRateSweep.best(runs))
        #expect(best > 0 && best < rates.count - 1, "the best rate is inside the range")
        #expect(runs[0].bestTestLoss > 10 * runs[best].bestTestLoss, "1e-4 has hardly started")
        // One thread gives the same runs (each run is single-threaded and seeded alike).
        let single = try LearningRateSweep.run(config, rates: rates, epochs: 60, threads: 1)
        #expect(
            single.map(\.bestTestLoss) == runs.map(\.bestTestLoss) && single.map(\.divergedAt) == runs.map(\.divergedAt)
        )
    }
}
