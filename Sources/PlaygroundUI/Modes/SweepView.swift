import Playground

/// The learning-rate sweep (`l`) as the playground shows it: the rates asked for and the runs finished so far.
public struct SweepView: Equatable, Sendable {
    public var rates: [Double]
    public var epochs: Int
    /// Finished runs by index into `rates`.
    public var runs: [Int: SweepRun] = [:]

    public init(rates: [Double], epochs: Int) { (self.rates, self.epochs) = (rates, epochs) }

    public var isDone: Bool { runs.count == rates.count }

    /// The finished runs in the order of the rates.
    public var ordered: [SweepRun] { rates.indices.compactMap { runs[$0] } }

    /// The finished run with the lowest best test loss that did not diverge.
    public var best: SweepRun? {
        let runs = ordered
        return LearningRateSweep.best(runs).map { runs[$0] }
    }
}

/// `l`: starts a sweep of the current setup (training pauses: the sweep takes both cores), or closes it.
func toggleSweep(_ state: inout AppState) -> [Effect] {
    guard state.compare == nil else {
        state.message = "close the comparison first (C)"
        return []
    }
    if state.sweep != nil {
        state.sweep = nil
        state.message = "closed the learning-rate sweep"
        return [.stopSweep, .trainer(.setGrids(state.gridRequest))]
    }
    let epochs = Swift.max(Swift.min(state.config.epochs, 2000), 100)
    let sweep = SweepView(rates: LearningRateSweep.rates(), epochs: epochs)
    state.sweep = sweep
    state.inspector = nil
    state.message = "sweeping 12 learning rates, \(epochs) epochs each, on both cores (training paused)"
    return [
        .trainer(.pause), .startSweep(state.config, rates: sweep.rates, epochs: epochs),
        .trainer(.setGrids(state.gridRequest)),
    ]
}

/// Enter in the sweep: its best learning rate becomes the setup's (applied live), and the sweep closes.
func takeSweepBest(_ state: inout AppState) -> [Effect] {
    guard let best = state.sweep?.best else {
        state.message = "no run has finished without diverging yet"
        return []
    }
    var next = state.config
    next.learningRate = best.learningRate
    let effects = toggleSweep(&state)
    let rate = BackpropStory.short(best.learningRate)
    return effects + reconfigure(&state, to: next, message: "learning rate \(rate): the sweep's best — applied live")
}

/// A finished run arrives from the loop.
func sweepRun(_ state: inout AppState, index: Int, run: SweepRun) {
    guard var sweep = state.sweep, index < sweep.rates.count else { return }
    sweep.runs[index] = run
    state.sweep = sweep
    if sweep.isDone {
        state.message =
            sweep.best.map {
                "sweep done: the best learning rate is \(BackpropStory.short($0.learningRate)) — Enter uses it, Esc closes"
            }
            ?? "sweep done: every run diverged — try smaller rates"
    }
}
