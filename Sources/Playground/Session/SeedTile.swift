/// One finished run of the playground's seeds view: its numbers, its test curve (so any goal can be judged
/// without training again) and its final decision boundary.
public struct SeedTile: Sendable, Equatable {
    /// The run as `nnplay seeds` reports it, judged against the goal it was trained for.
    public var run: SeedRun
    /// The test loss and accuracy after each epoch, the untrained network's first (accuracy empty for
    /// regression).
    public var testLosses: [Double]
    public var testAccuracies: [Double]
    /// The final network's output over [−6, 6]².
    public var grid: DecisionGrid

    public init(run: SeedRun, testLosses: [Double], testAccuracies: [Double], grid: DecisionGrid) {
        (self.run, self.testLosses, self.testAccuracies, self.grid) = (run, testLosses, testAccuracies, grid)
    }

    /// The tile of a trained `session`, its boundary sampled on a `side × side` grid.
    public init(run: SeedRun, session: TrainingSession, side: Int) {
        let history = session.history
        self.init(
            run: run, testLosses: history.map(\.testLoss),
            testAccuracies: history.compactMap(\.testAccuracy),
            grid: session.isDiverged
                ? DecisionGrid(width: 1, height: 1, values: [0]) : session.decisionGrid(width: side, height: side))
    }

    /// The first epoch at which the run reached `goal`, if it did.
    public func firstEpoch(reaching goal: SeedGoal) -> Int? {
        switch goal {
        case .testAccuracy(let level): return testAccuracies.firstIndex { $0 >= level }
        case .testLoss(let level): return testLosses.firstIndex { $0 < level }
        }
    }

    /// The run judged against `goal` instead.
    public func run(for goal: SeedGoal) -> SeedRun {
        var judged = run
        judged.reachedGoalEpoch = firstEpoch(reaching: goal)
        return judged
    }
}
