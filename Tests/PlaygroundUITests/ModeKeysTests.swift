import Testing
import Playground
@testable import PlaygroundUI

/// A state with `mode` on top of its stack, at a size where the help fits in one column.
func state(in mode: Mode) throws -> AppState {
    var state = try makeState(width: 200, height: 60, epochs: 20)
    state.presets = [PresetListing(name: "mine", preset: Preset(name: "mine"), problem: nil)]
    switch mode {
    case .normal: break
    case .features: state.focus = try #require(state.controls.firstIndex(of: .setting(.features)))
    case .compare: _ = update(&state, .toggleCompare)
    case .projector: _ = update(&state, .toggleProjector)
    case .timeTravel:
        state.snapshot.checkpointEpochs = [0, 8, 16]
        _ = update(&state, .travelBack)
    case .notes:
        state.notes = "a lesson"
        state.showNotes = true
    case .sweep: _ = update(&state, .toggleSweep)
    case .seeds: _ = update(&state, .toggleSeeds)
    case .inspector:
        _ = update(&state, .toggleInspector)
        _ = update(&state, .inspector(.choosePoint))
    case .picking: _ = update(&state, .toggleInspector)
    case .presets: _ = update(&state, .openPresets)
    case .saveName: _ = update(&state, .savePreset)
    case .confirmOverwrite: state.overlay = .confirmOverwrite(name: "mine")
    case .help: _ = update(&state, .toggleHelp)
    }
    state.message = nil
    return state
}

/// What a key may change, besides the status line's message.
struct Visible: Equatable {
    let stack: [Mode], config: SessionConfig, focus: Int, featureCursor: Int, pace: Pace, toggles: [Bool]
    let overlay: Overlay?, inspector: InspectorState?, sweep: SweepView?, travel: Int?, heatmap: HeatmapSource
    let notesPage: Int, chart: ChartTimeAxis, seeds: SeedsView?

    init(_ s: AppState) {
        (stack, config, focus, featureCursor, pace) = (s.modeStack, s.config, s.focus, s.featureCursor, s.pace)
        toggles = [
            s.showTestPoints, s.discretize, s.logScale, s.showStep, s.showSharpness, s.showHelp, s.projector,
            s.showNotes, s.compare != nil, s.compare?.focusedIsB ?? false,
        ]
        (overlay, inspector, sweep, travel, heatmap) = (s.overlay, s.inspector, s.sweep, s.travelEpoch, s.heatmapSource)
        (notesPage, chart, seeds) = (s.notesPage, s.chartAxis, s.seeds)
    }
}

/// Every key any table knows, and a few none does.
let everyKey: [Key] = {
    var keys = Mode.allCases.flatMap { ModeTable.of($0).own.flatMap(\.keys) }
    keys += [.character("#"), .character("Z"), .character("y"), .backspace, .enter, .escape]
    var seen = Set<Key>()
    return keys.filter { seen.insert($0).inserted }
}()

@Suite("Each mode takes the keys of its table, and only those")
struct ModeKeysTests {
    @Test(arguments: Mode.allCases)
    func theStatesPutTheModeOnTop(mode: Mode) throws {
        #expect(try state(in: mode).mode == mode)
    }

    /// `?` over a mode lists exactly that mode's table, one line per summary, in its order.
    @Test(arguments: Mode.allCases.filter { $0 != .help })
    func helpListsExactlyTheTableOfTheModeBeneath(mode: Mode) throws {
        var shown = try state(in: mode)
        let stack = shown.modeStack
        shown.showHelp = true  // typed as a character in the name prompt, so set directly
        let lines = render(shown).lines
        let top = try #require(lines.firstIndex { $0.contains("keys: \(mode.title) (? or Esc closes)") })
        let expected = Keymap.helpLines(for: stack).map { $0.keys.padding(to: 14) + $0.summary }
        let title = Array(lines[top]), left = try #require(title[..<title.firstIndex(of: "k")!].lastIndex(of: "┌"))
        let right = try #require(title[left...].firstIndex(of: "┐"))
        func inside(_ row: Int) -> String {
            String(Array(lines[row])[(left + 1)..<right]).trimmingCharacters(in: .whitespaces)
        }
        let listed = (top + 1..<top + 1 + expected.count).map(inside)
        #expect(listed == expected.map { $0.trimmingCharacters(in: .whitespaces) })
        let rest = (top + 1 + expected.count..<lines.count).map(inside).prefix {
            !$0.hasPrefix("─") && !$0.isEmpty || $0.isEmpty
        }
        let note = rest.joined(separator: " ")
        if let mouse = ModeTable.of(mode).mouse {
            #expect(note.contains(String(mouse.prefix(40))), "\(mode): the help says what a click does here")
        } else {
            #expect(!note.contains("mouse"), "\(mode) takes no clicks: \(note)")
        }
    }

