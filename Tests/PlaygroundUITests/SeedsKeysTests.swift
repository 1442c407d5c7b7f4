import Testing
import Playground
@testable import PlaygroundUI

@Suite("The seeds view's keys")
struct SeedsKeysTests {
    func press(_ key: Key, _ state: inout AppState) -> [Effect] { route(&state, key: key) }

    /// S pauses the main run and starts as many runs as there are tiles; Esc stops them.
    @Test func openingPausesAndStartsAsManyRunsAsFit() throws {
        for (width, height, runs) in [(80, 24, 18), (120, 40, 24), (160, 48, 24)] {
            var state = try makeState(width: width, height: height)
            let effects = press(.character("S"), &state)
            let valid = try state.config.validated()
            #expect(state.mode == .seeds && state.seeds?.runs == runs && effects.trainerCommands.first == .pause)
            #expect(
                effects.contains(
                    .startSeeds(
                        valid, runs: runs, epochs: 500, vary: .weights, goal: .testAccuracy(0.95),
                        points: StudyPoints(train: state.snapshot.train, test: state.snapshot.test), promises: nil)))
            #expect(press(.escape, &state) == [.stopSeeds] && state.seeds == nil && state.mode == .normal)
        }
    }

    /// A main run that was playing plays on when the view closes; a paused one stays paused.
    @Test func closingResumesWhatWasPlaying() throws {
        var state = try makeState(width: 120, height: 40)
        state.snapshot.playing = true
        #expect(press(.character("S"), &state).first == .trainer(.pause))
        #expect(press(.character("S"), &state) == [.stopSeeds, .trainer(.play)])
        #expect(state.message == "closed the seeds view: the main run plays on")
    }

    /// The goal is the lesson's promise when it makes one; + - g change it and the tiles are judged again at
    /// once from their curves, without training again.
    @Test func theGoalChangesWithoutTrainingAgain() throws {
        var state = try seedsState(width: 120, height: 40)
        #expect(state.seeds?.summary.reached == 19)
        #expect(press(.character("+"), &state).isEmpty && state.seeds?.goal == .testAccuracy(0.97))
        #expect(state.seeds?.summary.reached == 19 && state.seeds?.goalIsLesson == false)
        _ = press(.character("+"), &state)
        #expect(state.seeds?.goal == .testAccuracy(0.99) && state.seeds?.summary.reached == 0)
        #expect(render(state).lines[1].contains("0 of 22 reach 99% test accuracy (95% interval 0–15%)"))
        for _ in 0..<4 { _ = press(.character("-"), &state) }  // 97%, 95%, 93%, 90%
        #expect(state.seeds?.goal == .testAccuracy(0.9) && state.seeds?.summary.reached == 19)
        _ = press(.character("-"), &state)
        #expect(state.seeds?.summary.reached == 21, "85%: the two runs stuck at 87% reach it too")
        _ = press(.character("g"), &state)
        #expect(state.seeds?.goal == .testLoss(0.15) && render(state).lines[1].contains("reach test loss under 0.15"))

        var lesson = try makeState(width: 120, height: 40)
        var expectation = PresetExpectation()
        expectation.reachesTestAccuracy = 0.9
        lesson.lessonExpectation = expectation
        _ = press(.character("S"), &lesson)
        #expect(lesson.seeds?.goal == .testAccuracy(0.9) && lesson.seeds?.goalIsLesson == true)
        #expect(render(lesson).lines[0].hasSuffix("the lesson's goal "))
    }

    /// The arrows move by tiles and rows of tiles; Enter (or a second click) trains the picked run in the main
    /// view from the start: its seed, or its draw of the weights.
    @Test func enterTrainsThePickedRunFromTheStart() throws {
        var state = try seedsState(width: 120, height: 40)
        _ = press(.right, &state)
        #expect(state.message == "draw 1: final test loss 0.0650, 87% test accuracy; never reached 95% test accuracy")
        _ = press(.down, &state)
        #expect(state.seeds?.selected == 7, "6 tiles to a row")
        #expect(state.message == "draw 7: final test loss 0.0650, 87% test accuracy; never reached 95% test accuracy")
        _ = press(.up, &state)
        _ = press(.up, &state)
        #expect(state.seeds?.selected == 1, "no row above the first")
        let valid = try state.config.validated()
        let effects = press(.enter, &state)
        #expect(
            effects == [
                .stopSeeds, .trainer(.pause), .trainer(.startOver(valid, weightsVariant: 1, keepingData: true)),
                .trainer(.setGrids(state.gridRequest)), .trainer(.play),
            ])
        #expect(state.seeds == nil && state.message?.hasPrefix("draw 1 of the weights, trained from the start") == true)
        #expect(state.message?.hasSuffix("it never reached 95% test accuracy there") == true)

        var data = try seedsState(width: 120, height: 40)
        #expect(press(.character("v"), &data).contains(.stopSeeds) && data.seeds?.vary == .data)
        #expect(data.seeds?.tiles.isEmpty == true, "new runs: the old ones were of the other kind")
        _ = update(&data, .seedTile(index: 0, tile: syntheticTile(0)))
        let tile = try #require(data.layout.fits ? SeedsPanel.layout(data)?.tile(0) : nil)
        #expect(press(.click(x: tile.x + 3, y: tile.y + 2, secondary: false), &data).contains(.stopSeeds))
        #expect(data.config.seed == 0 && data.message?.hasPrefix("seed 0, trained from the start") == true)
    }

    /// A run still training cannot be taken; regression has no accuracy to aim at.
    @Test func whatCannotBeDoneIsSaid() throws {
        var state = try seedsState(width: 120, height: 40)
        for _ in 0..<23 { _ = press(.right, &state) }
        #expect(state.seeds?.selected == 23 && press(.enter, &state).isEmpty)
        #expect(state.message == "that run is still training" && state.seeds != nil)
        var config = SessionConfig()
        config.dataset = .regressionPlane
        var regression = try makeState(width: 120, height: 40, config: config)
        _ = press(.character("S"), &regression)
        #expect(regression.seeds?.goal == .testLoss(0.05) && press(.character("g"), &regression).isEmpty)
        #expect(regression.message?.hasPrefix("regression has no accuracy") == true)
        var tiny = try makeState(width: 80, height: 24)
        tiny.compare = nil
        _ = press(.character("c"), &tiny)
        _ = press(.character("S"), &tiny)
        #expect(tiny.seeds == nil, "not over a comparison")
    }

    /// A lesson whose promise names no level to reach (overfitting's test loss rising 1.2×) is judged by all
    /// of its `expect:`, as `train --check` judges its seeds; g goes on to accuracy, loss, and back.
    @Test func aLessonWithoutALevelIsJudgedByItsPromises() throws {
        var state = try makeState(width: 120, height: 40)
        var expectation = PresetExpectation()
        expectation.testLossRisesBy = 1.2
        state.lessonExpectation = expectation
        let effects = press(.character("S"), &state)
        #expect(state.seeds?.judgingPromises == true && state.seeds?.goalWords == "the lesson's promises")
        #expect(
            effects.contains {
                if case .startSeeds(_, _, _, _, _, _, let promises) = $0 { return promises == expectation }
                return false
            })
        let broken = "final test loss 0.4 is not 1.2× the best 0.38 (epoch 12)"
        for (index, promises) in [[], [broken], []].enumerated() {
            var tile = syntheticTile(index)
            (tile.run.brokenPromises, tile.run.diverged) = (promises, index == 2)
            _ = update(&state, .seedTile(index: index, tile: tile))
        }
        let seeds = try #require(state.seeds)
        #expect(seeds.summaryLine == "2 of 3 keep the lesson's promises (95% interval 21–94%); draw 1: \(broken)")
        #expect(seeds.outcome(of: 1) == .missed && seeds.outcome(of: 2) == .reached, "a kept promise, diverged or not")
        #expect(render(state).lines[0].hasSuffix("the lesson's promises "))
        for words in ["95% test accuracy", "test loss under 0.05", "the lesson's promises", "95% test accuracy"] {
            _ = press(.character("g"), &state)
            #expect(state.seeds?.goalWords == words && state.message == "goal: \(words)")
        }
    }
}
