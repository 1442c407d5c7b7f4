import Playground

/// Turns one input feature on or off (a click on it, or space on the features control), keeping at
/// least one on; the network is rebuilt with the new inputs.
func toggle(_ feature: Feature, _ state: inout AppState) -> [Effect] {
    var next = state.config
    if let index = next.features.firstIndex(of: feature) {
        guard next.features.count > 1 else {
            state.message = "a network needs at least one input feature"
            return []
        }
        next.features.remove(at: index)
    } else {
        next.features = Feature.allCases.filter { next.features.contains($0) || $0 == feature }
    }
    return reconfigure(&state, to: next, naming: "features \(next.features.map(\.rawValue).joined(separator: " "))")
}

/// Keys on the focused features control: ←/→ (h/l, −/+) move along the nine features, space or Enter turns
/// the one under the cursor on or off. `nil` for any other key, which the key table handles as usual.
func featureKey(_ state: inout AppState, key: Key) -> [Effect]? {
    guard state.focusedControl == .setting(.features) else { return nil }
    let count = Feature.allCases.count
    switch key {
    case .right, .character("l"), .character("+"):
        state.featureCursor = (state.featureCursor + 1) % count
    case .left, .character("h"), .character("-"):
        state.featureCursor = (state.featureCursor + count - 1) % count
    case .character(" "), .enter:
        return toggle(Feature.allCases[state.featureCursor], &state)
    default: return nil
    }
    let feature = Feature.allCases[state.featureCursor]
    state.message = "\(NetworkWidget.shortName(feature)) is \(state.config.features.contains(feature) ? "on" : "off"): space turns it \(state.config.features.contains(feature) ? "off" : "on")"
    return []
}
