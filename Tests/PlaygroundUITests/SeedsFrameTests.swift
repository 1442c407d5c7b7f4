import Foundation
import Testing
import Playground
@testable import PlaygroundUI

/// The seeds view's layout at the three sizes a lecturer and a student use, as literal lines: the setup and
/// the goal's owner on top, the share with its interval (while running, the count done first), tiles framed
/// by outcome (═ reached, ─ missed, ┄ diverged, "training" still running) with the final test loss on top
/// and the run under it, and the view's own keys below.
@Suite("The seeds view, as pictures")
struct SeedsFrameTests {
    /// 80×24: 18 runs (pictures a row short of square, to fit a third row), the summary over two rows.
    @Test func aStudentsTerminalShows18Runs() throws {
        let lines = render(try seedsState(width: 80, height: 24)).lines
        #expect(
            lines == [
                " seeds · xor · 18 runs × 500 epochs · new weights, same data          your goal ",
                " 16 of 18 runs done…; 13 of 16 reach 95% test accuracy (95% interval 57–93%)    ",
                " median 24 epochs; worst: draw 4 diverged                                       ",
                "                                                                                ",
                " ╔▸✓ 0.010 ═╗ ┌ ✗ 0.065 ─┐ ╔ ✓ 0.010 ═╗ ╔ ✓ 0.010 ═╗ ┌ ✕ NaN ┄┄┄┐ ╔ ✓ 0.010 ═╗  ",
                " ║    .*%@@@║ │ .-=#%@@@@│ ║    .*%@@@║ ║    .*%@@@║ ┆          ┆ ║    .*%@@@║  ",
                " ║   .:+#%@@║ │  .:=#%@@@│ ║   .:+#%@@║ ║   .:+#%@@║ ┆          ┆ ║   .:+#%@@║  ",
                " ║**+++====-║ │   .:+*%@@│ ║**+++====-║ ║**+++====-║ ┆   NaN    ┆ ║**+++====-║  ",
                " ║@@@@#=:   ║ │    .:=#%@│ ║@@@@#=:   ║ ║@@@@#=:   ║ ┆          ┆ ║@@@@#=:   ║  ",
                " ╚ draw 0 ══╝ └ draw 1 ──┘ ╚ draw 2 ══╝ ╚ draw 3 ══╝ └ draw 4 ┄┄┘ ╚ draw 5 ══╝  ",
                " ╔ ✓ 0.010 ═╗ ┌ ✗ 0.065 ─┐ ╔ ✓ 0.010 ═╗ ╔ ✓ 0.010 ═╗ ╔ ✓ 0.010 ═╗ ╔ ✓ 0.010 ═╗  ",
                " ║    .*%@@@║ │@@@@@#*-:.│ ║    .*%@@@║ ║    .*%@@@║ ║    .*%@@@║ ║    .*%@@@║  ",
                " ║   .:+#%@@║ │@@@@%*=:. │ ║   .:+#%@@║ ║   .:+#%@@║ ║   .:+#%@@║ ║   .:+#%@@║  ",
                " ║**+++====-║ │@@@%*-:.  │ ║**+++====-║ ║**+++====-║ ║**+++====-║ ║**+++====-║  ",
                " ║@@@@#=:   ║ │@@%#=:.   │ ║@@@@#=:   ║ ║@@@@#=:   ║ ║@@@@#=:   ║ ║@@@@#=:   ║  ",
                " ╚ draw 6 ══╝ └ draw 7 ──┘ ╚ draw 8 ══╝ ╚ draw 9 ══╝ ╚ draw 10 ═╝ ╚ draw 11 ═╝  ",
                " ╔ ✓ 0.010 ═╗ ╔ ✓ 0.010 ═╗ ╔ ✓ 0.010 ═╗ ╔ ✓ 0.010 ═╗ ┌ … ───────┐ ┌ … ───────┐  ",
                " ║    .*%@@@║ ║    .*%@@@║ ║    .*%@@@║ ║    .*%@@@║ │          │ │          │  ",
                " ║   .:+#%@@║ ║   .:+#%@@║ ║   .:+#%@@║ ║   .:+#%@@║ │          │ │          │  ",
                " ║**+++====-║ ║**+++====-║ ║**+++====-║ ║**+++====-║ │ training │ │ training │  ",
                " ║@@@@#=:   ║ ║@@@@#=:   ║ ║@@@@#=:   ║ ║@@@@#=:   ║ │          │ │          │  ",
                " ╚ draw 12 ═╝ ╚ draw 13 ═╝ ╚ draw 14 ═╝ ╚ draw 15 ═╝ └ draw 16 ─┘ └ draw 17 ─┘  ",
                "                                                                                ",
                " ←→↑↓ pick a run  Enter trains it  v weights/data  + - goal  Esc closes  ? keys ",
            ])
    }

    /// 120×40: 24 runs in 4 rows of 6 under the two summary rows (here the first two rows of tiles).
    @Test func a120x40TerminalShows24Runs() throws {
        let lines = render(try seedsState(width: 120, height: 40)).lines
        #expect(
            Array(lines[0..<12]) == [
                " seeds · xor · 24 runs × 500 epochs · new weights, same data                   ✓ reached  ✗ not  ✕ diverged · your goal ",
                " 22 of 24 runs done…; 19 of 22 reach 95% test accuracy (95% interval 67–95%); median 21 epochs; worst: draw 4 diverged  ",
                "                                                                                                                        ",
                "   ╔▸✓ 0.010 ═══════╗ ┌ ✗ 0.065 ───────┐ ╔ ✓ 0.010 ═══════╗ ╔ ✓ 0.010 ═══════╗ ┌ ✕ diverged ┄┄┄┄┐ ╔ ✓ 0.010 ═══════╗    ",
                "   ║      .-*%@@@@@@║ │ .:-=*#%%@@@@@@@│ ║      .-*%@@@@@@║ ║      .-*%@@@@@@║ ┆                ┆ ║      .-*%@@@@@@║    ",
                "   ║     .:-*#%@@@@@║ │  .:-=*#%%@@@@@@│ ║     .:-*#%@@@@@║ ║     .:-*#%@@@@@║ ┆                ┆ ║     .:-*#%@@@@@║    ",
                "   ║    ..:=+#%%@@@@║ │  ..:-=*#%%@@@@@│ ║    ..:=+#%%@@@@║ ║    ..:=+#%%@@@@║ ┆                ┆ ║    ..:=+#%%@@@@║    ",
                "   ║..:::-==++*###%%║ │   ..:-+*#%@@@@@│ ║..:::-==++*###%%║ ║..:::-==++*###%%║ ┆      NaN       ┆ ║..:::-==++*###%%║    ",
                "   ║%%###*++==-:::..║ │     .:-=*#%%@@@│ ║%%###*++==-:::..║ ║%%###*++==-:::..║ ┆                ┆ ║%%###*++==-:::..║    ",
                "   ║@@@@%%#+=:..    ║ │     ..:-+*#%%@@│ ║@@@@%%#+=:..    ║ ║@@@@%%#+=:..    ║ ┆                ┆ ║@@@@%%#+=:..    ║    ",
                "   ║@@@@@%#*-:.     ║ │      ..:-+*#%@@│ ║@@@@@%#*-:.     ║ ║@@@@@%#*-:.     ║ ┆                ┆ ║@@@@@%#*-:.     ║    ",
                "   ╚ draw 0 ═══ 98% ╝ └ draw 1 ─── 87% ┘ ╚ draw 2 ═══ 98% ╝ ╚ draw 3 ═══ 98% ╝ └ draw 4 ┄┄┄┄┄┄┄┄┘ ╚ draw 5 ═══ 98% ╝    ",
            ])
        #expect(
            lines[39]
                == " ←→↑↓ pick a run  Enter trains it  v weights/data  + - goal  Esc closes  g acc/loss  E slide  ? keys  q quit            "
        )
    }

    /// 160×48, the projector's size: 24 runs with pictures 18 pixels wide (here the first row of tiles).
    @Test func aProjectorShows24LargerRuns() throws {
        let lines = render(try seedsState(width: 160, height: 48)).lines
        #expect(
            Array(lines[0..<14]) == [
                " seeds · xor · 24 runs × 500 epochs · new weights, same data                                                           ✓ reached  ✗ not  ✕ diverged · your goal ",
                " 22 of 24 runs done…; 19 of 22 reach 95% test accuracy (95% interval 67–95%); median 21 epochs; worst: draw 4 diverged                                          ",
                "                                                                                                                                                                ",
                "           ╔▸✓ 0.010 ═══════════╗ ┌ ✗ 0.065 ───────────┐ ╔ ✓ 0.010 ═══════════╗ ╔ ✓ 0.010 ═══════════╗ ┌ ✕ diverged ┄┄┄┄┄┄┄┄┐ ╔ ✓ 0.010 ═══════════╗            ",
                "           ║        .-**%@@@@@@@║ │  .:-==*#%%%@@@@@@@@│ ║        .-**%@@@@@@@║ ║        .-**%@@@@@@@║ ┆                    ┆ ║        .-**%@@@@@@@║            ",
                "           ║        .-**%@@@@@@@║ │  ..:--+*#%%@@@@@@@@│ ║        .-**%@@@@@@@║ ║        .-**%@@@@@@@║ ┆                    ┆ ║        .-**%@@@@@@@║            ",
                "           ║       .:=++#%@@@@@@║ │   ..::=+#%%%@@@@@@@│ ║       .:=++#%@@@@@@║ ║       .:=++#%@@@@@@║ ┆                    ┆ ║       .:=++#%@@@@@@║            ",
                "           ║   ....:-=++*#%%%%@@║ │    ...:=+##%%@@@@@@│ ║   ....:-=++*#%%%%@@║ ║   ....:-=++*#%%%%@@║ ┆                    ┆ ║   ....:-=++*#%%%%@@║            ",
                "           ║----======+++++++***║ │     ..:-=**#%%@@@@@│ ║----======+++++++***║ ║----======+++++++***║ ┆        NaN         ┆ ║----======+++++++***║            ",
                "           ║****++++++=======---║ │     ...:-++*#%@@@@@│ ║****++++++=======---║ ║****++++++=======---║ ┆                    ┆ ║****++++++=======---║            ",
                "           ║@@@%%%%#*+==-:....  ║ │       ..:==+#%%%@@@│ ║@@@%%%%#*+==-:....  ║ ║@@@%%%%#*+==-:....  ║ ┆                    ┆ ║@@@%%%%#*+==-:....  ║            ",
                "           ║@@@@@@@%#+==:.      ║ │        ..::=+#%%%@@│ ║@@@@@@@%#+==:.      ║ ║@@@@@@@%#+==:.      ║ ┆                    ┆ ║@@@@@@@%#+==:.      ║            ",
                "           ║@@@@@@@@%*--.       ║ │         .::-=*##%%@│ ║@@@@@@@@%*--.       ║ ║@@@@@@@@%*--.       ║ ┆                    ┆ ║@@@@@@@@%*--.       ║            ",
                "           ╚ draw 0 ═══════ 98% ╝ └ draw 1 ─────── 87% ┘ ╚ draw 2 ═══════ 98% ╝ ╚ draw 3 ═══════ 98% ╝ └ draw 4 ┄┄┄┄┄┄┄┄┄┄┄┄┘ ╚ draw 5 ═══════ 98% ╝            ",
            ])
        #expect(
            lines[47].hasPrefix(" ←→↑↓ pick a run  Enter trains it  v weights/data  + - goal  Esc closes  g acc/loss"))
    }
}
