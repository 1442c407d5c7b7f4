import Playground

/// What `update` asks the loop to do, as values (bubbletea's commands): the loop performs them in order and
/// feeds any result back as an `Action`. `update` itself never sends, writes or exits.
public enum Effect: Equatable, Sendable {
    /// A command for the background trainer.
    case trainer(TrainerCommand)
    /// Write a preset (file I/O); the loop answers with `.saved` or `.saveFailed`.
    case save(SaveRequest)
    /// Start a learning-rate sweep in the background; the loop feeds finished runs back as `.sweepRun`.
    case startSweep(SessionConfig, rates: [Double], epochs: Int)
    /// Write the SVG slide of the current snapshot to `path`; the loop answers with `.exported`.
    case exportSlide(path: String, title: String?)
    /// Write the current points (train and test, added ones included, each marked) as CSV to `path`; answered
    /// with `.exported`.
    case exportData(path: String, train: [DataPoint], test: [DataPoint])
    /// Write the trainer's session as a saved model to `NAME-epochN.json`, N the epoch it is saved at (the
    /// trainer may be ahead of the last snapshot); `--load-model` continues it exactly. Answered with `.exported`.
    case exportModel(name: String, preset: String?)
    /// Start the comparison's second trainer (B) with this setup, paused.
    case openCompare(ValidConfig)
    /// Keys now act on the other side: the loop swaps which trainer the `.trainer` commands go to.
    case switchCompareSides
    /// Stop the other side's trainer.
    case closeCompare
    /// Stop the running sweep.
    case stopSweep
    /// Start the seeds view's runs in the background (keeping `points` when only the weights vary, judging
    /// the lesson's `promises` if given); the loop feeds finished ones back as `.seedTile`.
    case startSeeds(
        ValidConfig, runs: Int, epochs: Int, vary: SeedVariation, goal: SeedGoal, points: StudyPoints?,
        promises: PresetExpectation?)
    /// Stop the seeds view's runs.
    case stopSeeds
    /// Write the seeds view's slide (already drawn, `SeedsSlide`) to `path`; answered with `.exported`.
    case exportSeedsSlide(path: String, svg: String)
    /// End the program (after restoring the terminal).
    case quit
}

extension Array where Element == Effect {
    /// The trainer commands among the effects, in order.
    public var trainerCommands: [TrainerCommand] {
        compactMap { if case .trainer(let command) = $0 { return command } else { return nil } }
    }
}

extension Array where Element == TrainerCommand {
    var effects: [Effect] { map(Effect.trainer) }
}
