import NeuralEngine

/// A run's past: the record of every epoch, its bests, the checkpoints time travel goes back to, and what
/// the diagnosis remembers (the restores it starts over at, the smoothed gradient norms, the sharpness
/// readings). One value, so a load clears it whole and a point edit carries it over whole.
public struct RunPast: Sendable {
    /// One record per epoch, epoch 0 first. Every value in it is finite.
    public internal(set) var history: [EpochRecord] = []
    /// The epoch of the lowest test loss so far, and that loss.
    public internal(set) var bestTest: (epoch: Int, loss: Double) = (0, .infinity)
    /// The record of the best test epoch, and the parameters the network had then (what early stopping
    /// and `restoreBestWeights` return to).
    public internal(set) var bestRecord: EpochRecord?
    var bestParameters: [Float] = []
    /// The lowest training loss so far (since the last restore).
    public internal(set) var bestTrainLoss = Double.infinity
    /// The epochs whose record is a restore of the best weights, not training.
    public internal(set) var restores: [Int] = []
    /// Thinned copies of the weights as training went (time travel): at most `checkpointLimit`, every
    /// `checkpointStride`-th epoch, the stride doubling whenever they would be more.
    public internal(set) var checkpoints: [(epoch: Int, parameters: [Float])] = []
    private(set) var checkpointStride = 1
    public static let checkpointLimit = 96
    /// The epoch at which training diverged, if it did.
    public internal(set) var divergedAt: Int?
    /// Per layer: the weight gradients' norms averaged over recent epochs (an exponential moving average,
    /// weight 0.1 per epoch), since one step's norms jump by 2–10× between batches.
    public internal(set) var smoothedGradientNorms: [Float]
    /// The last sharpness measurement, and every one so far, thinned to `stabilityHistoryLimit`.
    public internal(set) var stability: StabilityReading?
    public internal(set) var stabilityHistory: [StabilityReading] = []
    /// The last measurement's direction, to warm-start the next.
    var sharpnessVector: [Float] = []
    /// Measurements kept for the sharpness chart.
    public static let stabilityHistoryLimit = 256

    /// An empty past for a network of `layerCount` layers.
    init(layerCount: Int) { smoothedGradientNorms = Array(repeating: 0, count: layerCount) }

    /// Epochs trained so far.
    public var epoch: Int { history.last?.epoch ?? 0 }

    /// Takes one step's gradient norms into the smoothed ones (the first epoch's as they are).
    mutating func observe(gradientNorms: [Float]) {
        let first = epoch == 0
        smoothedGradientNorms = zip(smoothedGradientNorms, gradientNorms).map { first ? $1 : 0.9 * $0 + 0.1 * $1 }
    }

    /// Records a finite epoch with the weights it ended at: the history, a checkpoint when due, the bests.
    mutating func append(_ record: EpochRecord, parameters: [Float], hasTestPoints: Bool) {
        history.append(record)
        keepCheckpoint(epoch: record.epoch, parameters: parameters)
        bestTrainLoss = Swift.min(bestTrainLoss, record.trainLoss)
        if hasTestPoints, record.testLoss < bestTest.loss {
            bestTest = (record.epoch, record.testLoss)
            bestRecord = record
            bestParameters = parameters
        }
    }

    private mutating func keepCheckpoint(epoch: Int, parameters: [Float]) {
        guard epoch % checkpointStride == 0 else { return }
        if checkpoints.last?.epoch == epoch { checkpoints.removeLast() }  // a restore re-records its epoch
        checkpoints.append((epoch, parameters))
        if checkpoints.count > Self.checkpointLimit {
            checkpointStride *= 2
            checkpoints = checkpoints.filter { $0.epoch % checkpointStride == 0 }
        }
    }

    /// Marks `record`, just appended, as a restore of the best weights: the diagnosis starts over from it.
    mutating func markRestore(_ record: EpochRecord) {
        restores.append(record.epoch)
        bestTrainLoss = record.trainLoss
    }

    /// Takes a sharpness measurement into the reading and the chart's history.
    mutating func take(_ reading: StabilityReading, direction: [Float]) {
        sharpnessVector = direction
        stability = reading
        if stabilityHistory.last?.epoch == reading.epoch { stabilityHistory.removeLast() }
        stabilityHistory.append(reading)
        if stabilityHistory.count > Self.stabilityHistoryLimit {
            let last = stabilityHistory.count - 1
            stabilityHistory = stabilityHistory.enumerated().filter { $0.offset % 2 == 0 || $0.offset == last }.map(
                \.element)
        }
    }
}
