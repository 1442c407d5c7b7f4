import Testing
import Playground
@testable import PlaygroundUI

@Suite("Widgets against literal lines")
struct WidgetTests {
    @Test func monochromeHeatmapIsAnAsciiRampWithPoints() throws {
        var state = try makeState()
        // A grid that runs from −1 on the left to +1 on the right, and two points.
        state.snapshot.decision = DecisionGrid(width: 6, height: 4, values: (0..<24).map { Float($0 % 6) / 2.5 - 1 })
        state.snapshot.train = [DataPoint(x: -5.5, y: 5.5, label: 0), DataPoint(x: 5.5, y: -5.5, label: 1)]
        state.snapshot.test = [DataPoint(x: 0.5, y: 0.5, label: 1)]
        state.showTestPoints = true
        var screen = Screen(width: 8, height: 4)
        HeatmapWidget.draw(state, into: &screen, frame: Rect(x: 0, y: 0, width: 8, height: 4))
        // Ramp indices of −1, −0.6, −0.2, 0.2, 0.6, 1: 0, 2, 4, 5, 7, 9 → " :=+#@".
        #expect(
            screen.lines == [
                "┌ outpu┐",
                "│x:=O#@│",
                "│ :=+#o│",
                "└──────┘",
            ])
    }

    @Test func eightColourHeatmapUsesShadeGlyphs() throws {
        var state = try makeState(mode: .eight)
        state.snapshot.decision = DecisionGrid(width: 5, height: 2, values: [-1, -0.5, 0, 0.5, 1, -1, -0.5, 0, 0.5, 1])
        state.snapshot.train = []
        var screen = Screen(width: 7, height: 3)
        HeatmapWidget.draw(state, into: &screen, frame: Rect(x: 0, y: 0, width: 7, height: 3))
        #expect(screen.lines[1] == "│█▒ ▒█│")
        #expect(screen[1, 1].style.foreground == .rgb(Palette.negative))
        #expect(screen[5, 1].style.foreground == .rgb(Palette.positive))
    }

    @Test func fullColourHeatmapHasTwoPixelsPerCell() throws {
        var state = try makeState(mode: .full)
        state.snapshot.decision = DecisionGrid(width: 1, height: 2, values: [-1, 1])
        state.snapshot.train = []
        var screen = Screen(width: 3, height: 3)
        HeatmapWidget.draw(state, into: &screen, frame: Rect(x: 0, y: 0, width: 3, height: 3))
        #expect(
            screen[1, 1] == Cell("▀", Style(foreground: .rgb(Palette.negative), background: .rgb(Palette.positive))))
    }

    @Test func divergedHeatmapSaysSoAndDrawsNoData() throws {
        var state = try makeState()
        state.snapshot.divergedAt = 17
        var screen = Screen(width: 30, height: 7)
        HeatmapWidget.draw(state, into: &screen, frame: Rect(x: 0, y: 0, width: 30, height: 7))
        #expect(
            screen.lines == [
                "┌ output ────────────────────┐",
                "│                            │",
                "│    diverged at epoch 17    │",
                "│  learning rate too high?   │",
                "│      press r to reset      │",
                "│                            │",
                "└────────────────────────────┘",
            ])
    }

    /// [2] → [3] → 1 in a 40×20 panel without colour: the active inputs as thumbnails with their names,
    /// thumbnails as large as the panel allows (7×4), centred; the links (without colour, the stronger half)
    /// from neuron to neuron; the neuron the heatmap shows boxed; the inactive features apart; norms below.
    @Test func networkFillsItsPanelWithThumbnailsAndLinks() throws {
        var config = SessionConfig()
        config.hidden = [3]
        var state = try makeState(width: 80, height: 40, config: config, epochs: 1)
        state.snapshot.decisionSource = NeuronID(layer: 0, index: 1)
        var screen = Screen(width: 40, height: 20)
        NetworkWidget.draw(state, into: &screen, frame: Rect(x: 0, y: 0, width: 40, height: 20))
        #expect(
            screen.lines == [
                "┌ network ─────────────────────────────┐",
                "│    in            L1           out    │",
                "│                 .:+#%@               │",
                "│                 .:+#%@               │",
                "│             ⢀⡏  .:+#%@               │",
                "│  .:-+*#%    ⡼   .:+#%@               │",
                "│  .:-+*#%   ⢰⠃┌────────┐              │",
                "│  .:-+*#%⠓⢦⣀- │##%%@@@@│       .:+#%@ │",
                "│  .:-+*#%  ⡟+⣄│-=**#%%@│       .:+#%@ │",
                "│ x1       ⣸⠁⢀⡴│..:-=+##│⠉⠉-⠉⠉  .:+#%@ │",
                "│ @@@@@@@@⢠⠇⣰+ │   ..:-=│   ⠈   .:+#%@ │",
                "│ ########⣾⠞⠁  └────────┘  +           │",
                "│ ========⠁     @@@@@@%% ⢀             │",
                "│ ::::::::      @%%%##*+               │",
                "│ x2            #*++=-::⠁              │",
                "│               --:...                 │",
                "│                                      │",
                "│ off: x1²  x2²  x1x2  sin1  sin2  cos1│",
                "│∇              0.60          0.15     │",
                "└──────────────────────────────────────┘",
            ])
        state.colorMode = .full
        NetworkWidget.draw(state, into: &screen, frame: Rect(x: 0, y: 0, width: 40, height: 20))
        let links = screen.cells.filter { ("\u{2801}"..."\u{28FF}").contains(String($0.character)) }.map(
            \.style.foreground)
        #expect(links.contains(.rgb(Palette.color(for: 1))) || links.contains { $0 != .standard }, "links in colour")
    }

    @Test func controlsListEveryValueAndMarkTheFocus() throws {
        var state = try makeState()
        state.focus = 9  // layer 1
        var screen = Screen(width: 30, height: 12)
        ControlsWidget.draw(state, into: &screen, frame: Rect(x: 0, y: 0, width: 30, height: 12))
        // The list scrolls so the focused control sits in the middle of a short panel.
        #expect(
            screen.lines == [
                "┌ controls ──────────────────┐",
                "│points                   500│",
                "│seed                       1│",
                "│standardize              off│",
                "│NETWORK                     │",
                "│hidden layers              2│",
                "│  layer 1      ◂ 4 neurons ▸│",
                "│  layer 2          2 neurons│",
                "│activation              tanh│",
                "│output/loss     tanh+squared│",
                "│learning rate           0.03│",
                "└────────────────────────────┘",
            ])
        #expect(screen[3, 6].style.reverse)
    }

    @Test(arguments: [(40, 10), (79, 24), (10, 4), (1, 1), (0, 0)])
    func tooSmallTerminalsGetAClearFrame(width: Int, height: Int) throws {
        let state = try makeState(width: width, height: height)
        let screen = render(state)
        #expect(screen.width == width && screen.height == height)
        if width == 40 {
            #expect(
                screen.lines == [
                    "                                        ",
                    "                                        ",
                    "                                        ",
                    "           terminal too small           ",
                    "               need 80×24               ",
                    "               have 40×10               ",
                    "                q quits                 ",
                    "                                        ",
                    "                                        ",
                    "                                        ",
                ])
        }
    }
}
