import Testing
import Playground
@testable import PlaygroundUI

@Suite("Side by side")
struct CompareTests {
    /// 100×30 without colour: A's picture and chart on the left, B's (focused, "◂ keys") on the right, one
    /// loss scale for both (0.560 on each) with the other side's test curve dimmed under each (· without
    /// colour), the controls showing B's learning rate, the difference named; the header's numbers say
    /// they are B's, and the diagnosis names each side's.
    @Test func comparisonFrame() throws {
        #expect(
            render(try compareState()).lines == [
                " NeuralPlayground · xor               B: train 0.5000  test 0.5200  epoch 20  ❚❚ paused  speed auto ",
                "┌ controls ──────────────────┐x2┌ A · output ─── -1.:-=+*#%@+1 ┐ x2┌ B ◂ keys · output ───────────┐ ",
                "│DATA                        │ 6│  x       ...:-+o#%%o@@@@@@@@@│  6│  x            @o@@@o@@@@@@@@@│ ",
                "│dataset              ◂ xor ▸│  │   xxxx   x.x:-+o#oo%oo@@@oo@@│   │   xxxx   x x  @o@oo@oo@@@oo@@│ ",
                "│problem       classification│  │  x  x xx.x.::=++#o%ooo@oo@@@@│   │  x  x xx x    @@@o@ooo@oo@@@@│ ",
                "│features               x1 x2│  │  x x  xx.x::-=++oo#ooooo@@o@@│   │  x x  xx x    @@oo@ooooo@@o@@│ ",
                "│noise                     0%│  │   x xxx.x:x--=+oo*ooooo%o@o@@│   │   x xxx x x   @oo@ooooo@o@o@@│ ",
                "│train ratio              50%│  │..xx.xxxx:xx-x=+oo*o##ooo%%%%%│   │  xx xxxx xx x @oo@o@@ooo@@@@@│ ",
                "│points                   500│  │.:x::xx-x--xx==+++ooooo*ooo###│   │  x  xx x  xx  @@@ooooo@ooo@@@│ ",
                "│seed                       1│ 0│----===========+x++++++++o+***│  0│               @x@@@@@@@@o@@@@│ ",
                "│standardize              off│  │**oooooo+ooo+++=x==xx======x--│   │  oooooo ooo   @x@@xx@@@@@@x@@│ ",
                "│NETWORK                     │  │%##oo#ooo*o*+o+==x=-xx--xxxxx:│   │   oo ooo o  o @@x@@xx@@xxxxx@│ ",
                "│hidden layers              1│  │@@oooo%ooo#ooo+=xxx-xx:.x..x. │   │  oooo ooo ooo @xxx@xx@@x@@x@@│ ",
                "│  layer 1          3 neurons│  │@@@o@o%o%%oo*o+==xxx:x.x.x    │   │   o o o  oo o @@xxx@x@x@x@@@@│ ",
                "│activation              tanh│  │@o@oooo%ooo##o+=xxx:.xxx      │   │ o oooo ooo  o @xxx@@xxx@@@@@@│ ",
                "│output/loss     tanh+squared│  │@@oo@@@oooooo#+=xx:x..x   x   │   │  oo   oooooo  @xx@x@@x@@@x@@@│ ",
                "│init              playground│-6│@@@@@@@@@@o%#o*=-::x.         │ -6│          o  o @@@@x@@@@@@@@@@│ ",
                "│TRAINING                    │  └-6────────────0───────────x1 6┘   └-6────────────0───────────x1 6┘ ",
                "│optimizer                sgd│┌ A · loss ───────────────────────┐┌ B ◂ keys · loss ────────────────┐",
                "│learning rate              3││⣿ train 0.1650  • test 0.2150    ││⣿ train 0.5000  • test 0.5200    │",
                "│momentum               (0.9)││0.560 •⠦⣄⡀•······················││0.560 •••••••••••••••••••••••••••│",
                "│batch size                10││         ⠉⠙•⠦⢤••••               ││          ········               │",
                "│regularization          none││               ⠉⠉••••••••••••••• ││                 ··············· │",
                "│reg. rate                  0││                        ⠈⠉⠉⠉⠙⠒⠒••││                               ··│",
                "│dropout                    0││    0                            ││    0                            │",
                "│speed                   auto││      0           10    20 epochs││      0           10    20 epochs│",
                "└────────────────────────────┘└─────────────────────────────────┘└─────────────────────────────────┘",
                " A ✓ learning: train loss −20% in 50 epochs                                                         ",
                " B ✓ learning: train loss −20% in 50 epochs                                                         ",
                " keys change B · B differs: learning_rate 0.03 → 3 · c switches · C closes                          ",
            ])
    }

    /// c switches the side keys act on (the controls show its setup), C closes and keeps the focused side.
    @Test func switchAndClose() throws {
        var state = try compareState()
        let a = try #require(state.compare?.otherConfig)
        #expect(state.config.learningRate == 3 && a.learningRate == 0.03)
        #expect(update(&state, .toggleCompare) == [.switchCompareSides])
        #expect(
            state.config.learningRate == 0.03 && state.compare?.otherConfig.learningRate == 3
                && state.compare?.focusedIsB == false)
        #expect(compareStatus(state)?.hasPrefix("keys change A · B differs: learning_rate 0.03 → 3") == true)
        #expect(update(&state, .toggleSweep).isEmpty && state.message == "close the comparison first (C)")
        let closed = update(&state, .closeCompare)
        #expect(state.compare == nil && closed.first == .closeCompare && state.config.learningRate == 0.03)
        #expect(!state.layout.compareA.contains(x: 40, y: 5) && state.layout.network.width > 0)
    }
}
