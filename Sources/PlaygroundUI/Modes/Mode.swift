/// What the playground is doing, which decides what the keys mean. Modes stack: the normal view at the
/// bottom, then whatever is open over it (the comparison, the projector view, time travel, the notes, the
/// sweep, the inspector, a list or prompt, the help). The mode on top takes the keys through its own table
/// (`Keymap.bindings(for:)`); Esc leaves it.
public enum Mode: String, CaseIterable, Sendable {
    case normal
    /// The features control is focused: ←→ move along the features, Enter turns one on or off.
    case features
    case compare = "comparison"
    case projector = "projector view"
    case timeTravel = "time travel"
    case notes
    case sweep = "learning-rate sweep"
    case seeds = "seeds view"
    case inspector = "backprop inspector"
    /// The inspector's cursor, choosing the training point to follow.
    case picking = "choosing a point"
    case presets = "presets list"
    case saveName = "preset name"
    case confirmOverwrite = "overwrite?"
    case help

    /// How the help overlay and the status line name the mode.
    public var title: String { rawValue }
}

extension AppState {
    /// The open modes, the normal view first and the one taking the keys last. Derived from what is open,
    /// so it can never disagree with the screen.
    public var modeStack: [Mode] {
        var stack: [Mode] = [.normal]
        if compare != nil { stack.append(.compare) }
        if projector {
            stack.append(.projector)
        } else if inspector == nil, sweep == nil, seeds == nil, !notesVisible,
            focusedControl == .setting(.features)
        {
            stack.append(.features)
        }
        if travelEpoch != nil { stack.append(.timeTravel) }
        if notesVisible { stack.append(.notes) }
        if sweep != nil { stack.append(.sweep) }
        if seeds != nil { stack.append(.seeds) }
        if let inspector {
            stack.append(.inspector)
            if inspector.picking { stack.append(.picking) }
        }
        switch overlay {
        case .presets: stack.append(.presets)
        case .saveName: stack.append(.saveName)
        case .confirmOverwrite: stack.append(.confirmOverwrite)
        case nil: break
        }
        if showHelp { stack.append(.help) }
        return stack
    }

    /// The mode taking the keys.
    public var mode: Mode { modeStack.last ?? .normal }

    /// Whether the notes panel is on screen (the normal view only: the projector, the comparison, the
    /// inspector, the sweep and the seeds view have no room for it).
    public var notesVisible: Bool {
        showNotes && notes != nil && !projector && compare == nil && inspector == nil && sweep == nil && seeds == nil
    }
}
