import Dispatch
import Testing
@testable import Playground

@Suite("Background trainer")
struct TrainerTests {
    /// Waits (up to 10 s) until `condition` holds for the trainer's latest snapshot.
    func eventually(_ trainer: Trainer, _ condition: (Snapshot) -> Bool) -> Bool {
        let deadline = DispatchTime.now().uptimeNanoseconds + 10_000_000_000
        while DispatchTime.now().uptimeNanoseconds < deadline {
            if condition(trainer.latest) { return true }
            trainer.sync()
        }
        return condition(trainer.latest)
    }

    /// A point added and then removed (ctrl+click) leaves the data as it was, the weights untouched.
    @Test func pointsAreAddedAndRemovedKeepingTheWeights() throws {
        let trainer = try Trainer(config: SessionConfig())
        trainer.sync()
        let before = trainer.latest
        let point = DataPoint(x: 1.25, y: -2.5, label: 1)
        trainer.send(.addPoint(point))
        trainer.sync()
        #expect(trainer.latest.train.count == before.train.count + 1 && trainer.latest.train.last == point)
        trainer.send(.removePoint(point))
        trainer.sync()
        #expect(trainer.latest.train == before.train && trainer.latest.network == before.network)
        trainer.send(.removePoint(before.test[0]))
        trainer.sync()
        #expect(trainer.latest.test.count == before.test.count - 1)
    }

    @Test func playAdvancesAndPauseStops() throws {
        let trainer = try Trainer(config: SessionConfig())
        #expect(trainer.latest.epoch == 0 && !trainer.latest.playing)
        trainer.send(.play)
        #expect(eventually(trainer) { $0.epoch >= 20 })
        trainer.send(.pause)
        trainer.sync()
        let stopped = trainer.latest.epoch
        #expect(!trainer.latest.playing)
        for _ in 0..<5 { trainer.sync() }
        #expect(trainer.latest.epoch == stopped, "paused, nothing trains")
    }

    @Test func commandsApplyInOrder() throws {
        let trainer = try Trainer(config: SessionConfig())
        var faster = SessionConfig()
        faster.learningRate = 0.3
        var spiral = SessionConfig()
        spiral.dataset = .spiral
        trainer.send([.step, .step, .live(try faster.validated()), .step, .rebuild(try spiral.validated()), .step])
        trainer.sync()
        let snapshot = trainer.latest
        #expect(snapshot.epoch == 1, "the rebuild came after three steps, then one more")
        #expect(snapshot.config.dataset == .spiral && snapshot.generation == 1)
    }

    @Test func aLiveLearningRateChangeKeepsTheWeights() throws {
        let trainer = try Trainer(config: SessionConfig())
        trainer.send([.step, .step])
        trainer.sync()
        let before = trainer.latest
        var changed = before.config
        changed.learningRate = 1
        trainer.send(.live(try changed.validated()))
        trainer.sync()
        let after = trainer.latest
        #expect(after.network == before.network && after.epoch == 2 && after.generation == before.generation)
        #expect(after.config.learningRate == 1)
    }

    @Test func resetKeepsTheDataButDrawsNewWeights() throws {
        let trainer = try Trainer(config: SessionConfig())
        trainer.send(.step)
        trainer.sync()
        let before = trainer.latest
        trainer.send(.resetWeights)
        trainer.sync()
        let after = trainer.latest
        #expect(after.train == before.train && after.network != before.network && after.epoch == 0)
    }

    @Test func aDivergingRunStopsPlayingByItself() throws {
        var config = SessionConfig()
        config.dataset = .regressionPlane
        config.learningRate = 10
        let trainer = try Trainer(config: config)
        trainer.send(.play)
        #expect(eventually(trainer) { $0.divergedAt != nil && !$0.playing })
        #expect(
            trainer.latest.decision.values.allSatisfy { $0 == 0 }, "a diverged network draws a neutral field, never NaN"
        )
    }

    @Test func gridsFollowTheRequest() throws {
        let trainer = try Trainer(config: SessionConfig())
        trainer.send(.setGrids(GridRequest(decisionWidth: 30, decisionHeight: 20, thumbnailSide: 3)))
        trainer.sync()
        let snapshot = trainer.latest
        #expect(snapshot.decision.width == 30 && snapshot.decision.height == 20)
        #expect(snapshot.neurons.map(\.count) == [4, 2, 1] && snapshot.neurons[0][0].width == 3)
        #expect(snapshot.features.count == 2)
    }

    @Test func aClickedPointJoinsTheTrainingSetAndKeepsTheWeights() throws {
        let trainer = try Trainer(config: SessionConfig())
        trainer.send(.step)
        trainer.sync()
        let before = trainer.latest
        trainer.send(.addPoint(DataPoint(x: 5, y: 5, label: 1)))
        trainer.sync()
        let after = trainer.latest
        #expect(after.train.count == before.train.count + 1 && after.train.last == DataPoint(x: 5, y: 5, label: 1))
        #expect(after.network == before.network && after.epoch == before.epoch)
    }
}
