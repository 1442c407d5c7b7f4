import Foundation
import NeuralEngine
import Playground

/// The rows of `nnplay bench`, the same task as `shared/bench/numpy_reference.py`: the 500-point two-arm
/// spiral (noise 0), tanh hidden layers, sigmoid output with log loss, plain SGD at 0.03, reshuffled every
/// epoch (timed), float32, one thread; grid rows run a 200×200 grid over [−6, 6]² forward.
struct Benchmark {
    struct Row: Codable {
        var kind: String
        var network: [Int]
        var batch: Int?
        var perSecond: Double

        enum CodingKeys: String, CodingKey {
            case kind, network, batch, perSecond = "per_second"
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(network, forKey: .network)
            try c.encode(batch, forKey: .batch)  // null for grid rows, as numpy's reference prints
            try c.encode(perSecond, forKey: .perSecond)
        }
    }

    typealias Entry = (kind: String, hidden: [Int], batch: Int?, target: Double, threads: Int)

    /// (kind, hidden widths, batch, target per second from the second speed issue, threads). The targets are
    /// for one thread, set on an earlier build machine (see the README's Speed section); where the machine
    /// differs, compare ratios to numpy measured in the same session. The 2-thread rows show what the
    /// second core adds.
    static let plan: [Entry] = [
        ("train", [8, 8], 10, 30e6, 1), ("train", [8, 8], 500, 40e6, 1), ("train", [64, 64], 10, 2.6e6, 1),
        ("train", [256, 256], 500, 0.21e6, 1), ("grid", [8, 8], nil, 200e6, 1), ("grid", [64, 64], nil, 9e6, 1),
        ("train", [256, 256], 500, 0.21e6, 2), ("grid", [8, 8], nil, 200e6, 2), ("grid", [64, 64], nil, 9e6, 2),
    ]

    var repeats = 5
    var minimumSeconds = 0.25
    /// When set: exactly this many epochs (or grid passes), once, without calibration — a fixed amount of
    /// work whose instruction count `valgrind --tool=callgrind` can compare between builds.
    var fixedWork: Int?

    func run(_ entry: Entry) -> Row {
        var rng = SplitMix64(seed: 1)
        let shape = NetworkShape(inputCount: 2, hiddenWidths: entry.hidden, activation: .tanh, head: .sigmoidLog)
        let network = Network(shape: shape, initialization: .xavier, rng: &rng)
        let rate: Double
        if let batch = entry.batch {
            let examples = Self.spiral()
            let trainer = MiniBatchTrainer(
                network: network,
                optimizer: Optimizer(kind: .sgd, learningRate: 0.03, parameterCount: shape.parameterCount),
                settings: StepSettings(batchSize: batch), rng: rng)
            trainer.threads = entry.threads
            rate = measure(items: examples.count) { epochs in
                for _ in 0..<epochs { trainer.trainEpoch(on: examples) }
            }
        } else {
            let parts = (0..<entry.threads).map { part in
                let all = Self.gridInputs(side: 200), size = all.count / entry.threads
                return Array(all[(part * size)..<(part + 1 == entry.threads ? all.count : (part + 1) * size)])
            }
            let evaluators = parts.map { _ in Evaluator(shape: shape) }
            nonisolated(unsafe) let shared = (parts, evaluators)  // one evaluator per thread, inputs read-only
            rate = measure(items: 200 * 200) { passes in
                for _ in 0..<passes {
                    DispatchQueue.concurrentPerform(iterations: entry.threads) { part in
                        let inputs = shared.0[part]
                        shared.1[part].forEachChunk(of: network, inputs: inputs, rowCount: inputs.count / 2) { _ in }
                    }
                }
            }
        }
        let kind = entry.threads == 1 ? entry.kind : "\(entry.kind)-\(entry.threads)threads"
        return Row(kind: kind, network: shape.widths, batch: entry.batch, perSecond: rate)
    }

    /// Items per second of `work(k)`: k grows until one call takes `minimumSeconds`, then the median of
    /// `repeats` calls (numpy_reference.py's method).
    private func measure(items: Int, _ work: (Int) -> Void) -> Double {
        let clock = ContinuousClock()
        if let fixedWork {
            let d = clock.measure { work(fixedWork) }
            return Double(fixedWork * items) / d.seconds
        }
        func seconds(_ k: Int) -> Double {
            let d = clock.measure { work(k) }
            return d.seconds
        }
        work(1)
        var k = 1
        while true {
            let dt = seconds(k)
            if dt >= minimumSeconds { break }
            k = max(2 * k, Int(Double(k) * minimumSeconds * 1.3 / max(dt, 1e-9)) + 1)
        }
        let rates = (0..<repeats).map { _ in Double(k * items) / seconds(k) }.sorted()
        return rates[rates.count / 2]
    }

    static func spiral() -> Examples {
        var rng = SplitMix64(seed: 1)
        let points = DatasetKind.spiral.generate(count: 500, noise: 0, rng: &rng)
        return Examples(
            inputs: points.flatMap { [$0.x, $0.y] }, targets: points.map { $0.label }, inputCount: 2, targetCount: 1)
    }

    static func gridInputs(side: Int) -> [Float] {
        var inputs: [Float] = []
        for row in 0..<side {
            for column in 0..<side {
                let p = DecisionGrid.point(column: column, row: row, width: side, height: side)
                inputs += [p.x1, p.x2]
            }
        }
        return inputs
    }
}
