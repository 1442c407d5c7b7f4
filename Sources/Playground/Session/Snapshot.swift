import NeuralEngine

/// Everything the UI draws, as the trainer saw it at one moment. Immutable and cheap to pass around
/// (the arrays are shared copy-on-write with the trainer until it changes them).
public struct Snapshot: Sendable {
    public var config: SessionConfig
    public var epoch: Int
    /// The loss history for drawing: every epoch while there are at most `Snapshot.historyLimit`, then evenly
    /// thinned (always keeping the first and the latest), so a snapshot stays small however long the run.
    public var history: [EpochRecord]
    public var bestTestEpoch: Int
    /// The best test epoch's record (the history may be thinned past it).
    public var bestTestRecord: EpochRecord?
    public var divergedAt: Int?
    public var health: TrainingHealth
    /// Whether the trainer is running epochs on its own.
    public var playing: Bool
    /// Training speed over the last second, in epochs per second.
    public var epochsPerSecond: Double
    public var network: Network
    /// Per layer (first hidden first): the gradient norm, smoothed over recent epochs.
    public var gradientNorms: [Float]
    /// Epochs whose record is a restore of the best weights (`b`), for the chart to mark.
    public var restores: [Int]
    /// The output over [−6, 6]² at the size the UI asked for.
    public var decision: DecisionGrid
    /// Per layer (hidden layers, then the output layer), each neuron's activation on a small grid.
    public var neurons: [[DecisionGrid]]
    /// Each input feature on the same small grid.
    public var features: [DecisionGrid]
    /// The loss along the current gradient step, when the request asks for it.
    public var stepProfile: StepProfile?
    public var train: [DataPoint]
    public var test: [DataPoint]
    public var classCount: Int
    public var head: OutputHead
    /// Counts rebuilds of the session (new data, new network); the UI uses it to notice them.
    public var generation: Int
    /// Counts the trainer's publications: a new value means something on screen may have changed (a paused
    /// trainer publishes only when a command changed something, e.g. the neuron the large grid shows).
    public var sequence = 0
    /// The neuron the large grid shows, or `nil` for the output.
    public var decisionSource: NeuronID?
    /// The backprop inspector's example, when the request asks for one.
    public var inspection: Inspection?
    /// Time travel: the epoch whose checkpoint `network` and the grids show (nil: the present); its record,
    /// which the header, the legend and the diagnosis read then (`health` is then the diagnosis as of it).
    public var travelledEpoch: Int?
    public var travelledRecord: EpochRecord?
    /// The epochs time travel can show (the kept checkpoints), oldest first.
    public var checkpointEpochs: [Int] = []
    /// The last sharpness measurement and the stability limit it sets on the learning rate.
    public var stability: StabilityReading?
    /// Every measurement so far (thinned), for the sharpness chart.
    public var stabilityHistory: [StabilityReading] = []

    /// The latest epoch's record.
    public var latest: EpochRecord? { history.last }

    /// The record of the epoch on screen: the one time travel shows, else the latest.
    public var shown: EpochRecord? { travelledRecord ?? history.last }

    /// Records kept for drawing the loss curves (a chart is a few hundred dots wide).
    public static let historyLimit = 1024
}

extension Array where Element == EpochRecord {
    /// At most `limit` records: the last quarter of them whole (so a chart of recent epochs stays sharp),
    /// the rest evenly spaced, with the first always included.
    public func thinned(to limit: Int) -> [EpochRecord] {
        guard count > limit, limit >= 8 else { return count > limit ? Array(suffix(limit)) : self }
        let tail = limit / 4, head = limit - tail
        let older = count - tail
        let step = Double(older - 1) / Double(head - 1)
        return (0..<head).map { self[Swift.min(older - 1, Int((Double($0) * step).rounded()))] } + self[older...]
    }
}

/// A neuron of the network: `layer` 0 is the first hidden layer, the last is the output layer.
public struct NeuronID: Hashable, Sendable {
    public var layer: Int
    public var index: Int

