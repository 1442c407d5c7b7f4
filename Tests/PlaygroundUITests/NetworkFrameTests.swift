import Testing
import Playground
@testable import PlaygroundUI

/// The network panel from fixed synthetic weights and thumbnails (`Fixtures.synthetic`), never from
/// training, so engine changes cannot break these frames: 256 colours at 160×48 (the characters: thumbnails
/// as half blocks, links as braille), monochrome at 80×24 (thumbnails on the ASCII ramp, links with their
/// signs).
@Suite("The network panel against literal lines")
struct NetworkFrameTests {
    func panel(features: [Feature], hidden: [Int], width: Int, height: Int, mode: ColorMode) throws -> [String] {
        var config = SessionConfig()
        config.dataset = .spiral
        config.features = features
        config.hidden = hidden
        let state = try makeState(width: width, height: height, mode: mode, config: config, epochs: 30)
        return lines(render(state), state.layout.network)
    }

    /// [2]→[4,2]→1, at 160×48.
    /// The vanishing-gradients lesson at 120×40: seven layers' norms in a 34-column panel. The first and
    /// the last (which the diagnosis compares) stay; before, the row ended "0.0019 0." and the output's was cut.
    @Test func theGradientRowKeepsTheFirstAndTheLastLayer() {
        let norms: [Float] = [4.2e-5, 1e-4, 2.7e-4, 0.0019, 0.005, 0.01, 0.21]
        #expect(NetworkWidget.normTexts(norms, width: 60) == ["4.2e-5", "1e-4", "2.7e-4", "0.0019", "0.0050", "0.0100", "0.21"])
        #expect(NetworkWidget.normTexts(norms, width: 42) == ["4e-5", "1e-4", "3e-4", "0.002", "0.005", "0.010", "0.2"])
        #expect(NetworkWidget.normTexts(norms, width: 30) == ["4e-5", "…", "0.005", "0.010", "0.2"])
        #expect(NetworkWidget.normTexts(norms, width: 10) == ["4e-5", "…", "0.2"], "too narrow still keeps both ends")
        #expect(NetworkWidget.normTexts([0.5, 0.75], width: 4) == ["0.5", "0.8"])
    }

