import Foundation
import Testing
@testable import Playground

/// The repository's `Presets/` folder.
let presetsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    .deletingLastPathComponent().appendingPathComponent("Presets").path

@Suite("Classroom presets")
struct ClassroomPresetTests {
    static let names = PresetLibrary(directory: presetsFolder).names

    @Test func theLessonsTheIssueAsksForAreAllThere() {
        for name in [
            "xor-linear", "xor", "circle-features", "spiral", "playground-default", "high-learning-rate",
            "overfitting", "vanishing-gradients", "step-activation", "zero-init", "softmax-3-class", "regression",
            "adam",
        ] {
            #expect(Self.names.contains(name), "Presets/\(name).yaml is missing")
        }
    }

    @Test(arguments: names)
    func eachPresetTrainsToTheOutcomeItsNotesPromise(name: String) throws {
        let preset = try PresetLibrary(directory: presetsFolder).load(name)
        #expect(!preset.title.isEmpty && !preset.description.isEmpty && preset.notes.count > 80, "a lesson needs words")
        let expectation = try #require(preset.expectation, "\(name) promises nothing: add `expect:`")
        _ = expectation
        let outcome = try PresetCheck.run(preset)
        #expect(outcome.failures.isEmpty, "\(name): \(outcome.failures.joined(separator: "; "))")
    }

    /// What a lecturer gets by pressing n (new data: the next seed) or r (new weights) in a lesson.
    static let retries: [(seedStep: UInt64, weightsVariant: UInt64)] = [(1, 0), (2, 0), (0, 1), (0, 2)]
    @Test(arguments: names)
    func eachLessonAlsoWorksWithNewDataAndNewWeights(name: String) throws {
        let preset = try PresetLibrary(directory: presetsFolder).load(name)
        for retry in Self.retries {
            var changed = preset
            changed.config.seed &+= retry.seedStep
            let outcome = try PresetCheck.run(changed, weightsVariant: retry.weightsVariant)
            #expect(
                outcome.failures.isEmpty,
                "\(name) with seed +\(retry.seedStep), weights variant \(retry.weightsVariant): \(outcome.failures.joined(separator: "; "))"
            )
        }
    }

    @Test func playgroundDefaultIsPlaygrounds() throws {
        let preset = try PresetLibrary(directory: presetsFolder).load("playground-default")
        var expected = SessionConfig()
        expected.epochs = preset.config.epochs
        #expect(preset.config == expected)
    }
}
