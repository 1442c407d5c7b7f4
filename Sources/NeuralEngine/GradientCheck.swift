/// The largest disagreement between backpropagation and finite differences in one layer.
public struct LayerGradientCheck: Sendable, Equatable {
    /// 0 for the first hidden layer; the last index is the output layer.
    public var layer: Int
    /// Largest relative error |analytic − numeric| / max(|analytic|, |numeric|, floor) over the layer's
    /// weights and biases.
    public var maxRelativeError: Double
    /// Parameters compared.
    public var checked: Int
    /// Parameters skipped because a perturbation crossed a kink (ReLU or step at 0, hinge at t·a = 1), where
    /// a finite difference is not a derivative.
    public var skippedAtKinks: Int
}

/// One parameter's check (`GradientCheck.single`): backprop's value beside the finite difference.
public struct SingleCheck: Sendable, Equatable {
    public var analytic: Double, numeric: Double
    /// |analytic − numeric| / max(|analytic|, |numeric|, `GradientCheck.floor`).
    public var relativeError: Double
    /// The ±h perturbation moved a unit across a kink (ReLU, step, hinge): no derivative to compare.
    public var crossesKink: Bool
}

/// Checks backpropagation against the central finite difference (L(w + h) − L(w − h)) / 2h, the oracle.
///
/// L is the batch's mean loss plus the regularization penalty, computed by `ReferenceForward` in double
/// precision; Richardson extrapolation of two step sizes (h and h/2) cancels the h² error term. What is
/// left is the single-precision round-off of the analytic gradient itself, well below 1e-3.
public enum GradientCheck {
    /// Gradients smaller than this are compared absolutely rather than relatively.
    public static let floor = 1e-3

    /// Compares the gradients of `network` on all of `examples`. With `dropout` > 0 one mask is drawn from
    /// `rng` and held fixed for every evaluation, so the check covers the dropout path too.
    /// `parametersPerLayer` limits the comparison to that many parameters per layer, evenly spread over
    /// its weights and biases (each costs six passes over the examples; wide layers have thousands).
    public static func run(
        network: Network, examples: Examples, regularization: Regularization = .none,
        regularizationRate: Float = 0, dropout: Float = 0, rng: inout SplitMix64, step h: Float = 1e-2,
        parametersPerLayer: Int? = nil
    ) -> [LayerGradientCheck] {
        let rows = examples.count
        let workspace = Workspace(shape: network.shape, capacity: rows)
        examples.gather(0..<rows, into: workspace)
        workspace.sampleDropout(rate: dropout, rows: rows, rng: &rng)

        var analytic = [Float](repeating: 0, count: network.parameters.count)
        analytic.withUnsafeMutableBufferPointer { g in
            network.forward(workspace, rows: rows)
            network.backward(workspace, rows: rows, into: g.baseAddress!)
            regularization.addGradient(of: network, rate: regularizationRate, into: g.baseAddress!)
        }
        return compare(
            analytic: analytic, network: network, workspace: workspace, rows: rows,
            regularization: regularization, regularizationRate: regularizationRate, step: h,
            parametersPerLayer: parametersPerLayer)
    }

    /// One parameter's finite-difference check on one example: the central difference of the double-precision
    /// oracle (Richardson-extrapolated as in `run`) beside `analytic` (backprop's value), their relative
    /// error, and whether the perturbation crossed a kink (then the difference is not a derivative).
    public static func single(
        network: Network, input: [Float], target: [Float], parameter index: Int, analytic: Float,
        regularization: Regularization = .none, regularizationRate: Float = 0, step h: Float = 1e-2
    ) -> SingleCheck {
        var probe = network
        let original = network.parameters[index]
        func objective(_ offset: Float) -> (value: Double, kinkSides: [Bool]) {
            probe.parameters[index] = original + offset
            return input.withUnsafeBufferPointer { x in
                target.withUnsafeBufferPointer { t in
                    ReferenceForward(network: probe, dropoutMasks: nil).objective(
                        inputs: x.baseAddress!, targets: t.baseAddress!, rows: 1, regularization: regularization,
                        rate: regularizationRate)
                }
            }
        }
        let crossesKink = objective(h).kinkSides != objective(-h).kinkSides
        let wide = (objective(h).value - objective(-h).value) / Double(2 * h)
        let narrow = (objective(h / 2).value - objective(-h / 2).value) / Double(h)
        let numeric = (4 * narrow - wide) / 3
        let exact = Double(analytic)
        let error = Swift.abs(exact - numeric) / Swift.max(Swift.abs(exact), Swift.abs(numeric), floor)
        return SingleCheck(analytic: exact, numeric: numeric, relativeError: error, crossesKink: crossesKink)
    }

    /// Compares a given gradient (`analytic`, laid out like the parameters) with finite differences of the
    /// objective over the first `rows` examples already gathered in `workspace`.
    static func compare(
        analytic: [Float], network: Network, workspace: Workspace, rows: Int,
        regularization: Regularization, regularizationRate: Float, step h: Float, parametersPerLayer: Int? = nil
    ) -> [LayerGradientCheck] {
        let masks: [[Double]]? =
            workspace.dropoutActive
            ? network.shape.hiddenWidths.enumerated().map { layer, width in
                (0..<(rows * width)).map { Double(workspace.dropoutMasks[layer][$0]) }
            }
            : nil
        var probe = network
        func objective() -> (value: Double, kinkSides: [Bool]) {
            ReferenceForward(network: probe, dropoutMasks: masks).objective(
                inputs: workspace.inputs, targets: workspace.targets, rows: rows,
                regularization: regularization, rate: regularizationRate)
        }
        return network.layers.enumerated().map { index, layer in
            var worst = 0.0, checked = 0, skipped = 0
            let all = layer.weightRange.lowerBound..<layer.biasRange.upperBound
            let spacing = parametersPerLayer.map { Swift.max(1, all.count / Swift.max($0, 1)) } ?? 1
            for i in stride(from: all.lowerBound, to: all.upperBound, by: spacing) {
                let original = network.parameters[i]
                func loss(at offset: Float) -> Double {
                    probe.parameters[i] = original + offset
                    return objective().value
                }
                probe.parameters[i] = original + h
                let plusSide = objective().kinkSides
                probe.parameters[i] = original - h
                let minusSide = objective().kinkSides
                probe.parameters[i] = original
                let crossesKink =
                    plusSide != minusSide
                    || (regularization == .l1 && layer.weightRange.contains(i) && Swift.abs(original) <= h)
                if crossesKink {
                    skipped += 1
                    continue
                }
                let wide = (loss(at: h) - loss(at: -h)) / Double(2 * h)
                let narrow = (loss(at: h / 2) - loss(at: -h / 2)) / Double(h)
                probe.parameters[i] = original
                let numeric = (4 * narrow - wide) / 3
                let exact = Double(analytic[i])
                let error = Swift.abs(exact - numeric) / Swift.max(Swift.abs(exact), Swift.abs(numeric), floor)
                worst = Swift.max(worst, error)
                checked += 1
            }
            return LayerGradientCheck(layer: index, maxRelativeError: worst, checked: checked, skippedAtKinks: skipped)
        }
    }
}
