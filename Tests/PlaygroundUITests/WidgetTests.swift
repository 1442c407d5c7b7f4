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

    @Test func lossChartShowsValuesCurvesAndTheBestEpoch() throws {
        var state = try makeState()
        state.snapshot.history = (0...8).map { epoch in
            let train = 1 - Double(epoch) / 8, test = epoch <= 4 ? 1 - Double(epoch) / 8 : 0.5 + Double(epoch - 4) / 8
            return EpochRecord(epoch: epoch, trainLoss: train, testLoss: test, trainAccuracy: nil, testAccuracy: nil)
        }
        state.snapshot.bestTestEpoch = 4
        state.snapshot.bestTestRecord = state.snapshot.history[4]
        state.snapshot.restores = [6]
        var screen = Screen(width: 40, height: 9)
        LossChartWidget.draw(state, into: &screen, frame: Rect(x: 0, y: 0, width: 40, height: 9))
        // Without colour, train is braille and test is •; where they lie on each other (up to epoch 4) the
        // train's braille shows. Train falls in a straight line; test falls with it, then rises after epoch 4,
        // where the best-test marker stands (labelled in the title); ↺ marks a restore.
        // Loss labels on the left, epoch ticks below.
        #expect(
            screen.lines == [
                "┌ loss · ┊ best test 0.5000 @ 4 ───────┐",
                "│⣿ train 0  • test 1.000               │",
                "│1.00 ⠉⠓⠒⠦⢤⣀⡀         ┊       ↺  ••••••│",
                "│           ⠉⠉⠓⠲⠤⢤⣀⡀  ┊   ••••••••     │",
                "│                  ⠉⠉⠓⠲••••            │",
                "│                     ┊   ⠉⠙⠒⠲⠤⣄⣀⡀     │",
                "│   0                 ┊          ⠉⠙⠒⠦⠤⣄│",
                "│     0               4        8 epochs│",
                "└──────────────────────────────────────┘",
            ])
        state.colorMode = .full
        LossChartWidget.draw(state, into: &screen, frame: Rect(x: 0, y: 0, width: 40, height: 9))
        #expect(screen[6, 2].style == Theme.bothSeries && screen[28, 5].style == Theme.trainSeries, "where they meet")
        #expect(screen[33, 2].style == Theme.testSeries, "test alone in its colour")
        #expect(Theme.testSeries.foreground != Theme.trainSeries.foreground)
        #expect(screen.lines[1].hasPrefix("│━ train 0  ━ test 1.000  ━ both"), "a legend in the series' colours")
    }

    /// A bowl with its minimum at s = 0.45: a step of s = 1 lands on the far wall, higher than the start.
    @Test func stepPanelDrawsTheLossAlongTheStepWithStartAndLanding() throws {
        var state = try makeState()
        state.snapshot.stability = nil
        func bowl(_ minimum: Double) -> StepProfile {
            StepProfile(
                fractions: (0...8).map { Double($0) / 4 },
                losses: (0...8).map {
                    let s = Double($0) / 4; return 1 + 2.2 * (s - minimum) * (s - minimum) - 0.45
                },
                learningRate: 0.16)
        }
        state.snapshot.stepProfile = bowl(0.45)
        var screen = Screen(width: 40, height: 10)
        StepPanel.draw(state, into: &screen, frame: Rect(x: 0, y: 0, width: 40, height: 10))
        #expect(
            screen.lines == [
                "┌ the step · loss along w − s·η·∇L · L ┐",
                "│                     ⢀⡤↑              │",
                "│                   ⢀⡴⠋                │",
                "│●⣀             ⢀⣠⠴⠚◆                  │",
                "│ ⠈⠉⠓⠦⠤⠤⣄⣀⣀⣀⡤⠤⠖⠚⠉                      │",
                "│s = 0            1 (the step)        2│",
                "│start 0.996 → lands 1.22: lands higher│",
                "│than it starts: the step overshoots   │",
                "│the valley (η too large)              │",
                "└──────────────────────────────────────┘",
            ])
        #expect(screen[20, 3].character == "◆" && screen[20, 3].style == Theme.warning)
        #expect(screen[24, 1].character == "↑", "the far wall leaves the plot at its top, not along it")
        state.snapshot.stepProfile = bowl(0.8)
        StepPanel.draw(state, into: &screen, frame: Rect(x: 0, y: 0, width: 40, height: 10))
        #expect(screen.lines[6].hasPrefix("│start 1.96 → lands 0.638: lands lower"), "\(screen.lines[6])")
        // As narrow as at 80×24: the full caption would need five rows, so the short one names the cause.
        state.snapshot.stepProfile = bowl(0.45)
        var narrow = Screen(width: 24, height: 9)
        StepPanel.draw(state, into: &narrow, frame: Rect(x: 0, y: 0, width: 24, height: 9))
        #expect(
            Array(narrow.lines[5...7]) == [
                "│0.996 → 1.22: higher —│",
                "│overshoots, η too     │",
                "│large                 │",
            ])
        // With the sharpness measured and a row to spare, the rate against its limit heads the caption.
        state.snapshot.stability = StabilityReading(epoch: 0, sharpness: 100, limit: 0.02, formula: "2/λ")
        var tall = Screen(width: 40, height: 12)
        StepPanel.draw(state, into: &tall, frame: Rect(x: 0, y: 0, width: 40, height: 12))
        #expect(tall.lines[7] == "│η 0.03 · limit 0.0200                 │")
        #expect(tall.lines[8].hasPrefix("│start 0.996 → lands 1.22"))
        #expect(tall[1, 7].style == Theme.warning, "η past the limit: warning colour")
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

    /// A long lesson title is cut before the losses are dropped: the header keeps train and test loss, epoch
    /// and state (the step-activation lesson at 120 columns showed only "epoch 30  ❚❚ paused"). The dataset's
    /// name goes first, then the program's, and only then is the title cut, at a word.
    @Test func aLongTitleIsCutBeforeTheLossesAreDropped() throws {
        var state = try makeState(width: 80, height: 24, epochs: 30)
        state.title = "Step units cannot learn by gradient descent"
        var screen = Screen(width: 80, height: 1)
        HeaderWidget.draw(state, into: &screen, area: Rect(x: 0, y: 0, width: 80, height: 1))
        #expect(
            screen.lines == [
                " Step units cannot learn by…     train 0.1169  test 0.1769  epoch 30  ❚❚ paused "
            ])
        state.title = "Too high a learning rate"
        screen = Screen(width: 80, height: 1)
        HeaderWidget.draw(state, into: &screen, area: Rect(x: 0, y: 0, width: 80, height: 1))
        #expect(
            screen.lines[0].hasPrefix(" Too high a learning rate        train"), "whole, without the program's name")
        state.title = "XOR"
        screen = Screen(width: 80, height: 1)
        HeaderWidget.draw(state, into: &screen, area: Rect(x: 0, y: 0, width: 80, height: 1))
        #expect(
            screen.lines == [" NeuralPlayground · XOR          train 0.1169  test 0.1769  epoch 30  ❚❚ paused "],
            "a short title stays whole; the dataset's name makes room for the losses")
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
