/// The key tables, as htop does it: in each mode keys map to named actions, and the help overlay and the
/// status line are generated from the table of the mode on top, so they can never disagree with what the
/// keys do. A mode's table is its own bindings, then those of the mode beneath that it lets through
/// (`ModeTable.passes`), without the keys it claims.
public enum Keymap {
    /// The normal view's table.
    public static let normal: [KeyBinding] =
        [
            KeyBinding([.character(" ")], .togglePlay, "play / pause training"),
            KeyBinding([.character("s")], .step, "train one epoch"),
            KeyBinding([.character("r")], .resetWeights, "new weights, same data"),
            KeyBinding([.character("n")], .newData, "new data (next seed)"),
            KeyBinding([.character("b")], .restoreBest, "early stopping's best epoch"),
            KeyBinding([.tab, .down, .character("j")], .focusNext, "next control"),
            KeyBinding([.backTab, .up, .character("k")], .focusPrevious, "previous control"),
            KeyBinding([.character("+"), .right], .increase, "increase the focused value"),
            KeyBinding([.character("-"), .left], .decrease, "decrease the focused value"),
            KeyBinding([.character("]")], .learningRateUp, "learning rate up"),
            KeyBinding([.character("[")], .learningRateDown, "learning rate down"),
        ]
        + (1...9).map { digit in
            KeyBinding(
                [.character(Character(String(digit)))], .pickDataset(digit - 1), "pick a dataset", keyLabel: "1…9")
        } + [
            KeyBinding([.character(">")], .faster, "faster / slower", keyLabel: "> <"),
            KeyBinding([.character("<")], .slower, "faster / slower"),
            KeyBinding([.character("t")], .toggleTestPoints, "show / hide test points"),
            KeyBinding([.character("d")], .toggleDiscretize, "discretize the output"),
            KeyBinding([.character("g")], .toggleLogScale, "log scale of the loss"),
            KeyBinding([.character("z")], .cycleChartAxis, "the loss chart's epoch axis"),
            KeyBinding([.character("L")], .toggleStep, "the step: loss along it"),
            KeyBinding([.character("H")], .toggleSharpness, "sharpness λ against 2/η"),
            KeyBinding([.character("v")], .nextNeuron, "next / previous neuron", keyLabel: "v V"),
            KeyBinding([.character("V")], .previousNeuron, "next / previous neuron"),
            KeyBinding([.escape], .showOutput, "heatmap: the output again"),
            KeyBinding([.character("p")], .openPresets, "presets: pick a lesson"),
            KeyBinding([.character("N")], .nextLesson, "next lesson (course order)"),
            KeyBinding([.character("w")], .savePreset, "write the setup as a preset"),
            KeyBinding([.character("c")], .toggleCompare, "compare side by side"),
            KeyBinding([.character("l")], .toggleSweep, "learning-rate sweep"),
            KeyBinding([.character("S")], .toggleSeeds, "many seeds: how often?"),
            KeyBinding([.character("E")], .exportSlide, "SVG slide of the run"),
            KeyBinding([.character(",")], .travelBack, "time travel: earlier epoch"),
            KeyBinding([.character("e")], .exportData, "the points as CSV"),
            KeyBinding([.character("m")], .exportModel, "the model, for --load-model"),
            KeyBinding([.character("x")], .toggleInspector, "backprop of one point"),
            KeyBinding([.character("f")], .toggleProjector, "projector view"),
            KeyBinding([.character("i")], .toggleNotes, "the lesson's notes"),
            KeyBinding([.character("?")], .toggleHelp, "the keys of this mode"),
            KeyBinding([.character("q")], .quit, "quit"),
        ]

    /// The table of the top of `stack` (the mode taking the keys), its own bindings first.
    public static func bindings(for stack: [Mode]) -> [KeyBinding] {
        stack.reduce([]) { beneath, mode in
            let table = ModeTable.of(mode)
            let taken = Set(table.own.flatMap(\.keys))
            let through = beneath.filter { table.passes($0.action) }.compactMap { $0.without(taken) }
            return table.own + through
        }
    }

    /// The action of `key` in the mode on top of `stack`, if that mode takes it. Clicks, resizes and the
    /// loop's reports are not keys of a table (`route` handles them).
    public static func action(for key: Key, in stack: [Mode]) -> Action? {
        for binding in bindings(for: stack) {
            if let action = binding.action(for: key) { return action }
        }
        return nil
    }

    /// Help lines for the mode on top of `stack`, one per summary: bindings that share a summary share a
    /// line, under the first one's label if it has its own (the digits' "1…9"), else all their keys.
    public static func helpLines(for stack: [Mode]) -> [(keys: String, summary: String)] {
        let table = bindings(for: stack)
        var seen = Set<String>()
        return table.compactMap { binding in
            guard seen.insert(binding.summary).inserted else { return nil }
            if let label = binding.keyLabel { return (label, binding.summary) }
            let keys = table.filter { $0.summary == binding.summary }.flatMap(\.keys)
            return (keys.map(\.label).joined(separator: " "), binding.summary)
        }
    }

    /// What the status line says when `mode` does not take `key`.
    static func refusal(_ key: Key, in mode: Mode) -> String {
        switch mode {
        case .normal, .features, .notes: return "\(key.label) is not a key here — ? lists the keys"
        case .help: return "the help is open: ? or Esc closes it"
        default: return "\(key.label) does nothing in the \(mode.title) — Esc leaves it, ? lists its keys"
        }
    }
}
