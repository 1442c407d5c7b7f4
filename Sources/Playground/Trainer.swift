import Dispatch
import NeuralEngine
import Synchronization

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
    /// The settings `SettingsTable` marks live (learning rate, momentum, optimizer, regularization,
    /// dropout, batch size), applied to the running session without a reset.
    case live(ValidConfig)
    case setPace(Pace)
    case setGrids(GridRequest)
    /// Adds a training point (a click in the heatmap) and rebuilds the examples, keeping the weights.
    case addPoint(DataPoint)
    /// Removes the training or test point equal to this one (the playground's ctrl+click), keeping the weights.
    case removePoint(DataPoint)
}

/// Owns the `TrainingSession` on a serial queue, trains it in short slices while playing, and publishes an
/// immutable `Snapshot` after each slice. The UI thread only sends commands and reads `latest`.
///
/// Paused, nothing is scheduled: the process sleeps. Playing at `max`, a slice runs for about 15 ms so
/// commands are never kept waiting longer than that.
public final class Trainer: Sendable {
    private let queue = DispatchQueue(label: "nnplay.trainer", qos: .userInitiated)
    private let published: Mutex<Snapshot>
    private let pending = Mutex<[TrainerCommand]>([])
    /// Only touched on `queue`.
    nonisolated(unsafe) private var state: State

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
    }

    /// A trainer for `config`, paused at epoch 0.
    public init(config: ValidConfig, grids: GridRequest = .standard) {
        let session = TrainingSession(config: config)
        state = State(session: session, grids: grids)
        published = Mutex(session.snapshot(request: grids, playing: false, epochsPerSecond: 0, generation: 0))
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

    // MARK: - On the queue

    private func drainCommands() {
        let commands = pending.withLock { queue -> [TrainerCommand] in
            defer { queue.removeAll() }
            return queue
        }
        for command in commands { apply(command) }
        publish()
        scheduleSlice()
    }

    private func apply(_ command: TrainerCommand) {
        switch command {
        case .play: state.playing = !state.session.isDiverged
        case .pause: state.playing = false
        case .step:
            state.playing = false
            state.session.trainEpoch()
        case .restoreBest:
            state.playing = false
            state.session.restoreBestWeights()
        case .resetWeights:
            state.weightsVariant &+= 1
            rebuild(state.session.validConfig, keepData: true)
        case .rebuild(let config):
            rebuild(config, keepData: false)
        case .live(let config): state.session.takeLiveSettings(of: config)
        case .setPace(let pace): state.pace = pace
        case .setGrids(let grids): state.grids = grids
        case .addPoint(let point):
            let session = state.session
            replaceData(train: session.data.train + [point], test: session.data.test)
        case .removePoint(let point):
            let session = state.session
            var (train, test) = (session.data.train, session.data.test)
            if let i = train.firstIndex(of: point), train.count > 1 { train.remove(at: i) } else if let i = test.firstIndex(of: point) {
                test.remove(at: i)
            } else { return }
            replaceData(train: train, test: test)
        }
    }

    /// The session on other points, with the weights and history it has.
    private func replaceData(train: [DataPoint], test: [DataPoint]) {
        let session = state.session
        let data = PreparedData(train: train, test: test, config: session.config, head: session.head)
        let next = TrainingSession(config: session.validConfig, data: data, weightsVariant: state.weightsVariant)
        next.adoptWeights(of: session)
        state.session = next
    }

    private func rebuild(_ config: ValidConfig, keepData: Bool) {
        let next = keepData
            ? TrainingSession(config: config, data: state.session.data, weightsVariant: state.weightsVariant)
            : TrainingSession(config: config, weightsVariant: state.weightsVariant)
        state.session = next
        state.generation += 1
        state.rate = RateMeter()
        if next.isDiverged { state.playing = false }
    }

    private func scheduleSlice() {
        guard state.playing, !state.sliceScheduled else { return }
        state.sliceScheduled = true
        guard let perSecond = state.pace.epochsPerSecond(atEpoch: state.session.epoch) else {
            queue.async { self.runSlice(maxEpochs: .max) }
            return
        }
        // Up to 60 slices a second: one epoch each below that rate, several each above it.
        let slicesPerSecond = Swift.min(perSecond, 60)
        let epochs = Swift.max(1, Int((perSecond / slicesPerSecond).rounded()))
        let delay = DispatchTimeInterval.microseconds(Int(1_000_000 / slicesPerSecond))
        queue.asyncAfter(deadline: .now() + delay) { self.runSlice(maxEpochs: epochs) }
    }

    private func runSlice(maxEpochs: Int) {
        state.sliceScheduled = false
        guard state.playing else { return }
        let start = DispatchTime.now().uptimeNanoseconds
        var epochs = 0
        while epochs < maxEpochs, DispatchTime.now().uptimeNanoseconds - start < 15_000_000 {
            guard state.session.trainEpoch() != nil else {
                state.playing = false
                break
            }
            epochs += 1
        }
        state.rate.record(epochs: epochs)
        publish()
        scheduleSlice()
    }

    private func publish() {
        var snapshot = state.session.snapshot(
            request: state.grids, playing: state.playing, epochsPerSecond: state.rate.perSecond,
            generation: state.generation)
        state.sequence += 1
        snapshot.sequence = state.sequence
        published.withLock { $0 = snapshot }
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
