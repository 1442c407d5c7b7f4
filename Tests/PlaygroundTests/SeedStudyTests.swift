import Synchronization
import Testing
@testable import Playground

@Suite("Many seeds at once")
struct SeedStudyTests {
    /// Each run of a study is the run `nnplay train` makes with that seed, bit for bit, though the runs share
    /// both cores; the goal's first epoch is the first record that reaches it.
    @Test func everyRunIsTheSingleRunOfItsSeed() throws {
        var config = SessionConfig()
        (config.dataset, config.hidden, config.epochs) = (.xor, [4], 150)
        let valid = try config.validated()
        let goal = SeedGoal.testAccuracy(0.9)
        let runs = SeedStudy.run(valid, runs: 3, epochs: 150, vary: .data, goal: goal, threads: 2)
        #expect(runs.map(\.seed) == [1, 2, 3])
        for run in runs {
            var single = config
            single.seed = run.seed
            let session = try TrainingSession(config: single)
            session.train(epochs: 150)
            #expect(run.finalTestLoss == session.latest.testLoss && run.finalTrainLoss == session.latest.trainLoss)
            let first = session.history.first { ($0.testAccuracy ?? 0) >= 0.9 }?.epoch
            #expect(run.reachedGoalEpoch == first && run.diverged == session.isDiverged, "seed \(run.seed)")
        }
        let weights = SeedStudy.run(valid, runs: 2, epochs: 10, vary: .weights, goal: goal, threads: 2)
        let reset = TrainingSession(config: valid, weightsVariant: 1)
        reset.train(epochs: 10)
        #expect(weights[1].finalTestLoss == reset.latest.testLoss, "vary weights: a reset's weights, same data")
    }

    /// The summary line, with the 95% Wilson interval of 19 in 24 (0.595 … 0.908).
    @Test func theShareComesWithItsInterval() {
        let interval = SeedStudy.wilson(successes: 19, of: 24)
        #expect(abs(interval.lowerBound - 0.595) < 0.002 && abs(interval.upperBound - 0.908) < 0.002)
        #expect(
            SeedStudy.wilson(successes: 0, of: 10).lowerBound == 0
                && SeedStudy.wilson(successes: 10, of: 10).upperBound > 0.999_999)
        let runs = (0..<4).map { i in
            SeedRun(
                seed: UInt64(i), finalTrainLoss: 0.1, finalTestLoss: 0.2, testAccuracy: [0.97, 0.96, 0.71, 0.99][i],
                reachedGoalEpoch: [120, 140, nil, 160][i], diverged: false)
        }
        let goal = SeedGoal.testAccuracy(0.95)
        let summary = SeedStudy.summary(runs, goal: goal)
        #expect(summary.reached == 3 && summary.medianEpochs == 140 && summary.worst?.seed == 2)
        #expect(
            SeedStudy.line(summary, goal: goal)
                == "3 of 4 reach 95% test accuracy (95% interval 30–95%); median 140 epochs; worst 71% (seed 2)")
        var diverged = runs[0]
        (diverged.diverged, diverged.seed) = (true, 4)
        let withDiverged = SeedStudy.summary(runs + [diverged], goal: goal)
        #expect(
            withDiverged.reached == 3 && withDiverged.worst?.seed == 4,
            "reached at epoch 120, then diverged: no success")
        #expect(SeedGoal.testLoss(0.05).words == "test loss under 0.05")
        #expect(SeedGoal.parse("90%") == .testAccuracy(0.9) && SeedGoal.parse("loss=0.05") == .testLoss(0.05))
        #expect(SeedGoal.parse("fast") == nil && SeedGoal.parse("accuracy=2") == nil)
    }

    /// The playground's seeds view: a tile judges any goal from its own curve as the study judged the goal it
    /// trained for, and Enter's `.startOver` trains in the main view exactly the run the tile shows.
    @Test func aTileIsItsRunAndTheTrainerStartsItOver() throws {
        var config = SessionConfig()
        (config.dataset, config.hidden) = (.xor, [3])
        let valid = try config.validated()
        let tiles = Mutex<[Int: SeedTile]>([:])
        for goal in [SeedGoal.testAccuracy(0.9), .testLoss(0.2)] {
            let runs = SeedStudy.run(
                valid, runs: 4, epochs: 40, vary: .weights, goal: goal,
                onRun: { index, run, session in
                    let tile = SeedTile(run: run, session: session, side: 8)
                    tiles.withLock { $0[index] = tile }
                })
            for (index, run) in runs.enumerated() {
                let tile = try #require(tiles.withLock { $0[index] })
                #expect(tile.run(for: goal) == run && tile.testLosses.count == 41 && tile.grid.values.count == 64)
            }
        }
        let tile = try #require(tiles.withLock { $0[3] })
        let trainer = try Trainer(config: config)
        trainer.send([.startOver(valid, weightsVariant: 3, keepingData: true)] + Array(repeating: .step, count: 40))
        trainer.sync()
        #expect(trainer.latest.epoch == 40 && trainer.latest.history.last?.testLoss == tile.run.finalTestLoss)

        // A point added by hand stays in the data of both: the study's new weights and Enter's start over.
        let point = DataPoint(x: 4.5, y: 4.5, label: 0)
        trainer.send(.addPoint(point))
        trainer.sync()
        let points = StudyPoints(train: trainer.latest.train, test: trainer.latest.test)
        #expect(points.train.last == point)
        let study = SeedStudy.run(
            valid, runs: 2, epochs: 25, vary: .weights, goal: .testAccuracy(0.9), points: points)
        trainer.send([.startOver(valid, weightsVariant: 1, keepingData: true)] + Array(repeating: .step, count: 25))
        trainer.sync()
        #expect(trainer.latest.train == points.train && trainer.latest.history.last?.testLoss == study[1].finalTestLoss)
    }

    /// Judged by a lesson's promises, a study says of each run what `train --check` says of its seed (the
    /// `success` promise is a study too): xor's 20 seeds keep them all but 15 and 16.
    @Test func aStudyJudgesTheLessonsPromisesAsTheCheckDoes() throws {
        let preset = try PresetLibrary(directory: presetsFolder).load("xor")
        let promises = try #require(preset.expectation)
        let runs = SeedStudy.run(
            try preset.config.validated(), runs: 20, epochs: preset.config.epochs, vary: .data,
            goal: .testAccuracy(0.95), promises: promises)
        for run in runs {  // each against the single run `train --check --seed S` makes
            var single = preset
            single.config.seed = run.seed
            #expect(run.brokenPromises == (try PresetCheck.run(single).failures), "seed \(run.seed)")
        }
        let tally = try #require(try PresetCheck.success(of: preset))
        #expect(runs.filter { $0.brokenPromises?.isEmpty == false }.map(\.seed) == tally.broken.map(\.seed))
        #expect(tally.broken.map(\.seed) == [15, 16])
    }
}
