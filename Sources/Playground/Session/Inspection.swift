import NeuralEngine

/// A weight of the network: from input `from` of layer `layer` (a feature for layer 0, else a unit of the
/// layer below) to its neuron `to`. Layer 0 is the first hidden layer.
public struct LinkID: Hashable, Sendable {
    public var layer: Int, from: Int, to: Int
    public init(layer: Int, from: Int, to: Int) { (self.layer, self.from, self.to) = (layer, from, to) }
}

/// What the backprop inspector asks of the trainer: one training point's pass, and the link it checks.
public struct InspectionRequest: Hashable, Sendable {
    /// Index into the training points.
    public var point: Int
    /// The link whose gradient is checked by finite differences and stepped in the update.
    public var link: LinkID
    public init(point: Int, link: LinkID) { (self.point, self.link) = (point, link) }
}

/// One training example through the network, forward and back, on the session's current weights.
public struct Inspection: Sendable {
    public var request: InspectionRequest
    /// The point as drawn (x1, x2, label).
    public var point: DataPoint
    /// z, a, δ, the factors of δ and the gradients, layer by layer (`Network.trace`).
    public var trace: BackpropTrace
    /// Backprop's ∂L/∂w for the request's link beside the central difference of the double-precision oracle.
    public var check: SingleCheck
    /// The step the update shows: the session's learning rate η.
    public var learningRate: Float
    /// The example's loss after one plain step w − η·∂L/∂w on every parameter, on this example alone.
    public var lossAfterStep: Double
    /// The largest learning rate from η, 0.1η, 0.01η, … (down to 1e-6) whose step lowers the loss, if η does not.
    public var rateThatLowers: Float?

    /// The request's weight and its gradient.
    public var weight: Float
    public var gradient: Float {
        trace.weightGradient(layer: request.link.layer, from: request.link.from, to: request.link.to)
    }
}

extension TrainingSession {
    /// The inspection `request` asks for, or `nil` when its point or link does not exist (the data or the
    /// network changed since it was made).
    public func inspection(_ request: InspectionRequest) -> Inspection? {
        Inspection(
            request, network: network, data: data, learningRate: Float(config.learningRate),
            regularization: config.regularization, regularizationRate: Float(config.regularizationRate))
    }
}

extension Inspection {
    /// `request`'s inspection of `network` on `data`'s training examples, with a step of `learningRate`;
    /// `nil` when its point or link does not exist.
    /// With `regularization`, the gradients, the check, the step and the losses are the regularized
    /// objective's, as a training step of this one example takes them.
    public init?(
        _ request: InspectionRequest, network: Network, data: PreparedData, learningRate rate: Float,
        regularization: Regularization = .none, regularizationRate: Float = 0
    ) {
        let link = request.link
        let examples = data.trainExamples
        guard request.point >= 0, request.point < examples.count, request.point < data.train.count,
            link.layer >= 0, link.layer < network.layers.count,
            link.from >= 0, link.from < network.layers[link.layer].inputCount,
            link.to >= 0, link.to < network.layers[link.layer].outputCount
        else { return nil }
        let (n, w) = (examples.inputCount, examples.targetCount)
        let input = Array(examples.inputs[(request.point * n)..<((request.point + 1) * n)])
        let target = Array(examples.targets[(request.point * w)..<((request.point + 1) * w)])
        let trace = network.trace(input: input, target: target)
            .regularized(regularization, rate: regularizationRate, network: network)
        let layout = network.layers[link.layer]
        let index = layout.weightOffset + link.from * layout.outputCount + link.to
        let check = GradientCheck.single(
            network: network, input: input, target: target, parameter: index,
            analytic: trace.gradient[index], regularization: regularization, regularizationRate: regularizationRate)
        func loss(after rate: Float) -> Double {
            let stepped = network.stepped(along: trace, rate: rate)
            return stepped.trace(input: input, target: target)
                .regularized(regularization, rate: regularizationRate, network: stepped).loss
        }
        let after = loss(after: rate)
        var lowering: Float?
        if !(after < trace.loss), trace.loss > 0 {
            var candidate = rate / 10
            while candidate >= 1e-6, lowering == nil {
                if loss(after: candidate) < trace.loss { lowering = candidate }
                candidate /= 10
            }
        }
        self.init(
            request: request, point: data.train[request.point], trace: trace, check: check,
            learningRate: rate, lossAfterStep: after, rateThatLowers: lowering,
            weight: network.weight(layer: link.layer, from: link.from, to: link.to))
    }
}

extension Array where Element == DataPoint {
    /// The index of the point nearest (x1, x2), or `nil` when there are none.
    public func nearest(x1: Float, x2: Float) -> Int? {
        func distance(_ p: DataPoint) -> Float { (p.x - x1) * (p.x - x1) + (p.y - x2) * (p.y - x2) }
        return indices.min { distance(self[$0]) < distance(self[$1]) }
    }
}
