import Playground

/// `S`: opens the seeds view, training the current setup from as many seeds as there are tiles on screen
/// (the main run pauses: the runs take both cores), or closes it.
func toggleSeeds(_ state: inout AppState) -> [Effect] {
    if let seeds = state.seeds {
        state.seeds = nil
        guard seeds.mainWasPlaying else {
            state.message = "closed the seeds view (the main run is paused: space plays it)"
            return [.stopSeeds]
        }
        state.message = "closed the seeds view: the main run plays on"
        return [.stopSeeds, .trainer(.play)]
    }
    guard state.compare == nil else {
        state.message = "close the comparison first (C)"
        return []
    }
    let runs = SeedsLayout.capacity(of: SeedsPanel.body(width: state.width, height: state.height))
    guard runs >= 2 else {
        state.message = "the seeds view needs a larger terminal"
        return []
    }
    let valid: ValidConfig
    do {
        valid = try state.config.validated()
    } catch {
        state.message = error.commandLineDescription
        return []
    }
    let expectation = state.lessonExpectation
    var view = SeedsView(
        config: state.config, vary: .weights, runs: runs, epochs: Swift.max(100, Swift.min(state.config.epochs, 5000)),
        goal: SeedGoal.of(expectation, regression: state.config.dataset.isRegression),
        goalIsLesson: SeedGoal.promised(by: expectation) != nil)
    view.mainWasPlaying = state.snapshot.playing
    view.promises = expectation
    view.judgingPromises = expectation != nil && !view.goalIsLesson  // a lesson that names no level to reach
    state.seeds = view
    state.message = "training \(runs) runs × \(view.epochs) epochs on both cores (the main run is paused)"
    return [.trainer(.pause)] + start(view, valid, state.snapshot)
}

/// The runs of `view`: with new weights only, on the points on screen (those added by hand included).
private func start(_ view: SeedsView, _ valid: ValidConfig, _ snapshot: Snapshot) -> [Effect] {
    let points = view.vary == .weights ? StudyPoints(train: snapshot.train, test: snapshot.test) : nil
    return [
        .stopSeeds,
        .startSeeds(
            valid, runs: view.runs, epochs: view.epochs, vary: view.vary, goal: view.goal, points: points,
            promises: view.promises),
    ]
}

/// The keys of the seeds view.
func seedsAction(_ state: inout AppState, _ action: SeedsAction) -> [Effect] {
    guard var seeds = state.seeds else { return [] }
    switch action {
    case .move(let dx, let dy):
        let columns = SeedsPanel.layout(state)?.columns ?? seeds.runs
        let target = seeds.selected + dx + dy * columns
        if (0..<seeds.runs).contains(target) { seeds.selected = target }
        state.message = seeds.describe(seeds.selected)
    case .take: return takeSeed(&state, index: seeds.selected)
    case .click(let index):
        if index == seeds.selected { return takeSeed(&state, index: index) }
        seeds.selected = index
        state.message = seeds.describe(index) + " — click again to train it"
    case .toggleVary:
        seeds.vary = seeds.vary == .weights ? .data : .weights
        (seeds.tiles, seeds.selected) = ([:], 0)
        state.seeds = seeds
        state.message =
            seeds.vary == .data
            ? "new data and new weights for each run (n), from seed \(seeds.config.seed) on"
            : "new weights on the same data for each run (r)"
        guard let valid = try? seeds.config.validated() else { return [] }
        return start(seeds, valid, state.snapshot)
    case .goal(let step):
        if seeds.judgingPromises {
            seeds.judgingPromises = false  // back to a level, from where it was
        } else {
            seeds.goal = SeedsView.stepped(seeds.goal, by: step)
        }
        seeds.goalIsLesson = false
        state.message = "goal: \(seeds.goalWords)"
    case .exportSlide:
        let name = state.presetName ?? seeds.config.dataName
        let path = "nnplay-\(fileName(name).isEmpty ? "runs" : fileName(name))-seeds.svg"
        return [
            .exportSeedsSlide(
                path: path, svg: SeedsSlide.render(seeds, name: name, classCount: state.snapshot.classCount))
        ]
    case .goalKind:
        // Accuracy, then loss, then the lesson's promises when there are some, then accuracy again.
        let regression = seeds.config.dataset.isRegression
        if seeds.judgingPromises {
            seeds.judgingPromises = false
            if !regression, seeds.goal.isLoss { seeds.goal = SeedsView.otherKind(seeds.goal) }
        } else if seeds.promises != nil, regression || seeds.goal.isLoss {
            seeds.judgingPromises = true
        } else if regression {
            state.message = "regression has no accuracy: the goal is a test loss (+ - change it)"
            return []
        } else {
            seeds.goal = SeedsView.otherKind(seeds.goal)
        }
        seeds.goalIsLesson = false
        state.message = "goal: \(seeds.goalWords)"
    }
    state.seeds = seeds
    return []
}

/// Enter (or a second click): the run's seed, or its draw of the weights, in the main view, trained from the
/// start; the view closes.
private func takeSeed(_ state: inout AppState, index: Int) -> [Effect] {
    guard let seeds = state.seeds, let tile = seeds.tiles[index] else {
        state.message = "that run is still training"
        return []
    }
    var next = seeds.config
    var variant: UInt64 = 0
    if seeds.vary == .data { next.seed = tile.run.seed } else { variant = tile.run.seed }
    guard let valid = try? next.validated() else { return [] }
    state.seeds = nil
    state.config = next
    if case .neuron = state.heatmapSource { state.heatmapSource = .output }
    state.focus = Swift.min(state.focus, state.controls.count - 1)
    let which = seeds.vary == .data ? "seed \(tile.run.seed)" : "draw \(tile.run.seed) of the weights"
    let outcome =
        tile.run.diverged
        ? "it diverged there"
        : tile.firstEpoch(reaching: seeds.goal).map { "it reached \(seeds.goal.words) at epoch \($0) there" }
            ?? "it never reached \(seeds.goal.words) there"
    state.message = "\(which), trained from the start — \(outcome)"
    let startOver = TrainerCommand.startOver(valid, weightsVariant: variant, keepingData: seeds.vary == .weights)
    return [.stopSeeds] + [.pause, startOver, .setGrids(state.gridRequest), .play].effects
}

/// A finished run arrives from the loop.
func seedTile(_ state: inout AppState, index: Int, tile: SeedTile) {
    guard var seeds = state.seeds, index < seeds.runs else { return }
    seeds.tiles[index] = tile
    state.seeds = seeds
    if seeds.isDone { state.message = nil }  // the summary says it all; the status line shows the keys again
}

/// A click on a tile picks it; on the picked one, trains it in the main view.
func seedsClick(_ state: inout AppState, x: Int, y: Int) -> [Effect] {
    guard let seeds = state.seeds, let index = SeedsPanel.layout(state)?.index(atX: x, y: y, runs: seeds.runs)
    else { return [] }
    return seedsAction(&state, .click(index))
}
