import Testing
import NeuralEngine
@testable import Playground

@Suite("The settings table")
struct SettingsTableTests {
    @Test(arguments: Setting.allCases)
    func everySettingHasOneEntryWithItsNames(setting: Setting) {
        let spec = setting.spec
        #expect(spec.setting == setting && !spec.help.isEmpty && !spec.label.isEmpty && !spec.expected.isEmpty)
        #expect(SettingsTable.all.filter { $0.setting == setting }.count == 1)
        #expect(SettingsTable.spec(presetKey: setting.presetKey)?.setting == setting)
    }

    @Test func liveSettingsAreTheOptimizersAndTheRegularizers() {
        let live = SettingsTable.all.filter { $0.application == .live }.map(\.setting)
        #expect(
            Set(live) == [
                .optimizer, .learningRate, .momentum, .batchSize, .regularization, .regularizationRate, .dropout,
            ])
    }

    static let changes: [(String, @Sendable (inout SessionConfig) -> Void, SettingApplication?)] = [
        ("nothing", { _ in }, nil),
        ("epochs only", { $0.epochs = 9 }, nil),
        ("learning rate", { $0.learningRate = 0.3 }, .live),
        (
            "optimizer and dropout",
            {
                $0.optimizer = .adam; $0.dropout = 0.2
            }, .live
        ),
        ("noise", { $0.noise = 10 }, .rebuild),
        (
            "a live and a rebuild setting",
            {
                $0.learningRate = 0.3; $0.hidden = [3]
            }, .rebuild
        ),
        ("seed", { $0.seed = 7 }, .rebuild),
    ]

    @Test(arguments: changes)
    func aChangeIsLiveOnlyWhenEverySettingInItIs(
        _ name: String, _ change: @Sendable (inout SessionConfig) -> Void,
        _ expected: SettingApplication?
    ) {
        var next = SessionConfig()
        change(&next)
        #expect(SettingsTable.application(from: SessionConfig(), to: next) == expected, "\(name)")
    }

    @Test func liveSettingsCopyOnlyTheLiveValues() {
        var source = SessionConfig()
        source.learningRate = 1
        source.regularization = .l1
        source.dataset = .spiral
        let merged = SettingsTable.liveSettings(of: source, onto: SessionConfig())
        #expect(merged.learningRate == 1 && merged.regularization == .l1 && merged.dataset == .circle)
    }

    /// Every value the command line can give reads back from a written preset, including the largest seed.
    @Test func aWrittenPresetReadsBackEveryValue() throws {
        var config = SessionConfig()
        config.dataset = .blobs
        config.classes = 5
        config.noise = 35
        config.points = 321
        config.trainFraction = 0.3
        config.features = [.x1, .sinx2, .x1x2]
        config.standardize = true
        config.hidden = [7, 3]
        config.activations = [.relu, .sine]
        config.loss = .crossEntropy
        config.optimizer = .momentum
        config.learningRate = 0.00001
        config.momentum = 0.95
        config.batchSize = 17
        config.regularization = .l2
        config.regularizationRate = 0.003
        config.dropout = 0.4
        config.initialization = .he
        config.seed = .max
        config.epochs = 4242
        let preset = Preset(name: "all", title: "All", description: "every value", config: config)
        let text = try PresetWriter.yaml(preset)
        #expect(text.contains("seed: 18446744073709551615"))
        let read = try PresetParser.parse(text, name: "all", file: "all.yaml")
        #expect(read.config == config)
    }

    @Test func commandLineTextReadsThroughTheTable() throws {
        var config = SessionConfig()
        try Setting.learningRate.spec.read("0.3", into: &config)
        try Setting.hidden.spec.read("8, 6", into: &config)
        try Setting.seed.spec.read("18446744073709551615", into: &config)
        #expect(config.learningRate == 0.3 && config.hidden == [8, 6] && config.seed == .max)
        do {
            try Setting.noise.spec.read("lots", into: &config)
            Issue.record("'lots' was read as a noise")
        } catch {
            #expect(error.commandLineDescription == "--noise: expected a percentage 0…50, got 'lots'")
        }
    }

    @Test func aLearningRateThatIsZeroAsAFloatIsRefused() {
        var config = SessionConfig()
        config.learningRate = 1e-46
        #expect(throws: ConfigError(.learningRate, "must be a number > 0 and ≤ 100 (got 1e-46)")) {
            try config.validate()
        }
    }

    @Test func steppingChangesOnlyItsOwnSetting() {
        let base = SessionConfig()
        for spec in SettingsTable.all where spec.isStepped {
            let next = spec.stepped(base, by: 1)
            for other in SettingsTable.all where other.setting != spec.setting && other.setting != .loss {
                #expect(other.agrees(base, next), "stepping \(spec.setting) changed \(other.setting)")
            }
        }
        #expect(Setting.learningRate.spec.stepped(base, by: 1).learningRate == 0.1)
        #expect(Setting.learningRate.spec.stepped(base, by: -1).learningRate == 0.01)
        #expect(Setting.noise.spec.stepped(base, by: -1).noise == 0, "clamped at the end of the list")
    }
}
