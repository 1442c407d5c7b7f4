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
                "┌ controls ────────┐┌ network ─────────────┐x2┌ output ───────── -1.:-=+*#%@+1 ┐",
                "│DATA              ││ in       L1       out│ 6│           ..:-=+o#%%@o@@@@@@@@@│",
                "│data       ◂ xor ▸││                      │  │  xxx xx  .x.:-=+oooo%o@@@@@oo@@│",
                "│type      classify││        ⢀⡤ +          │  │  x   x  x.x:x-=+*##oo%oo@o@@@@@│",
                "│inputs       x1 x2││  +⢤⣀⡀⢀⡴⠋             │  │  x xx xxx.x:--=+**o#%o%oooo@o@@│",
                "│noise           0%││ x1 ⣠⠟+⣓⣲⠤#@⠤⠤⠤-⠤⠤⡤ + │  │  x xxxx..x:--==+oo*#ooooo%o@o@@│",
                "│train          50%││ @@⠾⠓⠋+⠁       +⠈     │  │ ..xx.xxxxx-x-x=+oo*oo#oo%o%%%%@│",
                "│points         500││ x2       @@⠄⠈        │  │..xx:xx:x---xx==+++o*o*oo##oo%%%│",
                "│seed             1││                      │ 0│---x---=====x===+++++o++o*oo****│",
                "│std            off││                      │  │++ooo++o+++o++++=x==xx==========│",
                "│NETWORK           ││ off: x1²  x2²  x1x2  │  │##o#ooooo*oo++o+===xxxx---x::x::│",
                "│layers           1││∇         0.60    0.15│  │%%%ooo##ooo**+++===--xx::xx.xx..│",
                "│ L1              3│└──────────────────────┘  │@@o@o%%%%o##ooo+=xxx::x..xx. x  │",
                "│act           tanh│┌ loss ────────────────┐  │@@oooo@o%%%oo*o+==xxx..xxx x    │",
                "│out   tanh+squared││⣿ 0.1169  • 0.1769    │  │@@@oooo@oooo#*o+=-xxx.xx        │",
                "│init       playgr.││0.560 ⠒⠦⣄•            │  │@@o@@@@o@oooo#o+=xxx.x x   x    │",
                "│TRAINING          ││        ⠈⠉⠓⠲•⣄•⣀••••••│-6│@@@@@@@@@@%%%#*+=-:.x.          │",
                "│opt            sgd││    0          ⠈⠉⠉⠉⠉⠓•│  └-6─────────────0────────────x1 6┘",
                "│rate η        0.03││      0      15       │                                    ",
                "└──────────────────┘└──────────────────────┘                                    ",
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
