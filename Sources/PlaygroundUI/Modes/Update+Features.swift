import Playground

/// Turns one input feature on or off (a click on it, or Enter on the features control), keeping at
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
    return reconfigure(
        &state, to: next, naming: "features \(next.features.map(state.name).joined(separator: " "))")
}

/// Keys on the focused features control: ←/→ move along the nine features, Enter turns the one under the
/// cursor on or off.
func featureAction(_ state: inout AppState, _ key: FeatureAction) -> [Effect] {
    let count = Feature.allCases.count
    switch key {
    case .move(let delta): state.featureCursor = ((state.featureCursor + delta) % count + count) % count
    case .toggle: return toggle(Feature.allCases[state.featureCursor], &state)
    }
    let feature = Feature.allCases[state.featureCursor], on = state.config.features.contains(feature)
    state.message = "\(state.name(feature)) is \(on ? "on" : "off"): Enter turns it \(on ? "off" : "on")"
    return []
}
