import ArgumentParser
import Foundation
import NeuralEngine
import Playground

/// Every setting of a training session as a command-line option, shared by `train` and `gradcheck`.
/// Each option is optional: what is not given keeps Playground's default (see `SessionConfig`). Numbers
/// parse `.unconditional`ly so that `--learning-rate -1` reaches validation instead of reading as a flag.
struct SessionOptions: ParsableArguments {
    @Option(help: "Start from a preset: a name in the presets folder (see `nnplay presets`) or a path to a .yaml file. Options given here override it.")
    var preset: String?

    @Option(help: "The presets folder (default: $NNPLAY_PRESETS, else Presets/ of the package, else ./Presets).")
    var presetsDir: String?

    @Option(help: "Dataset: \(choices(DatasetKind.self)).")
    var dataset: DatasetKind?

    @Option(parsing: .unconditional, help: "Noise in percent, 0…50.")
    var noise: Int?

    @Option(parsing: .unconditional, help: "Number of points, 10…10000.")
    var points: Int?

    @Option(parsing: .unconditional, help: "Clusters of the blobs dataset, 2…8.")
    var classes: Int?

    @Option(parsing: .unconditional, help: "Fraction of points used for training, 0.1…0.9.")
    var trainFraction: Double?

    @Option(help: "Input features, comma-separated: \(choices(Feature.self).replacingOccurrences(of: "|", with: ",")).")
    var features: String?

    @Flag(inversion: .prefixedNo, help: "Standardize inputs to mean 0, variance 1 over the training set.")
    var standardize: Bool?

    @Option(help: "Neurons per hidden layer, comma-separated, e.g. 8,8; \"\" for no hidden layer.")
    var hidden: String?

    @Option(help: "Hidden activation (\(choices(Activation.self))), or one per layer, comma-separated.")
    var activation: String?

    @Option(help: "Loss: \(choices(Loss.self)) (default: squared, or cross-entropy for 3+ classes).")
    var loss: Loss?

    @Option(help: "Optimizer: \(choices(OptimizerKind.self)).")
    var optimizer: OptimizerKind?

    @Option(parsing: .unconditional, help: "Learning rate, > 0 and ≤ 100.")
    var learningRate: Double?

    @Option(parsing: .unconditional, help: "Momentum for --optimizer momentum, 0…0.999.")
    var momentum: Double?

    @Option(parsing: .unconditional, help: "Examples per step, ≥ 1 (≥ the training set: full-batch gradient descent).")
    var batchSize: Int?

    @Option(help: "Regularization: \(choices(Regularization.self)).")
    var regularization: Regularization?

    @Option(parsing: .unconditional, help: "Regularization rate, 0…10.")
    var regularizationRate: Double?

    @Option(parsing: .unconditional, help: "Dropout probability of hidden units while training, 0…0.9.")
    var dropout: Double?

    @Option(name: .customLong("init"), help: "Initialization: \(choices(Initialization.self)).")
    var initialization: Initialization?

    @Option(parsing: .unconditional, help: "Random seed for data and weights (same seed, same run).")
    var seed: UInt64?

    @Option(parsing: .unconditional, help: "Epochs to train, 1…1000000.")
    var epochs: Int?

    /// The presets folder these options point at.
    var library: PresetLibrary { PresetLibrary.forCommandLine(presetsDir: presetsDir) }

    /// The preset named by `--preset`, if any.
    func loadPreset() throws -> Preset? {
        guard let preset else { return nil }
        do {
            return try library.load(preset)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// The configuration these options describe (on top of the preset, if any), validated.
    func config() throws -> SessionConfig {
        try config(base: loadPreset()?.config ?? SessionConfig())
    }

    func config(base: SessionConfig) throws -> SessionConfig {
        var config = base
        if let dataset { config.dataset = dataset }
        if let noise { config.noise = noise }
        if let points { config.points = points }
        if let classes { config.classes = classes }
        if let trainFraction { config.trainFraction = trainFraction }
        if let features { config.features = try ListParser.features(features) }
        if let standardize { config.standardize = standardize }
        if let hidden { config.hidden = try ListParser.widths(hidden) }
        if let activation { config.activations = try ListParser.activations(activation) }
        if let loss { config.loss = loss }
        if let optimizer { config.optimizer = optimizer }
        if let learningRate { config.learningRate = learningRate }
        if let momentum { config.momentum = momentum }
        if let batchSize { config.batchSize = batchSize }
        if let regularization { config.regularization = regularization }
        if let regularizationRate { config.regularizationRate = regularizationRate }
        if let dropout { config.dropout = dropout }
        if let initialization { config.initialization = initialization }
        if let seed { config.seed = seed }
        if let epochs { config.epochs = epochs }
        do {
            try config.validate()
        } catch {
            throw ValidationError(error.commandLineDescription)
        }
        return config
    }
}

extension PresetLibrary {
    /// The presets folder for this process: `--presets-dir`, else `NNPLAY_PRESETS`, else next to the package.
    static func forCommandLine(presetsDir: String?) -> PresetLibrary {
        locate(explicit: presetsDir, environment: ProcessInfo.processInfo.environment, executable: Bundle.main.executablePath)
    }
}