    /// A key in the table does what its binding's action does; a key outside changes nothing but the message.
    @Test(arguments: Mode.allCases)
    func keysOutsideTheTableDoNothing(mode: Mode) throws {
        let start = try state(in: mode)
        let table = Keymap.bindings(for: start.modeStack)
        for key in everyKey {
            var pressed = start
            let effects = route(&pressed, key: key)
            if let binding = table.first(where: { $0.action(for: key) != nil }) {
                var direct = start
                let expected = update(&direct, binding.action(for: key)!)
                #expect(effects == expected && Visible(pressed) == Visible(direct), "\(mode): \(key.label)")
            } else {
                #expect(effects.isEmpty && Visible(pressed) == Visible(start), "\(mode): \(key.label) did something")
                #expect(pressed.message != nil, "\(mode): a refused \(key.label) says so")
            }
        }
    }

    /// Esc leaves every mode it can be left by, back to the mode beneath.
    @Test(arguments: Mode.allCases.filter { $0 != .normal && $0 != .features })
    func escapeLeavesTheModeOnTop(mode: Mode) throws {
        var state = try state(in: mode)
        let stack = state.modeStack
        _ = route(&state, key: .escape)
        let expected =
            switch mode {
            case .confirmOverwrite: Array(stack.dropLast()) + [.saveName]
            case .picking: Array(stack.dropLast(2))  // no point followed yet: nothing to go back to
            default: Array(stack.dropLast())
            }
        #expect(state.modeStack == expected)
    }

    /// The issue's three cases, as a user meets them.
    @Test func helpProjectorAndFeaturesKeepTheirKeysToThemselves() throws {
        var help = try state(in: .help)
        let before = Visible(help)
        #expect(route(&help, key: .right).isEmpty && Visible(help) == before, "→ behind the help changes nothing")
        #expect(route(&help, key: .character("x")).isEmpty && help.inspector == nil)
        _ = route(&help, key: .escape)
        #expect(help.mode == .normal)

        var projector = try state(in: .projector)
        let shown = Visible(projector)
        for key: Key in [.right, .left, .up, .down, .tab, .character("+")] {
            #expect(route(&projector, key: key).isEmpty && Visible(projector) == shown, "\(key.label) in the projector")
        }

        var features = try state(in: .features)
        #expect(route(&features, key: .character(" ")).trainerCommands == [.play])
        #expect(features.config == (try state(in: .features)).config)
    }

    /// The status line names the keys of the mode on top, from its table.
    @Test func theStatusLineSaysWhichKeysTheModeTakes() throws {
        let sweep = try state(in: .sweep)
        let line = render(sweep).lines[sweep.layout.status.y]
        #expect(
            line.hasPrefix(" Enter take the best learning rate  l Esc close the sweep  space play / pause training"))
        var travel = try state(in: .timeTravel)
        travel.message = nil
        #expect(
            render(travel).lines[travel.layout.status.y].hasPrefix(
                " , . an earlier / a later epoch  Esc back to the present"))
    }
}

@Suite("The status line's hints are keys of the mode on top")
struct StatusHintTests {
    /// Every key a hint names is taken by the mode the hint shows in.
    @Test(arguments: [Mode.normal, .notes, .projector])
    func everyHintIsAKeyOfItsMode(mode: Mode) throws {
        let shown = try state(in: mode)
        let items =
            mode == .projector
            ? StatusLine.projectorHintItems
            : mode == .notes ? StatusLine.notesHintItems : StatusLine.hintItems
        let keys: [String: [Key]] = [
            "space": [.character(" ")], "Tab/↑↓": [.tab, .up, .down], "←→": [.left, .right], "[ ]": [.character("[")],
            "i Esc": [.character("i"), .escape],
        ]
        for (text, _) in items {
            let label = keys.keys.first { text.hasPrefix($0 + " ") }
            let pressed = label.map { keys[$0]! } ?? [.character(text.first!)]
            for key in pressed {
                #expect(Keymap.action(for: key, in: shown.modeStack) != nil, "\(mode): “\(text)” names \(key.label)")
            }
        }
    }
}
