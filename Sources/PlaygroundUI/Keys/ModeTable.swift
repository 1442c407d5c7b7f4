/// One mode's keys: its own bindings, and which actions of the mode beneath still work while it is on top.
/// Modal panels (help, lists, the inspector, the sweep) let nothing through; views over the playground
/// (the notes, time travel, the projector, the comparison) let through what still makes sense on screen.
struct ModeTable {
    let own: [KeyBinding]
    let passes: @Sendable (Action) -> Bool
    /// What a click does in the mode, as the help says it; nil when the mode takes no clicks.
    var mouse: String? = nil

    static let playgroundMouse =
        "mouse: click a control to focus it, a neuron to see its output, an input to toggle it; click the "
        + "picture to add a class-1 point, right/shift-click for class 0, ctrl+click to remove one."
    static let pictureMouse =
        "mouse: click the picture to add a class-1 point, right/shift-click for class 0, ctrl+click to remove one."
    static let notesMouse =
        "mouse: click a neuron to see its output, an input to toggle it; click the picture to add a class-1 "
        + "point, right/shift-click for class 0, ctrl+click to remove one."
    static let inspectorMouse = "mouse: click the picture to follow the training point nearest the click."

    static let nothing: @Sendable (Action) -> Bool = { _ in false }
    static let help = KeyBinding([.character("?")], .toggleHelp, "the keys of this mode")
    static let quit = KeyBinding([.character("q")], .quit, "quit")

