import Playground
import PlaygroundUI

/// The studies the playground runs beside its trainer, on both cores: the learning-rate sweep (`l`) and the
/// seeds view (`S`). The loop starts and stops them as `update` asks, and feeds their finished runs back.
struct BackgroundRuns {
    private var sweep: SweepRunner?
    private var seeds: SeedsRunner?

    /// Whether a study is still running (the loop then wakes often to show its progress).
    var isBusy: Bool { !(sweep?.isDone ?? true) || !(seeds?.isDone ?? true) }

    /// Carries out a study's effect; false for any other effect.
    mutating func perform(_ effect: Effect) -> Bool {
        switch effect {
        case .startSweep(let config, let rates, let epochs):
            sweep?.stop()
            sweep = SweepRunner(config, rates: rates, epochs: epochs)
        case .stopSweep:
            sweep?.stop()
            sweep = nil
        case .startSeeds(let config, let runs, let epochs, let vary, let goal, let points, let promises):
            seeds?.stop()
            seeds = SeedsRunner(
                config, runs: runs, epochs: epochs, vary: vary, goal: goal, points: points, promises: promises)
        case .stopSeeds:
            seeds?.stop()
            seeds = nil
        default: return false
        }
        return true
    }

    /// The runs finished since the last call, as the actions that report them.
    func finished() -> [Action] {
        (sweep?.take() ?? []).map { Action.sweepRun(index: $0.index, run: $0.item) }
            + (seeds?.take() ?? []).map { Action.seedTile(index: $0.index, tile: $0.item) }
    }

    func stopAll() {
        sweep?.stop()
        seeds?.stop()
    }
}
