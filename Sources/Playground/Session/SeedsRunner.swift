/// The seeds view's runs in the background (the playground's `S`), on both cores: each finished run arrives
/// as a tile; `stop` ends the study between epochs.
public typealias SeedsRunner = BackgroundStudy<SeedTile>

extension BackgroundStudy where Item == SeedTile {
    /// Starts `runs` runs of `config` (`SeedStudy.run`, keeping `points` when only the weights vary), each
    /// tile's boundary on a `gridSide²` grid.
    public convenience init(
        _ config: ValidConfig, runs: Int, epochs: Int, vary: SeedVariation, goal: SeedGoal,
        points: StudyPoints? = nil, promises: PresetExpectation? = nil, gridSide: Int = 32
    ) {
        self.init { shouldStop, report in
            _ = SeedStudy.run(
                config, runs: runs, epochs: epochs, vary: vary, goal: goal, points: points, promises: promises,
                threads: 2,
                shouldStop: shouldStop,
                onRun: { index, run, session in report(index, SeedTile(run: run, session: session, side: gridSide)) })
        }
    }
}
