import Foundation
import NeuralEngine

/// The generated runs the diagnosis is scored on (`nnplay diagnose-bench`): every dataset, 0–8 hidden
/// layers, every activation, sgd, momentum and adam, rates from 1e-4 to 10, noise 0–50%, train fractions
/// 0.1–0.9 and batch sizes from 1 to the full set, drawn from one seed. The default seed is the corpus in
/// the repository; any other seed draws a held-out corpus of the same kinds.
public enum DiagnosisCorpus {
    /// The seed of the corpus whose table the README shows.
    public static let standardSeed: UInt64 = 27

    /// `count` valid setups drawn from `seed`, each trained for `epochs` epochs.
    public static func configs(count: Int, seed: UInt64 = standardSeed, epochs: Int = 700) -> [ValidConfig] {
        var rng = SplitMix64(seed: seed)
        var configs: [ValidConfig] = []
        while configs.count < count {
            let config = draw(&rng, index: configs.count, epochs: epochs)
            if let valid = try? config.validated() { configs.append(valid) }
        }
        return configs
    }

    /// One setup. Every dataset and optimizer comes round in turn (`index`), so small corpora cover them all;
    /// the rest is drawn.
    static func draw(_ rng: inout SplitMix64, index: Int, epochs: Int) -> SessionConfig {
        var config = SessionConfig()
        let datasets = DatasetKind.allCases
        config.dataset = datasets[index % datasets.count]
        config.optimizer = OptimizerKind.allCases[(index / datasets.count) % OptimizerKind.allCases.count]
        config.classes = 2 + Int(rng.next() % 4)
        config.noise = Int(rng.next() % 51)
        config.points = [100, 200, 300, 500][Int(rng.next() % 4)]
        config.trainFraction = Double(1 + rng.next() % 9) / 10
        config.features = rng.next() % 4 == 0 ? [.x1, .x2, .x1sq, .x2sq, .x1x2] : [.x1, .x2]
        config.standardize = rng.next() % 2 == 0
        let depth = Int(rng.next() % 9)
        config.hidden = (0..<depth).map { _ in [1, 2, 3, 4, 6, 8][Int(rng.next() % 6)] }
        config.activations = [Activation.allCases[Int(rng.next() % UInt64(Activation.allCases.count))]]
        config.initialization = rng.next() % 8 == 0 ? .zero : [.playground, .xavier, .he][Int(rng.next() % 3)]
        // Log-uniform from 1e-4 to 10.
        config.learningRate = significant(Libm.exp(Libm.log(10) * rng.uniform(-4...1)))
        config.batchSize = [1, 5, 10, 10, 30, 1000][Int(rng.next() % 6)]
        if rng.next() % 5 == 0 { config.regularization = .l2; config.regularizationRate = 0.001 }
        if config.classCount == 0 {
            config.loss = .squared
        } else if config.classCount == 2 {
            config.loss = [Loss.squared, .log, .log, .hinge][Int(rng.next() % 4)]
        }
        config.seed = 1 + rng.next() % 1000
        config.epochs = epochs
        return config
    }

    /// `value` to two significant digits (rates as a person would type them).
    private static func significant(_ value: Double) -> Double { Double(String(format: "%.1e", value)) ?? value }
}
