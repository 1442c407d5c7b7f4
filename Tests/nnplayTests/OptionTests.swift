import ArgumentParser
import Testing
import NeuralEngine
import Playground
@testable import nnplay

@Suite("Command-line options")
struct OptionTests {
    func config(_ arguments: [String]) throws -> SessionConfig {
        try SessionOptions.parse(arguments).config()
    }

    @Test func noOptionsArePlaygroundsDefaults() throws {
        #expect(try config([]) == SessionConfig())
    }

    @Test func everyOptionReachesTheConfig() throws {
        let c = try config([
            "--dataset", "spiral3", "--noise", "20", "--points", "300", "--classes", "4", "--train-fraction", "0.7",
            "--features", "x1,x2,sinx1", "--standardize", "--hidden", "8, 6", "--activation", "relu,tanh",
            "--loss", "cross-entropy", "--optimizer", "momentum", "--learning-rate", "0.1", "--momentum", "0.8",
            "--batch-size", "25", "--regularization", "l2", "--regularization-rate", "0.001", "--dropout", "0.2",
            "--init", "he", "--seed", "42", "--epochs", "77",
        ])
        #expect(c.dataset == .spiral3 && c.noise == 20 && c.points == 300 && c.classes == 4 && c.trainFraction == 0.7)
        #expect(
            c.features == [.x1, .x2, .sinx1] && c.standardize && c.hidden == [8, 6] && c.activations == [.relu, .tanh])
        #expect(c.loss == .crossEntropy && c.optimizer == .momentum && c.learningRate == 0.1 && c.momentum == 0.8)
        #expect(c.batchSize == 25 && c.regularization == .l2 && c.regularizationRate == 0.001 && c.dropout == 0.2)
        #expect(c.initialization == .he && c.seed == 42 && c.epochs == 77)
    }

    @Test func anEmptyHiddenListMeansNoHiddenLayer() throws {
        #expect(try config(["--hidden", ""]).hidden == [])
    }

    static let refused: [([String], String)] = [
        (
            ["--activation", "foo"],
            "--activation: unknown activation 'foo'; use relu|leaky-relu|tanh|sigmoid|linear|step|sine"
        ),
        (
            ["--hidden", "0,abc"],
            "--hidden: '0,abc' is not a list of neuron counts ≥ 1, e.g. 8,8 (or \"\" for no hidden layer)"
        ),
        (
            ["--hidden", "8,,8"],
            "--hidden: '8,,8' is not a list of neuron counts ≥ 1, e.g. 8,8 (or \"\" for no hidden layer)"
        ),
        (["--features", ""], "--features: needs at least one of x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2,cosx1,cosx2"),
        (["--learning-rate", "-1"], "--learning-rate: must be a number > 0 and ≤ 100 (got -1.0)"),
        (["--noise", "300"], "--noise: must be between 0 and 50 (got 300)"),
        (
            ["--hidden", "4,4", "--activation", "relu,tanh,sine"],
            "--activation: give one activation or one per hidden layer (2 layers, got 3)"
        ),
    ]

    @Test(arguments: refused)
    func badValuesGetAOneLineMessageAndTheUsageExitCode(arguments: [String], message: String) {
        do {
            _ = try config(arguments)
            Issue.record("\(arguments) was accepted")
        } catch {
            #expect(TrainCommand.message(for: error) == message)
            #expect(TrainCommand.exitCode(for: error) == .validationFailure)
        }
    }

    @Test func anUnknownDatasetListsTheChoices() {
        do {
            _ = try TrainCommand.parse(["--dataset", "nope"])
            Issue.record("accepted an unknown dataset")
        } catch {
            let message = TrainCommand.message(for: error)
            #expect(message.contains("--dataset") && message.contains("spiral3") && message.contains("reg-gauss"))
            #expect(TrainCommand.exitCode(for: error) == .validationFailure)
        }
    }

    @Test func helpListsEveryOption() {
        let help = TrainCommand.helpMessage()
        for setting in Setting.allCases {
            #expect(help.contains(setting.option), "\(setting.option) missing from --help")
        }
        #expect(help.contains("--json") && help.contains("relu|leaky-relu"))
    }

    @Test func aPresetIsTheBaseAndOptionsOverrideIt() throws {
        let options = try SessionOptions.parse(["--preset", "xor", "--hidden", "8", "--no-standardize"])
        let preset = try #require(try options.loadPreset())
        let config = try options.config()
        #expect(preset.config.dataset == .xor && config.dataset == .xor && config.hidden == [8] && !config.standardize)
        #expect(config.seed == preset.config.seed && config.epochs == preset.config.epochs)
    }

    @Test func aMissingPresetIsAUsageErrorThatNamesTheNearestOne() {
        do {
            _ = try SessionOptions.parse(["--preset", "spirl"]).config()
            Issue.record("accepted a preset that does not exist")
        } catch {
            #expect(TrainCommand.message(for: error).contains("did you mean `spiral`?"))
            #expect(TrainCommand.exitCode(for: error) == .validationFailure)
        }
    }
}