    @Test func fourTwoAtFullSize() throws {
        #expect(try panel(features: [.x1, .x2], hidden: [4, 2], width: 160, height: 48, mode: .full) == [
                "┌ network ───────────────────────────────────────────────────┐",
                "│     in              L1              L2             out     │",
                "│                                                            │",
                "│                                                            │",
                "│                                                            │",
                "│                                                            │",
                "│                                                            │",
                "│                                                            │",
                "│                                                            │",
                "│                                                            │",
                "│                 ▀▀▀▀▀▀▀▀▀▀                                 │",
                "│                 ▀▀▀▀▀▀▀▀▀▀                                 │",
                "│                ⡤▀▀▀▀▀▀▀▀▀▀⡄                                │",
                "│               ⣼⠇▀▀▀▀▀▀▀▀▀▀⢿⡄                               │",
                "│              ⣰⣻ ▀▀▀▀▀▀▀▀▀▀⢸⣳⡀                              │",
                "│             ⣰⢃⡇            ⣇⢳⡀                             │",
                "│ ▀▀▀▀▀▀▀▀▀▀ ⣰⠃⣸  ▀▀▀▀▀▀▀▀▀▀ ⢸⡀⢳⡀ ▀▀▀▀▀▀▀▀▀▀                 │",
                "│ ▀▀▀▀▀▀▀▀▀▀⢠⠇ ⡇  ▀▀▀▀▀▀▀▀▀▀  ⡇ ⢧ ▀▀▀▀▀▀▀▀▀▀                 │",
                "│ ▀▀▀▀▀▀▀▀▀▀⡯⠤⢼⠥⠤⡤▀▀▀▀▀▀▀▀▀▀⡤⠤⢽⠤⠬⡧▀▀▀▀▀▀▀▀▀▀⣄                │",
                "│ ▀▀▀▀▀▀▀▀▀▀⢿⡄⡏ ⡼⠁▀▀▀▀▀▀▀▀▀▀⠹⡄⠈⡇⣼⠇▀▀▀▀▀▀▀▀▀▀⠈⠳⣄   ▀▀▀▀▀▀▀▀▀▀ │",
                "│ ▀▀▀▀▀▀▀▀▀▀⢸⣳⡃⣰⠃ ▀▀▀▀▀▀▀▀▀▀ ⢳⡀⣳⣻ ▀▀▀▀▀▀▀▀▀▀  ⠘⢦⡀ ▀▀▀▀▀▀▀▀▀▀ │",
                "│ x1         ⣟⣳⡃              ⣳⣛⡇               ⢙⡦▀▀▀▀▀▀▀▀▀▀ │",
                "│ ▀▀▀▀▀▀▀▀▀▀⢰⣻⡃⢳⡀ ▀▀▀▀▀▀▀▀▀▀ ⣰⠃⣻⣳ ▀▀▀▀▀▀▀▀▀▀  ⢀⡴⠋ ▀▀▀▀▀▀▀▀▀▀ │",
                "│ ▀▀▀▀▀▀▀▀▀▀⣼⠇⡇ ⢧ ▀▀▀▀▀▀▀▀▀▀⢠⠇ ⡇⢿⡄▀▀▀▀▀▀▀▀▀▀ ⣠⠞   ▀▀▀▀▀▀▀▀▀▀ │",
                "│ ▀▀▀▀▀▀▀▀▀▀⡯⠤⢽⠤⠬⠧▀▀▀▀▀▀▀▀▀▀⠯⠤⢼⠥⠬⡧▀▀▀▀▀▀▀▀▀▀⠞⠁               │",
                "│ ▀▀▀▀▀▀▀▀▀▀⠹⡄⠈⡇  ▀▀▀▀▀▀▀▀▀▀  ⡏ ⡼⠁▀▀▀▀▀▀▀▀▀▀                 │",
                "│ ▀▀▀▀▀▀▀▀▀▀ ⢳⡀⢳  ▀▀▀▀▀▀▀▀▀▀ ⢰⠃⣰⠃ ▀▀▀▀▀▀▀▀▀▀                 │",
                "│ x2          ⢳⡘⡆            ⡞⣰⠃                             │",
                "│              ⢳⣳ ▀▀▀▀▀▀▀▀▀▀⢰⣳⠃                              │",
                "│               ⢿⡄▀▀▀▀▀▀▀▀▀▀⣼⠇                               │",
                "│               ⠈⠧▀▀▀▀▀▀▀▀▀▀⠏                                │",
                "│                 ▀▀▀▀▀▀▀▀▀▀                                 │",
                "│                 ▀▀▀▀▀▀▀▀▀▀                                 │",
                "│                                                            │",
                "│                                                            │",
                "│                                                            │",
                "│                                                            │",
                "│                                                            │",
                "│                                                            │",
                "│                                                            │",
                "│                                                            │",
                "│                                                            │",
                "│ off: x1²  x2²  x1x2  sin1  sin2  cos1  cos2                │",
                "│∇                0.60            0.15            0.038      │",
                "└────────────────────────────────────────────────────────────┘",
        ])
    }

    /// [2]→[4,2]→1, at 80×24 without colour.
    @Test func fourTwoAtTheMinimumSizeInMonochrome() throws {
        #expect(try panel(features: [.x1, .x2], hidden: [4, 2], width: 80, height: 24, mode: .monochrome) == [
                "┌ network ─────────────┐",
                "│ in    L1    L2    out│",
                "│                      │",
                "│                      │",
                "│        :%            │",
                "│      ⡏ :%⢧           │",
                "│     ⢰⠃   ⠘+          │",
                "│  -# + #%@ ⠸⡄ :%      │",
                "│  -#⣯+⠉.-*⠉-⠉ :%    :%│",
                "│ x1 ⣻            +⠏ :%│",
                "│ @@@⡿⡄ @@%   #%@⡴⠃    │",
                "│ ===⠉-⠉#+:⠉-⠏.-*⠁     │",
                "│ x2  ⢸⡀   ⢀+          │",
                "│      ⡇@#:⡼           │",
                "│      ⠉@*.⠁           │",
                "│                      │",
                "│                      │",
                "│ off: x1²  x2²  x1x2  │",
                "│∇      0.60  0.15  0.0│",
                "└──────────────────────┘",
        ])
    }

    /// [2]→[8,8]→1: 64 links a layer, so each unit's strongest link, at 160×48.
    @Test func eightEightAtFullSize() throws {
        #expect(try panel(features: [.x1, .x2], hidden: [8, 8], width: 160, height: 48, mode: .full) == [
                "┌ network · wide layers: each unit's strongest link ─────────┐",
                "│    in               L1               L2              out   │",
                "│                  ▀▀▀▀▀▀▀▀         ▀▀▀▀▀▀▀▀                 │",
                "│                  ▀▀▀▀▀▀▀▀         ▀▀▀▀▀▀▀▀                 │",
                "│                 ⡏▀▀▀▀▀▀▀▀⠳⡄     ⡴⠋▀▀▀▀▀▀▀▀⡇                │",
                "│                ⣸⠃▀▀▀▀▀▀▀▀ ⠙⢦⡀ ⣠⠞⠁ ▀▀▀▀▀▀▀▀⢹                │",
                "│               ⢀⡟            ⢙⣞⠁           ⠈⡇               │",
                "│               ⣼⠇ ▀▀▀▀▀▀▀▀ ⢀⡴⠋⠈⠳⣄  ▀▀▀▀▀▀▀▀ ⢳               │",
                "│              ⢠⣿  ▀▀▀▀▀▀▀▀⣠⠏    ⠈⢧⡀▀▀▀▀▀▀▀▀ ⠘⡆              │",
                "│              ⡞⡇⢠⡏▀▀▀▀▀▀▀▀⠳⡄     ⢠⡏▀▀▀▀▀▀▀▀⣇ ⢳              │",
                "│             ⢰⢻⢁⣾⠁▀▀▀▀▀▀▀▀ ⠙⢦⡀  ⢀⣾⠇▀▀▀▀▀▀▀▀⠸⡄⠘⡆             │",
                "│             ⡏⡏⣞⡇            ⠙⣆ ⡞⢸          ⢳ ⢧             │",
                "│            ⣸⢱⡿⡽  ▀▀▀▀▀▀▀▀    ⠈⡿⣅⡏ ▀▀▀▀▀▀▀▀ ⠈⣇⠸⡄            │",
                "│           ⢀⡇⣼⢡⠇  ▀▀▀▀▀▀▀▀    ⣸⠁⢨⢧⡀▀▀▀▀▀▀▀▀  ⠸⡄⢧            │",
                "│           ⡼⢰⠇⡞ ⣴⠏▀▀▀▀▀▀▀▀⡷⡄ ⢰⠃ ⢸⢠⡏▀▀▀▀▀▀▀▀⢧  ⢳⠸⡄           │",
                "│          ⢠⢧⣿⢰⣣⢞⡟ ▀▀▀▀▀▀▀▀⢿⡙⢦⡏  ⣏⣾⠇▀▀▀▀▀▀▀▀⠈⢧ ⠈⡇⣇           │",
                "│          ⣞⡏⣇⡟⠁⡞          ⢸⣇⡏⠙⣆⢰⡟⢸          ⠈⢳⡀⢹⣸⡀          │",
                "│ ▀▀▀▀▀▀▀▀⢰⣟⣼⣻⠁⡼⠁  ▀▀▀▀▀▀▀▀⢈⡿⡄ ⠈⣿⣅⡏ ▀▀▀▀▀▀▀▀   ⢳⡀⢧⣇          │",
                "│ ▀▀▀▀▀▀▀▀⣿⠏⣏⡇⣸⠁   ▀▀▀▀▀▀▀▀⡼⢧⢧ ⣸⡇⢨⢧⡀▀▀▀▀▀▀▀▀    ⢳⡘⣾⡀         │",
                "│ ▀▀▀▀▀▀▀▀⣿⣽⡿⢹⠋⠉⠉⡽⠋▀▀▀▀▀▀▀▀⠁⢸⠘⣶⢳⠃⢸ ⠉▀▀▀▀▀▀▀▀⠓⢦⡀  ⢳⣹⡇         │",
                "│ ▀▀▀▀▀▀▀▀⢻⣿⢧⡏ ⣠⠞⠁ ▀▀▀▀▀▀▀▀ ⠈⣧⢿⣸ ⡏  ▀▀▀▀▀▀▀▀  ⠉⠳⢤⡀⠹⣿ ▀▀▀▀▀▀▀▀│",
                "│ x1      ⢘⣟⡏⢙⣞⠁            ⢀⣿⠈⡇⢰⠃               ⠉⠳⣽⡇▀▀▀▀▀▀▀▀│",
                "│ ▀▀▀▀▀▀▀▀⣸⣿⡽⡏⠈⠳⣄  ▀▀▀▀▀▀▀▀⢀⡞⢸⣰⢻⣸   ▀▀▀▀▀▀▀▀    ⢀⣠⠴⣺⡏▀▀▀▀▀▀▀▀│",
                "│ ▀▀▀▀▀▀▀▀⣿⢿⣧⢹⡀ ⠈⢧⡀▀▀▀▀▀▀▀▀⡼  ⣿ ⣇   ▀▀▀▀▀▀▀▀⢀⣠⠴⠚⠉ ⣰⣿⠁▀▀▀▀▀▀▀▀│",
                "│ ▀▀▀▀▀▀▀▀⣿⡍⡟⡏⢻⠉⠉⠉⠉▀▀▀▀▀▀▀▀⠁  ⣷⢰⠻⡄ ⡏▀▀▀▀▀▀▀▀⠉    ⡼⣹⡏         │",
                "│ ▀▀▀▀▀▀▀▀⢹⣟⢿⣳⠈⢧   ▀▀▀▀▀▀▀▀  ⢰⢻⣸ ⢧⣸⠁▀▀▀▀▀▀▀▀   ⢀⡞⢡⢿⠁         │",
                "│ x2       ⣟⡎⡟⣇⠈⣇            ⣸ ⡇ ⢘⡇           ⢠⠏ ⡞⡏          │",
                "│          ⠸⡽⣷⢹⡳⣜⣆ ▀▀▀▀▀▀▀▀  ⡇⢰⢳ ⡼⢳ ▀▀▀▀▀▀▀▀ ⣰⠋ ⣸⢹⠁          │",
                "│           ⢧⢹⡄⣇⠈⢿⡄▀▀▀▀▀▀▀▀ ⢸⠁⣸⢸⣠⠇⠈⡇▀▀▀▀▀▀▀▀⡴⠃ ⢰⠃⡏           │",
                "│           ⠘⡆⢷⠸⡄ ⠉▀▀▀▀▀▀▀▀⢧⡼ ⡇ ⡟  ⠉▀▀▀▀▀▀▀▀⠁ ⢀⡏⢸⠁           │",
                "│            ⢳⢸⣧⢧  ▀▀▀▀▀▀▀▀⠘⣇⢰⠃⢰⢳   ▀▀▀▀▀▀▀▀  ⡼ ⡏            │",
                "│            ⠈⡇⡏⣟⡆         ⢸⠙⣾ ⡏⢸⡀           ⢰⠃⢸⠁            │",
                "│             ⢹⣹⠘⣷ ▀▀▀▀▀▀▀▀⡼ ⡿⣼⠁ ⡇  ▀▀▀▀▀▀▀▀⢠⠏ ⡏             │",
                "│              ⣏⡇⠸⡇▀▀▀▀▀▀▀▀⡇⢸⢁⣿⡀ ⢹  ▀▀▀▀▀▀▀▀⡞ ⢸⠁             │",
                "│              ⠸⣷ ⠉▀▀▀▀▀▀▀▀⠁⡼⡼ ⢳ ⠸⡴⠋▀▀▀▀▀▀▀▀⠁ ⡏              │",
                "│               ⢿⡄ ▀▀▀▀▀▀▀▀ ⣧⠇ ⠈⣧⠞⡇ ▀▀▀▀▀▀▀▀ ⢸⠁              │",
                "│               ⠘⣇         ⢸⡟ ⢀⡞⠉⣇⢹          ⡏               │",
                "│                ⢻⡀▀▀▀▀▀▀▀▀⣼⢃⡴⠋  ⠘⣾⡄▀▀▀▀▀▀▀▀⢸⠁               │",
                "│                ⠈⡇▀▀▀▀▀▀▀▀⣯⠏     ⠸⡇▀▀▀▀▀▀▀▀⡏                │",
                "│                 ⠉▀▀▀▀▀▀▀▀⠁       ⠉▀▀▀▀▀▀▀▀⠁                │",
                "│                  ▀▀▀▀▀▀▀▀         ▀▀▀▀▀▀▀▀                 │",
                "│                                                            │",
                "│ off: x1²  x2²  x1x2  sin1  sin2  cos1  cos2                │",
                "│∇                 0.60             0.15             0.038   │",
                "└────────────────────────────────────────────────────────────┘",
        ])
    }

    /// [2]→[8,8]→1, at 80×24 without colour.
    @Test func eightEightAtTheMinimumSizeInMonochrome() throws {
        #expect(try panel(features: [.x1, .x2], hidden: [8, 8], width: 80, height: 24, mode: .monochrome) == [
                "┌ network · top links ─┐",
                "│ in    L1    L2    out│",
                "│                      │",
                "│                      │",
                "│                      │",
                "│      ⡤ +     +       │",
                "│     ⣸⡥#@⣄⡀  #@⡄      │",
                "│    ⣰+⡤@@⡄⠉+⡦@@⠙⣆     │",
                "│ x1⣾⣷-⠤@+⢻⣶-⠃@+⣄⡘+    │",
                "│ x2⣿⣯+⠦= ⠞⣟+⡤=  ⠉-⡧ + │",
                "│   ⠈⢻-   ⣄⣞-⠧  ⠖⣻-    │",
                "│     ⠙⠧ -⣸⣿+⡀ -⠞⠁     │",
                "│       =%⠏ ⠙⠧=%       │",
                "│                      │",
                "│                      │",
                "│                      │",
                "│                      │",
                "│ off: x1²  x2²  x1x2  │",
                "│∇      0.60  0.15  0.0│",
                "└──────────────────────┘",
        ])
    }

    /// [6 features]→[32,32]→1: one-row thumbnails, names over the inputs, the strongest link per unit, at 160×48.
    @Test func wideAtFullSize() throws {
        #expect(try panel(features: [.x1, .x2, .x1sq, .x2sq, .x1x2, .sinx1], hidden: [32, 32], width: 160, height: 48, mode: .full) == [
                "┌ network · wide layers: each unit's strongest link ─────────┐",
                "│ in                 L1                 L2                out│",
                "│                                                            │",
                "│                                                            │",
                "│                                                            │",
                "│                                                            │",
                "│                   ⡤▀▀⡄              ⢀⡤▀▀⡄                  │",
                "│                 ⢀⡞⡥▀▀⣽⡄           ⣠⠖⠋⡤▀▀⡽⣄                 │",
                "│                ⢠⢞⣼⡥▀▀⣌⠻⣄       ⢀⡤⠞⠁ ⣸⡥▀▀⡝⣞⣆                │",
                "│               ⢠⢏⣾⢞⡤▀▀⢼⣦⡹⡷⣄   ⢀⡴⠋  ⣀⣰⡿⠤▀▀⣝⣞⢾⣆               │",
                "│              ⣰⢋⣾⢫⠞⡤▀▀⡄⠈⢻⡻⡾⣷⣤⣾⠭⠖⠒⠋⢉⣵⠏ ⡤▀▀⣜⢮⢯⣿⢦              │",
                "│             ⡴⢣⡾⣱⢋⣞⡥▀▀⡽⡖⠒⢻⣿⡟⠉⠻⢽⡒⠦⣤⣞⡞⢀⣼⡥▀▀⣜⢮⣳⣻⣻⣧             │",
                "│           ⢀⡼⣡⢟⡼⣡⣯⢏⡤▀▀⣷⣳⡴⠋⠘⢷⡀  ⢙⣶⡃⣞⣭⡟⢳⠧▀▀⣌⢧⡳⣽⣽⣿⣧⡀           │",
                "│          ⢀⡞⣴⣯⠞⣰⠟⣡⢞⡤▀▀⡟⣧⢳⡀  ⢳⡄⣠⢞⣠⡿⢯⡞⢀⣏⡤▀▀⣌⠳⣝⢾⢾⣾⣿⣷⡀          │",
                "│         ⢠⢞⣾⡷⢃⡼⢋⣴⡷⣋⡤▀▀⣽⡜⣧⣳⡀ ⢀⣿⣷⠋⣰⢣⠞⣹⣾⡋⡤▀▀⣌⠳⣜⢮⡳⣷⣿⣿⣷⡀         │",
                "│        ⣠⣯⣿⡟⣡⠞⣠⣾⠿⠋⢁⡤▀▀⣌⠻⣼⣷⣧⣴⠞⠁⢻⣧⣧⡯⠞⢱⠃⣹⡧▀▀⣌⡓⢮⡳⣝⢾⣾⣿⣿⣷⡄        │",
                "│       ⣰⡷⣷⢏⣾⣯⡶⠋ ⢀⣴⣫⠤▀▀⢼⣦⡽⣿⣽⣧  ⢠⣿⡿⣄⢀⣏⣰⡿⡤▀▀⣄⡙⠦⣝⠮⣷⣝⢿⣿⣿⣿⡄       │",
                "│      ⣼⢟⣼⡷⣿⣿⣟⡤⠴⣲⠟⠁⢀⡤▀▀⣖⠋⣻⡿⣿⣿⣧⣾⣿⠗⢳⡛⣿⣵⠏⣰⡧▀▀⢤⣉⠳⢬⣓⢮⣻⣷⢿⣿⣿⣿⣄      │",
                "│    ⢀⣼⣿⣾⣿⣾⡿⠋ ⣠⠞⠁⣠⢖⣫⠤▀▀⢬⡷⢷⣻⣿⣟⠙⣿⣿⡒⠦⣷⣟⣿⣠⣿⡥▀▀⢤⣈⡙⠲⢬⣓⠮⣿⢽⣿⣿⣿⣿⣆     │",
                "│ x1⣶⡿⣻⣿⢿⣿⠞ ⣠⠞⣁⣤⣾⣛⡭⠤⠤▀▀⡞⣀⡴⠛⠾⣿⡼⠛⣷⣝⣶⡏⣿⣭⡿⣷⡤▀▀⠤⣄⣉⡓⠲⠬⣝⣺⢽⣿⣿⣿⣿⣿⣆    │",
                "│ x2⣿⣿⣿⣷⡿⠓⢋⣽⢿⡿⠋  ⣀⣀⡤⠤▀▀⡟⣇   ⣼⢳⣄⣸⣿⣼⡿⢯⣿ ⡼⠧▀▀⠤⠤⣄⣉⣉⣓⡒⠮⠽⣞⣿⣿⣿⣿⣿⣦   │",
                "│ x1²⣿⣼⣿⣷⣾⣫⡾⠭⠖⠒⠋⠉⣁⣀⡤⠤▀▀⣽⡌⢧⣀⣼⠇⢀⣿⣿⢿⣿⣧⣾⣙⣿⡥⠤▀▀⠤⠤⠤⠤⠤⠤⠭⠭⠭⠭⣷⣿⣿⣿⣿⣿⡧▀▀│",
                "│ x2²⣾⢻⣿⡿⣿⣍⣿⢭⡟⠓⠛⠛⠓⠦⠤⠤▀▀⣬⠿⣖⣿⣟⣶⠟⠙⣿⣯⣿⣿⣷⡼⠉⢿⡦▀▀⠤⠤⠖⠒⠒⣒⣋⡭⢭⣟⣷⣿⣿⣿⣿⡿⠁  │",
                "│ x1x2⣾⡿⣿⣥⠬⠿⢽⡿⠶⣤⣤⡤⠤⠤⠤▀▀⢼⣦⣿⣿⣽⣇  ⣼⣿⣿⣿⡼⣳⣤⡾⠧▀▀⠤⠖⠒⣋⣩⠥⢖⣺⢽⣾⣿⣿⣿⣿⡿⠁   │",
                "│ sin1⣻⣿⡾⣾⣦⡀ ⠙⢦⡀⠙⠯⣗⠲⠤▀▀⣶⠟⣿⡿⡾⣿⣦⣤⣿⢷⣿⡟⢿⡵⠛⣟⠦▀▀⠴⠒⢋⣡⠴⣚⡭⣾⢽⣿⣿⣿⣿⡿⠁    │",
                "│    ⠈⢿⣿⣿⣿⡳⣿⣦⣄⣀⡙⢦⡀⠈⠓⠦▀▀⢯⣿⢷⡻⣿⡁⠈⣿⣿⣾⣿⣷⣞⣳⡀⣈⡧▀▀⠴⠚⣩⠴⣚⡵⣺⣿⣽⣿⣿⣿⡿⠁     │",
                "│      ⢻⣾⣿⣝⢿⣿⣷⣄⠉⠉⠛⢶⡦⠤▀▀⢾⠃ ⠙⠾⣷⣼⠃⣻⣟⣾⣇⢧⡭⢿⣷⠤▀▀⠖⢋⡥⢞⡥⣾⢟⣵⣿⣿⣿⡟       │",
                "│       ⠹⣿⣿⣦⡻⣯⡙⢶⣤⣀ ⠙⠦▀▀⠏    ⣼⢷⣴⣿⢿⣤⠿⣯⣧ ⢿⠦▀▀⠖⣋⡴⣫⢞⣵⣿⣿⣿⣿⡟        │",
                "│        ⠘⢾⣾⣷⣌⠳⣄⠹⣿⣝⡲⠤▀▀⣄  ⢀⣼⡟⢠⣿⣿⢯⣘⣦⣳⣙⣧⡬⠧▀▀⠞⣡⢞⡵⣫⣾⣾⣿⣿⡟         │",
                "│         ⠈⢿⣿⣾⢦⡘⢷⣌⠳⡝⠦▀▀⠬⠷⣖⣞⣿⣷⡟⠉⢻⣯⡙⠮⣷⣧⠈⢿⠦▀▀⠞⣡⢞⣼⣵⣷⣿⣿⡟          │",
                "│           ⠻⣞⢧⡳⣌⢻⣦⡙⠦▀▀⢤⣀⣾⣿⣷⡿   ⢳⡳⣄⠈⣻⣆⡬⠧▀▀⠞⡵⣫⢾⢾⣾⣿⡟           │",
                "│            ⠹⣆⢳⣜⢦⡹⣝⠦▀▀⢶⠟⣽⣿⣾⣷⣄⣤⠤⠖⢳⡛⢯⠁⠹⣟⠦▀▀⢞⡵⣳⣻⣻⣿⡟            │",
                "│             ⠘⣦⠹⣦⡳⣜⠦▀▀⢯⣾⣻⢯⠏⠁⠈⠻⢽⡒⠦⢷⣈⣳⡀⢻⡧▀▀⢞⡼⡵⣿⣽⡟             │",
                "│              ⠘⢷⡹⣷⣜⠦▀▀⢾⢣⢏⡏     ⠙⢦⡀⢧⠉⠻⣶⠧▀▀⢞⣞⣽⣿⠞              │",
                "│               ⠈⢷⡜⣞⠦▀▀⢯⡟⡞        ⠙⢮⣧ ⠘⠦▀▀⢏⣞⣾⠏               │",
                "│                ⠈⢿⣎⠧▀▀⣿⡽⠁       ⣀⣀⣀⣙⣧⡤⠤▀▀⢯⢾⠏                │",
                "│                 ⠈⢯⠧▀▀⣷⠧⠖⠒⠒⠒⠋⠉⠉⠉⠁   ⠈⢿⠦▀▀⢯⠏                 │",
                "│                  ⠈⠧▀▀⠇              ⠈⠧▀▀⠏                  │",
                "│                                                            │",
                "│                                                            │",
                "│                                                            │",
                "│                                                            │",
                "│ off: sin2  cos1  cos2                                      │",
                "│∇                   0.60               0.15            0.038│",
                "└────────────────────────────────────────────────────────────┘",
        ])
    }

    /// [6 features]→[32,32]→1, at 80×24 without colour.
    @Test func wideAtTheMinimumSizeInMonochrome() throws {
        #expect(try panel(features: [.x1, .x2, .x1sq, .x2sq, .x1x2, .sinx1], hidden: [32, 32], width: 80, height: 24, mode: .monochrome) == [
                "┌ network · top links ─┐",
                "│ in    L1    L2    out│",
                "│        +     +       │",
                "│       #@⡄   #@⡄      │",
                "│      ⡤@@⣇  ⡤@@⢳      │",
                "│    ⢀+⠁@+⣼⡀⢀⡧@+⡜⡆     │",
                "│ x1⣄⡞ ⡤= ⠙⣷-⠁= ⢹⣹     │",
                "│ x2⣿ ⣸⠁  ⠞⢹+⡤  ⣄⢻+    │",
                "│ x1²⣶-  - ⠈-⠧ -⠈⢳-⡀   │",
                "│ x2²⣻+⠦=% ⢰- =%⠤⠤+⡧ + │",
                "│ x1x2- @@ ⣸+⡆@@ ⣰-⠁   │",
                "│ sin1-⡤@#⢀⡏ ⠧@#⠞⣱+    │",
                "│    ⠘+⠧#.⣼⠃  #.⢰⠃     │",
                "│     ⢻⡀  ⢿⣆    ⠏      │",
                "│     ⠘⡧ .⡏⠘-  .       │",
                "│      ⠧.%⠇ ⠈⠧.%       │",
                "│       +18   +18      │",
                "│ off: sin2  cos1  cos2│",
                "│∇      0.60  0.15  0.0│",
                "└──────────────────────┘",
        ])
    }
}

