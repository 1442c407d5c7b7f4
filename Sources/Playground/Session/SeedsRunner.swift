import Dispatch
import Synchronization

/// A seeds study running in the background for the playground, on both cores: the UI takes the tiles
/// finished so far on each frame, and stops it when the view closes.
public final class SeedsRunner: Sendable {
    private let finished = Mutex<[(index: Int, tile: SeedTile)]>([])
    private let stopped = Atomic<Bool>(false)
    private let done = Atomic<Bool>(false)

    /// Starts `runs` runs of `config` (`SeedStudy.run`), each tile's boundary on a `gridSide²` grid.
    public init(
        _ config: ValidConfig, runs: Int, epochs: Int, vary: SeedVariation, goal: SeedGoal, gridSide: Int = 32
    ) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            _ = SeedStudy.run(
                config, runs: runs, epochs: epochs, vary: vary, goal: goal, threads: 2,
                shouldStop: { self.stopped.load(ordering: .relaxed) },
                onRun: { index, run, session in
                    let tile = SeedTile(run: run, session: session, side: gridSide)
                    self.finished.withLock { $0.append((index, tile)) }
                })
            done.store(true, ordering: .releasing)
        }
    }

    /// The tiles finished since the last call.
    public func take() -> [(index: Int, tile: SeedTile)] {
        finished.withLock { tiles in
            defer { tiles = [] }; return tiles
        }
    }

    /// Whether every run has finished (or the study was stopped).
    public var isDone: Bool { done.load(ordering: .acquiring) }

    public func stop() { stopped.store(true, ordering: .relaxed) }
}
