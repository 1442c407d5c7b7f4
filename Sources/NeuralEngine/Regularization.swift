/// A penalty on the weights (never the biases) added to the loss.
///
/// The objective of one step is the batch's mean loss plus `rate · penalty(weights)`, with
/// L1: Σ|w| and L2: ½ Σ w². Because the data term is a mean, the penalty is added once per step, not once
/// per example, so the same rate means the same thing at every batch size (Playground's convention too).
public enum Regularization: String, CaseIterable, Codable, Sendable {
    case none
    case l1
    case l2

    /// The penalty of `weights` (without the rate).
    public func penalty(_ weights: ArraySlice<Float>) -> Double {
        switch self {
        case .none: return 0
        case .l1: return weights.reduce(0) { $0 + Double(Swift.abs($1)) }
        case .l2: return weights.reduce(0) { $0 + 0.5 * Double($1) * Double($1) }
        }
    }

    /// Adds `rate ·` d(penalty)/dw to the gradient of every weight of `network` (biases untouched).
    /// L1 uses the subgradient sign(w), 0 at w = 0.
    func addGradient(of network: Network, rate: Float, into gradient: UnsafeMutablePointer<Float>) {
        guard self != .none, rate != 0 else { return }
        network.parameters.withUnsafeBufferPointer { p in
            for layer in network.layers {
                for i in layer.weightRange {
                    let w = p[i]
                    switch self {
                    case .none: break
                    case .l1: gradient[i] += rate * (w > 0 ? 1 : (w < 0 ? -1 : 0))
                    case .l2: gradient[i] += rate * w
                    }
                }
            }
        }
    }
}