    static func of(_ mode: Mode) -> ModeTable {
        switch mode {
        case .normal: return ModeTable(own: Keymap.normal, passes: nothing, mouse: playgroundMouse)
        case .features:
            return ModeTable(
                own: [
                    KeyBinding(
                        [.right], .features(.move(1)), "next / previous feature", keyLabel: "→ ←",
                        hint: "←→ pick a feature"),
                    KeyBinding([.left], .features(.move(-1)), "next / previous feature"),
                    KeyBinding(
                        [.enter], .features(.toggle), "turn that feature on / off", hint: "Enter turns it on/off"),
                ], passes: { _ in true }, mouse: playgroundMouse)
        case .compare:
            return ModeTable(
                own: [
                    KeyBinding([.character("c")], .toggleCompare, "keys change the other side"),
                    KeyBinding([.character("C"), .escape], .closeCompare, "close the comparison"),
                ], passes: { !$0.opensAView && !$0.changesLesson && !$0.travels }, mouse: playgroundMouse)
        case .projector:
            return ModeTable(
                own: [
                    KeyBinding([.character("f"), .escape], .toggleProjector, "back to the controls and the network")
                ], passes: { !$0.opensAView && !$0.changesLesson && !$0.movesThroughControls },
                mouse: pictureMouse)
        case .timeTravel:
            return ModeTable(
                own: [
                    KeyBinding([.character(",")], .travelBack, "an earlier / a later epoch", keyLabel: ", ."),
                    KeyBinding([.character(".")], .travelForward, "an earlier / a later epoch"),
                    KeyBinding([.escape], .leaveMode, "back to the present"),
                ], passes: { !$0.changesLesson && !$0.movesThroughControls && !$0.changesSetup },
                mouse: playgroundMouse)
        case .notes:
            return ModeTable(
                own: [
                    KeyBinding([.character("i")], .toggleNotes, "the notes' next page, then hide them"),
                    KeyBinding([.escape], .leaveMode, "hide the notes"),
                ], passes: { !$0.movesThroughControls }, mouse: notesMouse)
        case .sweep:
            return ModeTable(
                own: [
                    KeyBinding([.enter], .takeSweepBest, "take the best learning rate"),
                    KeyBinding([.character("l"), .escape], .toggleSweep, "close the sweep"),
                    KeyBinding([.character(" ")], .togglePlay, "play / pause training"),
                    help, quit,
                ], passes: nothing)
        case .seeds: return seedsTable
        case .inspector:
            return ModeTable(
                own: [
                    KeyBinding(
                        [.right, .character("l"), .character(" ")], .inspector(.step(1)), "next step",
                        hint: "→ space next step"),
                    KeyBinding([.left, .character("h")], .inspector(.step(-1)), "step back", hint: "← back"),
                    KeyBinding(
                        [.down, .character("j")], .inspector(.neuron(1)), "next / previous neuron", keyLabel: "↓ ↑ j k",
                        hint: "↑↓ neuron"),
                    KeyBinding([.up, .character("k")], .inspector(.neuron(-1)), "next / previous neuron"),
                    KeyBinding(
                        [.tab], .inspector(.link(1)), "next / previous incoming link", keyLabel: "Tab S-Tab",
                        hint: "Tab link"),
                    KeyBinding([.backTab], .inspector(.link(-1)), "next / previous incoming link"),
                    KeyBinding(
                        [.character("c")], .inspector(.toggleCheck), "finite-difference check of the link",
                        hint: "c check"),
                    KeyBinding(
                        [.character("x")], .inspector(.pickAnotherPoint), "follow another point",
                        hint: "x another point"),
                    KeyBinding([.escape], .leaveMode, "leave the inspector", hint: "Esc leaves"),
                    help, quit,
                ], passes: nothing, mouse: inspectorMouse)
        case .picking:
            return ModeTable(
                own: [
                    KeyBinding(
                        [.left, .character("h")], .inspector(.moveCursor(dx: -1, dy: 0)), "move the cursor ✛",
                        keyLabel: "←→↑↓ hjkl", hint: "←→↑↓ hjkl move the cursor ✛"),
                    KeyBinding([.right, .character("l")], .inspector(.moveCursor(dx: 1, dy: 0)), "move the cursor ✛"),
                    KeyBinding([.up, .character("k")], .inspector(.moveCursor(dx: 0, dy: 1)), "move the cursor ✛"),
                    KeyBinding([.down, .character("j")], .inspector(.moveCursor(dx: 0, dy: -1)), "move the cursor ✛"),
                    KeyBinding(
                        [.enter, .character(" "), .character("x")], .inspector(.choosePoint),
                        "follow the nearest point ◆",
                        hint: "Enter follows the point ◆ (or click one)"),
                    KeyBinding([.escape], .leaveMode, "leave the inspector", hint: "Esc leaves"),
                    help, quit,
                ], passes: nothing, mouse: inspectorMouse)
        case .presets:
            return ModeTable(
                own: [
                    KeyBinding(
                        [.down, .character("j"), .tab], .presetList(.move(1)), "next / previous lesson",
                        keyLabel: "↓ ↑ j k"),
                    KeyBinding([.up, .character("k")], .presetList(.move(-1)), "next / previous lesson"),
                    KeyBinding([.enter, .character(" ")], .presetList(.choose), "load the lesson"),
                    KeyBinding([.escape, .character("p"), .character("q")], .leaveMode, "close the list"),
                    help,
                ], passes: nothing)
        case .saveName:
            return ModeTable(
                own: [
                    KeyBinding(
                        [], .saveName(.type("a")), "type the name", keyLabel: "a-z 0-9 - _", typesCharacters: true),
                    KeyBinding([.backspace], .saveName(.erase), "erase a character"),
                    KeyBinding([.enter], .saveName(.confirm), "write the preset"),
                    KeyBinding([.escape], .leaveMode, "cancel"),
                ], passes: nothing)
        case .confirmOverwrite:
            return ModeTable(
                own: [
                    KeyBinding([.character("y"), .character("Y")], .saveName(.overwrite), "overwrite the preset"),
                    KeyBinding([.character("n"), .character("N")], .saveName(.rename), "another name"),
                    KeyBinding([.escape], .leaveMode, "another name"),
                ], passes: nothing)
        case .help:
            return ModeTable(
                own: [
                    KeyBinding([.character("?"), .escape], .toggleHelp, "close the help"),
                    quit,
                ], passes: nothing)
        }
    }
}

extension Action {
    /// Opens a panel in the network's place or a second run (not over a comparison or the projector).
    var opensAView: Bool {
        switch self {
        case .toggleInspector, .toggleSweep, .toggleSeeds, .toggleNotes, .toggleCompare, .closeCompare: return true
        default: return false
        }
    }

    /// Moves through the kept checkpoints.
    var travels: Bool {
        switch self {
        case .travelBack, .travelForward: return true
        default: return false
        }
    }

    /// Loads or writes a lesson.
    var changesLesson: Bool {
        switch self {
        case .openPresets, .nextLesson, .savePreset: return true
        default: return false
        }
    }

    /// Moves through or steps the controls column (hidden in the projector view).
    var movesThroughControls: Bool {
        switch self {
        case .focusNext, .focusPrevious, .increase, .decrease, .features: return true
        default: return false
        }
    }

    /// Changes the setup, which would start a new past under the one shown.
    var changesSetup: Bool {
        switch self {
        case .learningRateUp, .learningRateDown, .pickDataset, .toggleCompare, .toggleSweep, .toggleSeeds, .features:
            return true
        default: return false
        }
    }
}
