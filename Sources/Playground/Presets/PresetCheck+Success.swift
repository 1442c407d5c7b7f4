extension PresetCheck {
    /// Trains `preset` from each seed its `success` promise names, `threads` runs at a time (`SeedStudy.run`,
    /// judging every other promise), and tallies the runs that broke one; `nil` when the preset makes no such
    /// promise.
    public static func success(of preset: Preset, threads: Int = 2) throws -> SuccessTally? {
        guard var promises = preset.expectation, let promise = promises.success else { return nil }
        promises.success = nil
        let runs = SeedStudy.run(
            try preset.config.validated(), runs: promise.runs, epochs: preset.config.epochs, vary: promise.vary,
            goal: SeedGoal.of(promises, regression: preset.config.dataset.isRegression), promises: promises,
            threads: threads)
        let broken = runs.compactMap { run in run.brokenPromises?.first.map { BrokenRun(seed: run.seed, failure: $0) } }
        return SuccessTally(promise: promise, broken: broken)
    }
}
