import Dispatch
import NeuralEngine
import Synchronization

/// One run of a learning-rate sweep: the setup trained at `learningRate` for the sweep's epochs.
public struct SweepRun: Sendable, Equatable {
    public var learningRate: Double
    /// The last epoch's losses; NaN for a run that diverged (it has no last epoch worth the name).
    public var finalTrainLoss: Double, finalTestLoss: Double
    /// The lowest test loss of any epoch (what early stopping would keep).
    public var bestTestLoss: Double
    /// The last epoch's test accuracy (nil for regression).
    public var testAccuracy: Double?
    /// The epoch the loss became NaN/∞ or grew a millionfold, if it did (the run stops there).
    public var divergedAt: Int?
    public var diverged: Bool { divergedAt != nil }

    public init(
        learningRate: Double, finalTrainLoss: Double, finalTestLoss: Double, bestTestLoss: Double,
        testAccuracy: Double?, divergedAt: Int?
    ) {
        (self.learningRate, self.finalTrainLoss, self.finalTestLoss) = (learningRate, finalTrainLoss, finalTestLoss)
        (self.bestTestLoss, self.testAccuracy, self.divergedAt) = (bestTestLoss, testAccuracy, divergedAt)
    }
}

/// The "too small / just right / too large" curve: one setup trained at a range of learning rates, same
/// data, same initial weights, runs spread over the cores.
public enum LearningRateSweep {
    /// `count` learning rates log-spaced from `low` to `high` (both included), e.g. 1e-4 … 10.
    public static func rates(from low: Double = 1e-4, to high: Double = 10, count: Int = 12) -> [Double] {
        guard count > 1, low > 0, high > low else { return [low] }
        let (a, b) = (Libm.log(low), Libm.log(high))
        return (0..<count).map { i in
            i == 0 ? low : (i == count - 1 ? high : Libm.exp(a + (b - a) * Double(i) / Double(count - 1)))
        }
    }

    /// Trains `config` at each of `rates` for `epochs` epochs (a run that diverges stops), on `threads`
    /// threads; `onRun` hears each run as it finishes (index into `rates`, from any thread). Rates the
    /// settings refuse are skipped. Results in the order of `rates`.
    public static func run(
        _ config: SessionConfig, rates: [Double], epochs: Int, threads: Int = 2,
        shouldStop: @Sendable () -> Bool = { false }, onRun: @Sendable (Int, SweepRun) -> Void = { _, _ in }
    ) throws(ConfigError) -> [SweepRun] {
        let valid = try config.validated()
        let data = PreparedData(config: valid)
        let results = Mutex<[SweepRun?]>(Array(repeating: nil, count: rates.count))
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: Swift.max(1, Swift.min(threads, rates.count))) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < rates.count, !shouldStop() else { return }
                var c = valid.config
                c.learningRate = rates[index]
                guard let runConfig = try? c.validated() else { continue }
                guard let run = train(runConfig, data: data, epochs: epochs, shouldStop: shouldStop) else { return }
                results.withLock { $0[index] = run }
                onRun(index, run)
            }
        }
        return results.withLock { $0.compactMap { $0 } }
    }

    /// One run, or `nil` when `shouldStop` said so before it finished.
    static func train(_ config: ValidConfig, data: PreparedData, epochs: Int, shouldStop: () -> Bool) -> SweepRun? {
        let session = TrainingSession(config: config, data: data)
        for epoch in 0..<epochs {
            if epoch % 16 == 0, shouldStop() { return nil }
            guard session.trainEpoch() != nil else { break }  // diverged
        }
        let latest = session.latest
        let diverged = session.divergedAt != nil
        return SweepRun(
            learningRate: config.config.learningRate, finalTrainLoss: diverged ? .nan : latest.trainLoss,
            finalTestLoss: diverged ? .nan : latest.testLoss, bestTestLoss: session.bestTest.loss,
            testAccuracy: latest.testAccuracy, divergedAt: session.divergedAt)
    }

    /// The run with the lowest best test loss among those that did not diverge.
    public static func best(_ runs: [SweepRun]) -> Int? {
        runs.indices.filter { !runs[$0].diverged && runs[$0].bestTestLoss.isFinite }
            .min { runs[$0].bestTestLoss < runs[$1].bestTestLoss }
    }
}

/// A sweep running in the background (the playground's `l`): the runs arrive as they finish; `stop` ends it
/// between epochs.
public typealias SweepRunner = BackgroundStudy<SweepRun>

extension BackgroundStudy where Item == SweepRun {
    public convenience init(_ config: SessionConfig, rates: [Double], epochs: Int) {
        self.init { shouldStop, report in
            _ = try? LearningRateSweep.run(
                config, rates: rates, epochs: epochs, threads: 2, shouldStop: shouldStop, onRun: report)
        }
    }
}
