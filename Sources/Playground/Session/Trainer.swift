import Dispatch
import NeuralEngine
import Synchronization

/// Owns the `TrainingSession` on a serial queue, trains it in short slices while playing, and publishes an
/// immutable `Snapshot` after each slice. The UI thread only sends commands and reads `latest`.
///
/// Paused, nothing is scheduled: the process sleeps. Playing at `max`, a slice runs for about 15 ms so
/// commands are never kept waiting longer than that.
public final class Trainer: Sendable {
    private let queue = DispatchQueue(label: "nnplay.trainer", qos: .userInitiated)
    private let published: Mutex<Snapshot>
    private let pending = Mutex<[TrainerCommand]>([])
    /// The session and how it is trained. Behind a mutex that only the queue takes (so it never waits), the
    /// compiler checks that the session never leaves it.
    private let state: Mutex<State>

    /// A trainer for `config`, paused at epoch 0.
    public init(config: ValidConfig, grids: GridRequest = .standard) {
        let session = TrainingSession(config: config)
        published = Mutex(session.snapshot(request: grids, playing: false, epochsPerSecond: 0, generation: 0))
        state = Mutex(State(session: session, grids: grids))
    }

    /// A trainer for `config`, paused at epoch 0, after checking `config`.
    public convenience init(config: SessionConfig, grids: GridRequest = .standard) throws(ConfigError) {
        self.init(config: try config.validated(), grids: grids)
    }

    /// The most recent snapshot.
    public var latest: Snapshot { published.withLock { $0 } }

    /// Queues commands; they run in order on the trainer's queue.
    public func send(_ commands: [TrainerCommand]) {
        guard !commands.isEmpty else { return }
        pending.withLock { $0.append(contentsOf: commands) }
        queue.async { self.drainCommands() }
    }

    public func send(_ command: TrainerCommand) { send([command]) }

    /// Waits until every command sent so far has run and its snapshot is published (for tests and exits).
    public func sync() { queue.sync {} }

    /// The session now as a saved model, with everything resuming needs (`TrainingSession.checkpoint`); nil
    /// once diverged (its weights are not numbers). Waits for the commands sent before.
    public func savedModel(preset: String?) -> SavedModel? {
        queue.sync {
            state.withLock { state -> SavedModel? in
                let session = state.session
                guard !session.isDiverged else { return nil }
                return SavedModel(
                    network: session.network, config: session.config, preset: preset, epoch: session.epoch,
                    training: session.checkpoint)
            }
        }
    }

    // MARK: - On the queue

    private func drainCommands() {
        let commands = pending.withLock { queue -> [TrainerCommand] in
            defer { queue.removeAll() }
            return queue
        }
        let plan = state.withLock { state -> SlicePlan? in
            for command in commands { state.apply(command) }
            let snapshot = state.snapshot()
            published.withLock { $0 = snapshot }
            return state.nextSlice()
        }
        schedule(plan)
    }

    private func runSlice(maxEpochs: Int) {
        let plan = state.withLock { state -> SlicePlan? in
            state.sliceScheduled = false
            guard state.playing else { return nil }
            state.train(maxEpochs: maxEpochs)
            let snapshot = state.snapshot()
            published.withLock { $0 = snapshot }
            return state.nextSlice()
        }
        schedule(plan)
    }

    private func schedule(_ plan: SlicePlan?) {
        guard let plan else { return }
        if let delay = plan.delay {
            queue.asyncAfter(deadline: .now() + delay) { self.runSlice(maxEpochs: plan.epochs) }
        } else {
            queue.async { self.runSlice(maxEpochs: plan.epochs) }
        }
    }
}

/// The next slice of training: at most `epochs` epochs, after `delay` (none: at once, as fast as it goes).
private struct SlicePlan: Sendable {
    var epochs: Int
    var delay: DispatchTimeInterval?
}

/// What the trainer's queue owns: the session and how it is trained.
private struct State {
    var session: TrainingSession
    var playing = false
    var pace: Pace = .auto
    var grids: GridRequest = .standard
    var generation = 0
    var sequence = 0
    var weightsVariant: UInt64 = 0
    var sliceScheduled = false
    var rate = RateMeter()

