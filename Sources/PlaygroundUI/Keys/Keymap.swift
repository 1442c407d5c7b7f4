/// One line of the key table: the keys, what they do, and how the help overlay says it.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let action: Action
    public let summary: String
    /// How the keys are written in help, when not simply listed (e.g. "1…9").
    public let keyLabel: String?

    init(_ keys: [Key], _ action: Action, _ summary: String, keyLabel: String? = nil) {
        self.keys = keys
        self.action = action
        self.summary = summary
        self.keyLabel = keyLabel
    }

    public var label: String { keyLabel ?? keys.map(\.label).joined(separator: " ") }
}

/// The key table, as htop does it: keys map to named actions, and the help overlay is generated from here,
/// so it can never disagree with what the keys do.
public enum Keymap {
    public static let bindings: [KeyBinding] = [
        KeyBinding([.character(" ")], .togglePlay, "play / pause training"),
        KeyBinding([.character("s")], .step, "train one epoch"),
        KeyBinding([.character("r")], .resetWeights, "reset: new weights, same data"),
        KeyBinding([.character("n")], .newData, "new data (next seed)"),
        KeyBinding([.character("b")], .restoreBest, "best test epoch (early stopping)"),
        KeyBinding([.tab, .down, .character("j")], .focusNext, "next control"),
        KeyBinding([.backTab, .up, .character("k")], .focusPrevious, "previous control"),
        KeyBinding([.character("+"), .right], .increase, "increase the focused value"),
        KeyBinding([.character("-"), .left], .decrease, "decrease the focused value"),
        KeyBinding([.character("]")], .learningRateUp, "learning rate up (anywhere)"),
        KeyBinding([.character("[")], .learningRateDown, "learning rate down (anywhere)"),
    ] + (1...9).map { digit in
        KeyBinding([.character(Character(String(digit)))], .pickDataset(digit - 1), "pick a dataset", keyLabel: "1…9")
    } + [
        KeyBinding([.character(">")], .faster, "faster / slower", keyLabel: "> <"),
        KeyBinding([.character("<")], .slower, "faster / slower"),
        KeyBinding([.character("t")], .toggleTestPoints, "show / hide test points"),
        KeyBinding([.character("d")], .toggleDiscretize, "discretize the output"),
        KeyBinding([.character("g")], .toggleLogScale, "log scale for the loss chart"),
        KeyBinding([.character("z")], .cycleChartAxis, "loss chart: all / recent / log"),
        KeyBinding([.character("L")], .toggleStep, "the step: loss along the step"),
        KeyBinding([.character("H")], .toggleSharpness, "sharpness λ against 2/η over the epochs"),
        KeyBinding([.character("v")], .nextNeuron, "next / previous neuron shown", keyLabel: "v V"),
        KeyBinding([.character("V")], .previousNeuron, "next / previous neuron shown"),
        KeyBinding([.escape], .showOutput, "heatmap shows the output again"),
        KeyBinding([.character("p")], .openPresets, "presets: pick a lesson"),
        KeyBinding([.character("N")], .nextLesson, "next lesson (course order)"),
        KeyBinding([.character("w")], .savePreset, "write the setup as a preset"),
        KeyBinding([.character("c")], .toggleCompare, "compare side by side; C closes", keyLabel: "c C"),
        KeyBinding([.character("C")], .closeCompare, "compare side by side; C closes"),
        KeyBinding([.character("l")], .toggleSweep, "learning-rate sweep; Enter: best"),
        KeyBinding([.character("E")], .exportSlide, "SVG slide of the run"),
        KeyBinding([.character(",")], .travelBack, "time travel: earlier / later", keyLabel: ", ."),
        KeyBinding([.character(".")], .travelForward, "time travel: earlier / later"),
        KeyBinding([.character("e")], .exportData, "the points as CSV (for --data)"),
        KeyBinding([.character("x")], .toggleInspector, "backprop of one training point"),
        KeyBinding([.character("f")], .toggleProjector, "projector view"),
        KeyBinding([.character("i")], .toggleNotes, "the lesson's notes: show, next page, hide"),
        KeyBinding([.character("?")], .toggleHelp, "this help"),
        KeyBinding([.character("q")], .quit, "quit"),
    ]

    private static let table: [Key: Action] = {
        var table: [Key: Action] = [:]
        for binding in bindings {
            for key in binding.keys { table[key] = binding.action }
        }
        return table
    }()

    /// The action of a key, if it has one. Clicks and resizes carry their position or size.
    public static func action(for key: Key) -> Action? {
        switch key {
        case .click(let x, let y, let secondary): return .click(x: x, y: y, secondary: secondary)
        case .removeClick(let x, let y): return .removeClick(x: x, y: y)
        case .resize: return nil  // the loop reads the new size and sends .resize
        default: return table[key]
        }
    }

    /// Help lines, one per binding, digits folded into one line.
    public static var helpLines: [(keys: String, summary: String)] {
        var seen = Set<String>()
        return bindings.compactMap { binding in
            guard seen.insert(binding.summary).inserted else { return nil }
            return (binding.label, binding.summary)
        }
    }
}
