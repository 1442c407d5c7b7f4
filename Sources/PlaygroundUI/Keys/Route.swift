/// Turns a key into an action through the key table of the mode on top (`AppState.modeStack`) and applies
/// it with `update`. A key the mode does not take changes nothing but the status line, which says so.
public func route(_ state: inout AppState, key: Key) -> [Effect] {
    switch key {
    case .resize: return []  // the loop reads the new size and sends `.resize`
    case .click(let x, let y, let secondary):
        return state.takesClicks ? update(&state, .click(x: x, y: y, secondary: secondary)) : []
    case .removeClick(let x, let y):
        return state.takesClicks ? update(&state, .removeClick(x: x, y: y)) : []
    default:
        let stack = state.modeStack
        guard let action = Keymap.action(for: key, in: stack) else {
            state.message = Keymap.refusal(key, in: stack.last ?? .normal)
            return []
        }
        return update(&state, action)
    }
}

extension AppState {
    /// Whether a click means something in the mode on top: not under a panel that takes every key.
    var takesClicks: Bool { takesClicks(in: mode) }

    /// Whether `mode`, on top, takes clicks (its table says what they do).
    func takesClicks(in mode: Mode) -> Bool { ModeTable.of(mode).mouse != nil }
}