    init(session: TrainingSession, grids: GridRequest) { (self.session, self.grids) = (session, grids) }

    mutating func apply(_ command: TrainerCommand) {
        switch command {
        case .play: playing = !session.isDiverged
        case .pause: playing = false
        case .step:
            playing = false
            session.trainEpoch()
        case .restoreBest:
            playing = false
            session.restoreBestWeights()
        case .resetWeights:
            weightsVariant &+= 1
            rebuild(session.validConfig, keepData: true)
        case .rebuild(let config):
            rebuild(config, keepData: false)
        case .startOver(let config, let variant, let keepingData):
            weightsVariant = variant
            rebuild(config, keepData: keepingData)
        case .live(let config): session.takeLiveSettings(of: config)
        case .setPace(let pace): self.pace = pace
        case .setGrids(let grids): self.grids = grids
        case .addPoint(let point):
            replaceData(train: session.data.train + [point], test: session.data.test)
        case .load(let model):
            playing = false
            _ = try? session.load(model)  // checked before it was sent (`PlaygroundApp`)
        case .removePoint(let point):
            var (train, test) = (session.data.train, session.data.test)
            if let i = train.firstIndex(of: point), train.count > 1 {
                train.remove(at: i)
            } else if let i = test.firstIndex(of: point) {
                test.remove(at: i)
            } else {
                return
            }
            replaceData(train: train, test: test)
        }
    }

    /// The session on other points, with the weights and history it has.
    private mutating func replaceData(train: [DataPoint], test: [DataPoint]) {
        let data = PreparedData(train: train, test: test, config: session.config, head: session.head)
        let next = TrainingSession(config: session.validConfig, data: data, weightsVariant: weightsVariant)
        next.adoptWeights(of: session)
        session = next
    }

    private mutating func rebuild(_ config: ValidConfig, keepData: Bool) {
        session =
            keepData
            ? TrainingSession(config: config, data: session.data, weightsVariant: weightsVariant)
            : TrainingSession(config: config, weightsVariant: weightsVariant)
        generation += 1
        rate = RateMeter()
        if session.isDiverged { playing = false }
    }

    /// The next slice when playing and none is scheduled yet (and marks it scheduled).
    mutating func nextSlice() -> SlicePlan? {
        guard playing, !sliceScheduled else { return nil }
        sliceScheduled = true
        guard let perSecond = pace.epochsPerSecond(atEpoch: session.epoch) else {
            return SlicePlan(epochs: .max, delay: nil)
        }
        // Up to 60 slices a second: one epoch each below that rate, several each above it.
        let slicesPerSecond = Swift.min(perSecond, 60)
        let epochs = Swift.max(1, Int((perSecond / slicesPerSecond).rounded()))
        return SlicePlan(epochs: epochs, delay: .microseconds(Int(1_000_000 / slicesPerSecond)))
    }

    /// Trains up to `maxEpochs` epochs, for about 15 ms at most, so commands never wait longer.
    mutating func train(maxEpochs: Int) {
        let start = DispatchTime.now().uptimeNanoseconds
        var epochs = 0
        while epochs < maxEpochs, DispatchTime.now().uptimeNanoseconds - start < 15_000_000 {
            guard session.trainEpoch() != nil else {
                playing = false
                break
            }
            epochs += 1
        }
        rate.record(epochs: epochs)
    }

    /// The snapshot to publish now.
    mutating func snapshot() -> Snapshot {
        var snapshot = session.snapshot(
            request: grids, playing: playing, epochsPerSecond: rate.perSecond, generation: generation)
        sequence += 1
        snapshot.sequence = sequence
        return snapshot
    }
}

/// Epochs per second over roughly the last second.
struct RateMeter {
    private var samples: [(time: UInt64, epochs: Int)] = []

    mutating func record(epochs: Int) {
        let now = DispatchTime.now().uptimeNanoseconds
        samples.append((now, epochs))
        samples.removeAll { now - $0.time > 1_000_000_000 }
    }

    var perSecond: Double {
        guard let first = samples.first, let last = samples.last, last.time > first.time else { return 0 }
        let epochs = samples.dropFirst().reduce(0) { $0 + $1.epochs }
        return Double(epochs) / (Double(last.time - first.time) / 1e9)
    }
}
