/// What the UI asks the trainer to do. Commands apply in the order they are sent.
public enum TrainerCommand: Sendable, Equatable {
    case play
    case pause
    /// One epoch now (pauses first).
    case step
    /// New initial weights, same data.
    case resetWeights
    /// Back to the weights of the best test epoch (pauses first); see `TrainingSession.restoreBestWeights`.
    case restoreBest
    /// A new session from `config` (new data and network): dataset, features, architecture, noise, …
    case rebuild(ValidConfig)
    /// A new session from `config` with the initial weights of `weightsVariant` (a seeds view run's), on the
    /// points it has (`keepingData`, points added by hand included) or on `config`'s own.
    case startOver(ValidConfig, weightsVariant: UInt64, keepingData: Bool)
    /// The settings `SettingsTable` marks live (learning rate, momentum, optimizer, regularization,
    /// dropout, batch size), applied to the running session without a reset.
    case live(ValidConfig)
    case setPace(Pace)
    case setGrids(GridRequest)
    /// Adds a training point (a click in the heatmap) and rebuilds the examples, keeping the weights.
    case addPoint(DataPoint)
    /// Removes the training or test point equal to this one (the playground's ctrl+click), keeping the weights.
    case removePoint(DataPoint)
    /// Continues from a saved model (its setup is the session's; `TrainingSession.load`), paused.
    case load(SavedModel)
}
