import Testing
import Playground
@testable import PlaygroundUI

@Suite("The projector view")
struct ProjectorTests {
    /// `f` at 80×24 without colour: the big header (epoch, test loss, train loss, accuracy), the picture as
    /// tall as the body with its ticks, the loss chart beside it, the diagnosis and the projector's keys.
    @Test func projectorFrameAtTheMinimumSize() throws {
        var config = SessionConfig()
        config.dataset = .xor
        config.hidden = [3]
        var state = try makeState(width: 80, height: 24, config: config, epochs: 30)
        _ = update(&state, .toggleProjector)
        state.message = nil
        #expect(
            render(state).lines == [
                " NeuralPlayground · xor                                   ❚❚ paused  speed auto ",
                " ▀▀█ █▀█     █▀█   ▄█  ▀▀█ ▀▀█     █▀█   ▄█  ▄█  ▀▀█     █▀█ ▀▀█ ▀ █            ",
                "  ▀█ █ █     █ █    █    █   █     █ █    █   █    █     ▀▀█   █ ▄▀             ",
                " ▀▀▀ ▀▀▀     ▀▀▀ ▀ ▀▀▀   ▀   ▀     ▀▀▀ ▀ ▀▀▀ ▀▀▀   ▀     ▀▀▀   ▀ ▀ ▀            ",
                " epoch       test loss             train loss            test accuracy          ",
                "x2┌ output ───── -1.:-=+*#%@+1 ┐ ┌ loss ───────────────────────────────────────┐",
                " 6│  x       ..:-+o#%%oo@@@@@@@│ │⣿ train 0.1169  • test 0.1769  acc 97%/97%   │",
                "  │   xxxx  x..x-+oo%o%@oo@@oo@│ │0.560 •••                                    │",
                "  │  x  xxxx.x::-+*#oooo@@oo@@@│ │      ⠈⠳•••                                  │",
                "  │  x xxx.xxx:--+oo##oooo@@o@@│ │        ⠈⠳•••                                │",
                "  │  xx.xxx::x-x=+oo*oooooo%o@@│ │          ⠈⠳••••                             │",
                "  │..xx.xxx:xx-x=++ooo*oo#%o%%%│ │            ⠈⠙⢦••••                          │",
                " 0│::x::-----=x==++++o**oooo###│ │               ⠈⠓⠦•••••                      │",
                "  │++ooo+o+++o+++=x=xx======x==│ │                  ⠈⠙⠲⠤•••••••                │",
                "  │##ooo*oo*oo+o+==x=xx--xx:x::│ │                       ⠉⠓⠲⠤⣄••••••••••••••   │",
                "  │%%oooo#ooo*oo+==xxxx::x.xxx.│ │                            ⠈⠉⠙⠒⠲⠤⠤⣄⣀⣀⡀  ••••│",
                "  │@@@oo%o%#oooo+=xx-:xxxx.x   │ │                                      ⠉⠉⠉⠙⠒⠒⠒│",
                "  │@o@@oo@ooo##o*=xxxxxxx      │ │                                             │",
                "  │@@oo@@ooooooo*=xx:x.x   x   │ │    0                                        │",
                "-6│@@@@@@@@@o%%o*=-:x..        │ │      0                 15          30 epochs│",
                "  └-6───────────0──────────x1 6┘ └─────────────────────────────────────────────┘",
                " ✓ learning: train loss −20% in 50 epochs                                       ",
                "                                                                                ",
                " space play/pause  s step  r reset  b best  [ ] rate  f back  ? help  q quit    ",
            ])
    }

    /// Larger terminals give the picture the whole height; clicks on where the controls and the network
    /// were do nothing; `f` again brings the classic layout back.
    @Test func thePictureFillsTheHeightAndFGoesBack() throws {
        var state = try makeState(width: 160, height: 48)
        _ = update(&state, .toggleProjector)
        let layout = state.layout
        #expect(layout.heatmapFrame.height == 48 - ProjectorHeader.height - 2)
        #expect(layout.heatmap.width == 2 * layout.heatmap.height && layout.chart.width >= 30)
        #expect(update(&state, .click(x: 5, y: 10, secondary: false)).isEmpty == false, "the picture is on the left")
        var right = state
        #expect(update(&right, .click(x: layout.chart.x + 3, y: layout.chart.y + 3, secondary: false)).isEmpty)
        _ = update(&state, .toggleProjector)
        #expect(!state.layout.projector && state.layout.controls.width == Layout.controlsWidth)
    }

    @Test func bigDigitsAreThreeRowsOfHalfBlocks() {
        var screen = Screen(width: 9, height: 3)
        BigText.draw("1.0", x: 0, y: 0, style: .plain, into: &screen)
        #expect(BigText.width("1.0") == 3 + 1 + 1 + 1 + 3, "glyphs and one column between them")
        #expect(
            screen.lines == [
                "▄█    █▀█",
                " █    █ █",
                "▀▀▀ ▀ ▀▀▀",
            ])
    }
}
