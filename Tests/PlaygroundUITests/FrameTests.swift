import Testing
import Playground
@testable import PlaygroundUI

@Suite("Whole frames")
struct FrameTests {
    /// XOR on one hidden layer of 3 tanh units at (synthetic) epoch 30, at the minimum size, without colour:
    /// header with losses and state, controls, the network (thumbnails as ASCII), the heatmap (class 1, `o`
    /// and `@`, top right and bottom left), the loss chart (train in braille, test in •, loss labels and
    /// epoch ticks), the standing diagnosis and the key hints.
    @Test func minimumSizeMonochromeFrame() throws {
        var config = SessionConfig()
        config.dataset = .xor
        config.hidden = [3]
        let state = try makeState(width: 80, height: 24, config: config, epochs: 30)
        #expect(
            render(state).lines == [
                " NeuralPlayground · xor          train 0.1169  test 0.1769  epoch 30  ❚❚ paused ",
                "┌ controls ──────────────────┐┌ network ─────────────┐x2┌ output ──────────────┐",
                "│DATA                        ││  in      L1      out │ 6│ x     ..:=oo%oo@@@o@@│",
                "│dataset              ◂ xor ▸││                      │  │ xxxxxxxxx=+oo%@ooo@o@│",
                "│problem       classification││                      │  │ xxx xxx:-=+ooooooo@o@│",
                "│features               x1 x2││          .:#%        │  │  x.xxxxx-x+o*ooooo@o@│",
                "│noise                     0%││        ⡤ .:#%        │  │.xx:x:xxxx=+oooooooo%%│",
                "│train ratio              50%││  :-*# ⢀⡇ .:#%        │ 0│=ooo=======+x+x+o+o+++│",
                "│points                   500││  :-*#⡄⢸              │  │#ooooo*oo+o==xxx-xx-x:│",
                "│seed                       1││  :-*#⠙+ #%%@@    .:#%│  │%ooo%ooo*o+=xxxx:xxxx.│",
                "│standardize              off││ x1   ⢸⠉⡧:=+#%⠤-⠤ .:#%│  │@ooo%o%ooo+=xxxxxxx   │",
                "│NETWORK                     ││ @@@@@⣞+⠁ ..-=    .:#%│  │@oooooooo*o=xxxxx     │",
                "│hidden layers              1││ *****⠏        +      │-6│@@@@@@@oo#o=xxx    x  │",
                "│  layer 1          3 neurons││ :::::   @@@@%        │  └-6────────0───────x1 6┘",
                "│activation              tanh││ x2      %%#*=⠄       │  ┌ loss ────────────────┐",
                "│output/loss     tanh+squared││         +-:..        │  │⣿ train 0.1169  • test│",
                "│init              playground││                      │  │0.560 ⠒⠦⣄•            │",
                "│TRAINING                    ││                      │  │        ⠈⠉⠓⠲•⣄•⣀••••••│",
                "│optimizer                sgd││ off: x1²  x2²  x1x2  │  │    0          ⠈⠉⠉⠉⠉⠓•│",
                "│learning rate           0.03││∇        0.60    0.15 │  │      0      15       │",
                "└────────────────────────────┘└──────────────────────┘  └──────────────────────┘",
                " ✓ learning: train loss −20% in 50 epochs                                       ",
                "                                                                                ",
                " space play/pause  s step  r reset  Tab/↑↓ move  [ ] rate  ? help  q quit       ",
            ])
    }

    @Test func everyColourModeDrawsEveryPanelAtManySizes() throws {
        for mode in ColorMode.allCases {
            for (width, height) in [(80, 24), (120, 40), (200, 60), (97, 31)] {
                var state = try makeState(width: width, height: height, mode: mode, epochs: 3)
                state.showTestPoints = true
                let text = render(state).lines.joined(separator: "\n")
                for panel in ["┌ controls", "┌ network", "┌ output", "┌ loss", "NeuralPlayground"] {
                    #expect(text.contains(panel), "\(mode) \(width)×\(height) lacks \(panel)")
                }
                #expect(!text.contains("nan"))
            }
        }
    }
}