    public init(layer: Int, index: Int) {
        self.layer = layer
        self.index = index
    }
}

/// Sizes of the grids a snapshot carries, in grid points, and what the large grid shows.
public struct GridRequest: Sendable, Equatable {
    public var decisionWidth: Int
    public var decisionHeight: Int
    public var thumbnailSide: Int
    /// Whether to compute the step profile (the step panel is open).
    public var stepProfile = false
    /// When set (and the neuron exists), the large grid shows this neuron instead of the output.
    public var focus: NeuronID?
    /// When set, the snapshot carries this example's forward and backward pass (the backprop inspector).
    public var inspection: InspectionRequest?
    /// Time travel: show the network as it was at this epoch (the nearest kept checkpoint at or before it).
    public var travelEpoch: Int?

    public init(decisionWidth: Int, decisionHeight: Int, thumbnailSide: Int) {
        self.decisionWidth = Swift.max(1, decisionWidth)
        self.decisionHeight = Swift.max(1, decisionHeight)
        self.thumbnailSide = Swift.max(1, thumbnailSide)
    }

    public static let standard = GridRequest(decisionWidth: 80, decisionHeight: 80, thumbnailSide: 6)
}

extension TrainingSession {
    /// A snapshot of the session now, with grids at `request`'s sizes.
    public func snapshot(request: GridRequest, playing: Bool, epochsPerSecond: Double, generation: Int) -> Snapshot {
        let side = request.thumbnailSide
        let shown = isDiverged ? nil : shownNeuron(request)
        let travelled = request.travelEpoch.flatMap { playing ? nil : checkpoint(atOrBefore: $0) }
        let network = travelled?.network ?? self.network
        var snapshot = Snapshot(
            config: config, epoch: epoch, history: history.thinned(to: Snapshot.historyLimit),
            bestTestEpoch: bestTest.epoch, divergedAt: divergedAt,
            health: travelled.map { health(asOf: $0.epoch) } ?? health, playing: playing,
            epochsPerSecond: epochsPerSecond, network: network,
            gradientNorms: smoothedGradientNorms, restores: restores,
            decision: largeGrid(request, showing: shown, of: network),
            neurons: isDiverged ? [] : neuronGrids(width: side, height: side, of: network),
            features: (0..<config.features.count).map { featureGrid(feature: $0, width: side, height: side) },
            stepProfile: request.stepProfile ? stepProfile() : nil,
            train: data.train, test: data.test, classCount: data.classCount, head: head, generation: generation)
        snapshot.decisionSource = shown
        snapshot.bestTestRecord = bestRecord
        snapshot.travelledEpoch = travelled?.epoch
        snapshot.travelledRecord = travelled.flatMap { kept in history.last { $0.epoch <= kept.epoch } }
        snapshot.checkpointEpochs = checkpoints.map(\.epoch)
        snapshot.stability = stability
        snapshot.stabilityHistory = stabilityHistory
        if let asked = request.inspection, !isDiverged { snapshot.inspection = inspection(asked) }
        return snapshot
    }

    /// The neuron `request` asks the large grid to show, when it exists.
    func shownNeuron(_ request: GridRequest) -> NeuronID? {
        guard let focus = request.focus, focus.layer < network.layers.count,
            focus.index < network.layers[focus.layer].outputCount
        else { return nil }
        return focus
    }

    /// `network`'s output, its focused neuron, or (diverged: nothing to show) a neutral field.
    private func largeGrid(_ request: GridRequest, showing focus: NeuronID?, of network: Network) -> DecisionGrid {
        let (width, height) = (request.decisionWidth, request.decisionHeight)
        if isDiverged {
            return DecisionGrid(width: width, height: height, values: Array(repeating: 0, count: width * height))
        }
        if let focus {
            return neuronGrid(layer: focus.layer, neuron: focus.index, width: width, height: height, of: network)
        }
        return decisionGrid(width: width, height: height, of: network)
    }
}