@Suite("The shown neuron's numbers")
struct NeuronValuesTests {
    /// While `v` shows a neuron, the status line gives its bias and incoming weights, strongest first, named
    /// by where they come from; the output neuron names the hidden units.
    @Test func statusLineNamesBiasAndWeights() throws {
        var config = SessionConfig()
        config.hidden = [3]
        var state = try makeState(width: 120, height: 40, config: config, epochs: 1)
        _ = update(&state, .nextNeuron)
        _ = update(&state, .nextNeuron)
        state.message = nil
        let network = state.snapshot.network
        let (w1, w2, b) = (network.weight(layer: 0, from: 0, to: 1), network.weight(layer: 0, from: 1, to: 1), network.bias(layer: 0, neuron: 1))
        func signed(_ v: Float) -> String { (v >= 0 ? "+" : "") + NumberFormat.significant(Double(v), digits: 2) }
        let inputs = Swift.abs(w1) >= Swift.abs(w2) ? "x1 \(signed(w1)) x2 \(signed(w2))" : "x2 \(signed(w2)) x1 \(signed(w1))"
        let line = render(state).lines[state.layout.status.y]
        #expect(line.hasPrefix(" L1·2  bias \(signed(b))  weights in: \(inputs)  · Esc output"), "\(line)")
        _ = update(&state, .previousNeuron)
        _ = update(&state, .previousNeuron)
        _ = update(&state, .previousNeuron)
        state.message = nil
        #expect(render(state).lines[state.layout.status.y].hasPrefix(" output 1  bias"))
        #expect(StatusLine.neuronValues(state, width: 200)?.contains("L1·3") == true, "hidden units by layer·index")
        // Narrow: the weakest are counted, not cut.
        #expect(StatusLine.neuronValues(state, width: 40)?.contains("more") == true)
    }
}
