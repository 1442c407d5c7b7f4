import Dispatch
import Synchronization

/// Trains the corpus (`DiagnosisCorpus`) on both cores, takes the diagnosis after every epoch (as
/// `nnplay train --json` reports it) and scores it against each run's own future (`DiagnosisScore`).
public enum DiagnosisBench {
    /// One run's history and what was said at each epoch.
    public struct Run: Sendable {
        public let config: ValidConfig
        public let hindsight: Hindsight
        /// The diagnosis after each epoch (index 0: the untrained network's).
        public let said: [TrainingHealth]
    }

    /// Trains `config` for its epochs, diagnosing after each one.
    public static func run(_ config: ValidConfig) -> Run {
        let session = TrainingSession(config: config)
        var said = [session.health]
        for _ in 0..<config.config.epochs {
            let record = session.trainEpoch()
            said.append(session.health)
            if record == nil { break }
        }
        return Run(
            config: config, hindsight: Hindsight(records: session.history, divergedAt: session.divergedAt), said: said)
    }

    /// Every config trained on `threads` threads; results in the order of `configs`.
    public static func run(_ configs: [ValidConfig], threads: Int = 2) -> [Run] {
        let results = Mutex<[Run?]>(Array(repeating: nil, count: configs.count))
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: Swift.max(1, Swift.min(threads, configs.count))) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < configs.count else { return }
                let run = run(configs[index])
                results.withLock { $0[index] = run }
            }
        }
        return results.withLock { $0.compactMap { $0 } }
    }

    /// The score of `runs`.
    public static func score(_ runs: [Run]) -> DiagnosisScore {
        var score = DiagnosisScore()
        for (index, run) in runs.enumerated() { score.add(run.hindsight, said: run.said, index: index) }
        return score
    }
}
