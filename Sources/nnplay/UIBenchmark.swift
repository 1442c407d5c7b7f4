import Dispatch
import Foundation
import Playground
import PlaygroundUI

/// The live playground's costs, measured without a terminal: rendering a 200×60 frame, publishing a
/// snapshot (decision grid and thumbnails), training inside the background trainer against training
/// headless, and the time to the first frame.
struct UIBenchmark {
    var seconds = 1.0

    /// The setup measured: the spiral on [2, 8, 8, 1], Playground's defaults otherwise.
    static var config: SessionConfig {
        var config = SessionConfig()
        config.dataset = .spiral
        config.hidden = [8, 8]
        return config
    }

    struct Result {
        var framesPerSecond: Double
        var snapshotsPerSecond: Double
        var uiEpochsPerSecond: Double
        var headlessEpochsPerSecond: Double
        var firstFrameMilliseconds: Double
    }

    func run() throws -> Result {
        let start = DispatchTime.now()
        let trainer = try Trainer(config: Self.config)
        let session = try TrainingSession(config: Self.config)
        var state = AppState(width: 200, height: 60, config: Self.config, snapshot: trainer.latest, colorMode: .full)
        trainer.send(.setGrids(state.gridRequest))
        trainer.sync()
        _ = update(&state, .published(trainer.latest))
        _ = render(state)
        let firstFrame = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6

        session.train(epochs: 200)
        _ = update(
            &state,
            .published(session.snapshot(request: state.gridRequest, playing: true, epochsPerSecond: 0, generation: 0)))
        let frames = rate { _ = render(state) }
        let snapshots = rate {
            _ = session.snapshot(request: state.gridRequest, playing: true, epochsPerSecond: 0, generation: 0)
        }
        let headless = rate { session.trainEpoch() }

        trainer.send([.setPace(.max), .play])  // the UI opens at `auto`; this row measures top speed
        let begin = trainer.latest.epoch, clock = DispatchTime.now().uptimeNanoseconds
        // Meanwhile the UI thread renders frames as the playground would (at most ~60 per second).
        while DispatchTime.now().uptimeNanoseconds - clock < UInt64(seconds * 1e9) {
            _ = update(&state, .published(trainer.latest))
            _ = render(state)
            usleep(16_000)
        }
        let trained = trainer.latest.epoch - begin
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - clock) / 1e9
        trainer.send(.pause)
        trainer.sync()
        return Result(
            framesPerSecond: frames, snapshotsPerSecond: snapshots, uiEpochsPerSecond: Double(trained) / elapsed,
            headlessEpochsPerSecond: headless, firstFrameMilliseconds: firstFrame)
    }

    /// Calls per second of `work` over about `seconds`.
    private func rate(_ work: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        var count = 0
        while DispatchTime.now().uptimeNanoseconds - start < UInt64(seconds * 1e9) {
            work()
            count += 1
        }
        return Double(count) / (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
}
