extension ModeTable {
    /// The seeds view: pick a run, train it in the main view, change what varies and the goal.
    static let seedsTable = ModeTable(
        own: [
            KeyBinding(
                [.left, .character("h")], .seeds(.move(dx: -1, dy: 0)), "pick a run", keyLabel: "←→↑↓ hjkl",
                hint: "←→↑↓ pick a run"),
            KeyBinding([.right, .character("l")], .seeds(.move(dx: 1, dy: 0)), "pick a run"),
            KeyBinding([.up, .character("k")], .seeds(.move(dx: 0, dy: -1)), "pick a run"),
            KeyBinding([.down, .character("j")], .seeds(.move(dx: 0, dy: 1)), "pick a run"),
            KeyBinding([.enter], .seeds(.take), "train it in the main view", hint: "Enter trains it"),
            KeyBinding([.character("v")], .seeds(.toggleVary), "new weights / new data too", hint: "v weights/data"),
            KeyBinding(
                [.character("+"), .character("]")], .seeds(.goal(1)), "goal harder / easier", keyLabel: "+ -",
                hint: "+ - goal"),
            KeyBinding([.character("-"), .character("[")], .seeds(.goal(-1)), "goal harder / easier"),
            KeyBinding([.character("S"), .escape], .toggleSeeds, "close the seeds view", hint: "Esc closes"),
            KeyBinding([.character("g")], .seeds(.goalKind), "goal: accuracy or loss", hint: "g acc/loss"),
            KeyBinding([.character("E")], .seeds(.exportSlide), "SVG slide of the runs", hint: "E slide"),
            help, quit,
        ], passes: nothing, mouse: "mouse: click a run to pick it, click it again to train it in the main view.")
}
