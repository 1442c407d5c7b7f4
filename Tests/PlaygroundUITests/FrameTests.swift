import Testing
import Playground
@testable import PlaygroundUI

@Suite("Whole frames")
struct FrameTests {
    /// XOR on one hidden layer of 3 tanh units at (synthetic) epoch 30, at the minimum size, without colour:
    /// header with losses and state, controls, the network (thumbnails as ASCII), the heatmap (class 1, `o`
    /// and `@`, top right and bottom left), the loss chart and the key hints.
    @Test func minimumSizeMonochromeFrame() throws {
        var config = SessionConfig()
        config.dataset = .xor
        config.hidden = [3]
        let state = try makeState(width: 80, height: 24, config: config, epochs: 30)
        #expect(render(state).lines == [
            " NeuralPlayground · xor          train 0.1169  test 0.1769  epoch 30  ❚❚ paused ",
            "┌ controls ──────────────────┐┌ network ─────────────┐┌ output ────────────────┐",
            "│DATA                        ││ in      L1      out  ││ x      ..:=o#%ooo@@@o@@│",
            "│dataset              ◂ xor ▸││  -*@ +-  :#@ ·…  :#@ ││ xxxxx xx:x=+ooo%ooo@@o@│",
            "│problem       classification││                      ││  xxxxxxx:-=+*oooooooo@@│",
            "│features               x1 x2││ @@@@ ++ *%@@         ││  xxxx.x:x-=+oooooooo@o@│",
            "│noise                     0%││                      ││..x.xxx:xx=x+oooooooo%%%│",
            "│train ratio              50%││ x1²  -+ @@%#         ││::x-x--==xx=++oo+*oooo##│",
            "│points                   500││                      ││+ooo+o++o+++=x=xx====xx=│",
            "│seed                       1││ x2²                  ││%oooooooo++o==xxx-:xxxx.│",
            "│NETWORK                     ││                      ││@oooo%oo#oo+=xx:xxxx..x │",
            "│hidden layers              1││ x1x2                 ││@ooooo%%ooo+=xxx.xx x   │",
            "│  layer 1          3 neurons││                      ││@oooooooooo+=xxxxx  x   │",
            "│activation              tanh││ sin1                 ││@@@@@@@@o%o+=x.x        │",
            "│output/loss     tanh+squared││                      │└────────────────────────┘",
            "│init              playground││ sin2                 │┌ loss ──────────────────┐",
            "│TRAINING                    ││                      ││train 0.1169  test 0.176│",
            "│optimizer                sgd││ cos1                 ││⠻⣶⣄⡀                   ┊│",
            "│learning rate           0.03││                      ││  ⠙⠻⢶⣤⣀⡀               ┊│",
            "│momentum               (0.9)││ cos2                 ││     ⠈⠙⠛⠿⢶⣦⡤⢤⣀⣀⡀       ┊│",
            "│batch size                10││                      ││           ⠉⠉⠙⠒⠛⠯⠭⠭⠽⢶⣒⣒⣒│",
            "│regularization          none││∇       0.6     0.15  ││                       ┊│",
            "└────────────────────────────┘└──────────────────────┘└────────────────────────┘",
            " space play/pause  s step  r reset  n new data  Tab/↑↓ move  ←→ change  [ ] rate",
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
