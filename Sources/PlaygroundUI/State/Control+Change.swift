import Playground

extension Control {
    /// The setup with this control stepped by `delta` (+1 or −1); the pace is not part of it (see
    /// `Pace.stepped`). Not yet validated.
    func stepped(_ config: SessionConfig, by delta: Int) -> SessionConfig {
        var c = config
        switch self {
        case .setting(let setting): return setting.spec.stepped(config, by: delta)
        case .problem:
            c.dataset = c.dataset.isRegression ? .circle : .regressionPlane
            return c.keepingAFittingLoss()
        case .layers:
            let count = Swift.min(Swift.max(c.hidden.count + delta, 0), SteppedValues.maxLayers)
            let activations = c.hiddenActivations
            while c.hidden.count < count { c.hidden.append(c.hidden.last ?? 4) }
            c.hidden = Array(c.hidden.prefix(count))
            c.activations =
                activations.count == 1 || Set(activations).count <= 1
                ? [activations.first ?? c.activations[0]]
                : (0..<count).map { $0 < activations.count ? activations[$0] : activations.last! }
        case .neurons(let layer):
            guard layer < c.hidden.count else { return c }
            c.hidden[layer] = SteppedValues.step(c.hidden[layer], by: delta, in: SteppedValues.neurons)
        case .speed: break
        }
        return c
    }
}

extension Pace {
    /// Slowest to fastest, `auto` (which starts slow and speeds up) first.
    static let ordered: [Pace] = [.auto, .one, .five, .twenty, .hundred, .thousand, .max]

    /// The next pace `delta` steps faster (or slower), clamped at the ends.
    func stepped(by delta: Int) -> Pace {
        let order = Pace.ordered.firstIndex(of: self) ?? Pace.ordered.count - 1
        return Pace.ordered[Swift.min(Swift.max(order + delta, 0), Pace.ordered.count - 1)]
    }
}
