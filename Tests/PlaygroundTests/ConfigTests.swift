import Testing
import NeuralEngine
@testable import Playground

@Suite("Session settings")
struct ConfigTests {
    @Test func defaultsArePlaygrounds() throws {
        let config = SessionConfig()
        try config.validate()
        #expect(config.dataset == .circle && config.hidden == [4, 2] && config.activations == [.tanh])
        #expect(config.learningRate == 0.03 && config.batchSize == 10 && config.trainFraction == 0.5)
        #expect(config.effectiveLoss == .squared && config.initialization == .playground)
    }

    static let invalid: [(String, @Sendable (inout SessionConfig) -> Void, Setting)] = [
        ("noise", { $0.noise = 300 }, .noise),
        ("points", { $0.points = 3 }, .points),
        ("fraction", { $0.trainFraction = 0.95 }, .trainFraction),
        ("no features", { $0.features = [] }, .features),
        ("zero neurons", { $0.hidden = [0] }, .hidden),
        ("activation count", { $0.activations = [.tanh, .relu, .relu] }, .activation),
        ("negative rate", { $0.learningRate = -1 }, .learningRate),
        ("NaN rate", { $0.learningRate = .nan }, .learningRate),
        ("batch", { $0.batchSize = 0 }, .batchSize),
        ("dropout", { $0.dropout = 1 }, .dropout),
        (
            "squared on 3 classes",
            {
                $0.dataset = .spiral3; $0.loss = .squared
            }, .loss
        ),
        (
            "log on regression",
            {
                $0.dataset = .regressionPlane; $0.loss = .log
            }, .loss
        ),
    ]

    @Test(arguments: invalid)
    func badValuesNameTheirSetting(
        _ name: String, _ change: @Sendable (inout SessionConfig) -> Void, _ setting: Setting
    ) {
        var config = SessionConfig()
        change(&config)
        #expect(throws: ConfigError.self, "\(name)") { try config.validate() }
        do { try config.validate() } catch { #expect(error.setting == setting) }
    }

    @Test func lossMismatchSaysWhatFits() {
        var config = SessionConfig()
        config.dataset = .spiral3
        config.loss = .hinge
        do {
            try config.validate()
            Issue.record("hinge on three classes must be refused")
        } catch {
            #expect(error.commandLineDescription == "--loss: hinge cannot train spiral3 (3 classes); use cross-entropy")
        }
    }

    @Test func multiClassDatasetsPickCrossEntropy() throws {
        var config = SessionConfig()
        config.dataset = .blobs
        config.classes = 4
        #expect(config.effectiveLoss == .crossEntropy)
        let session = try TrainingSession(config: config)
        #expect(session.network.shape.outputCount == 4 && session.head == .softmaxCrossEntropy)
    }

    @Test func settingNamesMatchOptionsAndPresetKeys() {
        #expect(Setting.learningRate.option == "--learning-rate")
        #expect(Setting.regularizationRate.presetKey == "regularization_rate")
        #expect(Setting.initialization.option == "--init")
    }
}
