import Testing
import Playground
@testable import PlaygroundUI

/// The backprop inspector on [2]→[3]→1 (XOR) from the synthetic weights, following training point 1 (where the
/// cursor starts), at 100×30 without colour: the network panel with each unit's numbers and
/// the inspector's panel, at each of the four steps, with the finite-difference check shown.
@Suite("The backprop inspector against literal lines")
struct InspectorFrameTests {
    func frame(step: Int) throws -> (network: [String], panel: [String], status: String) {
        let state = try inspectorState(step: step)
        let screen = render(state)
        return (
            lines(screen, state.layout.network), lines(screen, state.layout.inspectorPanel),
            screen.lines[state.layout.status.y]
        )
    }

    /// Step 1: the forward pass: every unit's z and a; the output's prediction, target and loss.
    @Test func step1() throws {
        let (network, panel, status) = try frame(step: 0)
        #expect(
            network == [
                "┌ network ───────────────────────────┐",
                "│  in             L1            out  │",
                "│                                    │",
                "│                +.15                │",
                "│             ⢀⡴⠋    ⠓⠦⣄⡀            │",
                "│ -2.6      ⢀⡴⠋         ⠙⠲+⣀   ┌────┐│",
                "│     ⠉⠓⠒⠲⣤+⢯⣀⣀⡀ -1.0      ⠈⠓⠦⣄│+.93││",
                "│ x1    ⣠⠞⠁⢀⣀⡤⠴⠛⠉    ⠉⠉⠉⠉⠉-⠉⠉⠉⠉│    ││",
                "│ -2.4⣠⣾⠥⠖⠚+                   └────┘│",
                "│     ⠉          +.65                │",
                "│ x2                                 │",
                "│                                    │",
                "│                                    │",
                "│ off: x1²  x2²  x1x2  sin1  sin2    │",
                "│∇               0.60           0.15 │",
                "└────────────────────────────────────┘",
            ])
        #expect(
            panel == [
                "┌ backprop · point 1 · step 1 of 4 ──────────────────────────────────┐",
                "│forward: each neuron computes z = W·a + b and a = σ(z)              │",
                "│out 1: z = +1.66, a = +0.930                                        │",
                "│prediction +0.930 · target +1.00 · loss 0.00245                     │",
                "│link L1·1 → out 1: w = +0.0862                                      │",
                "│finite difference -0.00145 vs backprop -0.00145: relative error     │",
                "│1.8e-6 ✓                                                            │",
                "│                                                                    │",
                "│                                                                    │",
                "└────────────────────────────────────────────────────────────────────┘",
            ])
        #expect(
            status.hasPrefix(" → space next step  ← back  ↑↓ neuron  Tab link  c check  x another point  Esc leaves"))
    }

    /// Step 2: the output error δ with its factors ∂L/∂a and σ′; the output's incoming links now show ∂L/∂w.
    @Test func step2() throws {
        let (network, panel, status) = try frame(step: 1)
        #expect(
            network == [
                "┌ network ───────────────────────────┐",
                "│  in             L1            out  │",
                "│                                    │",
                "│                +.15                │",
                "│             ⢀⡴⠋    ⠓⠦⣄⡀            │",
                "│ -2.6      ⢀⡴⠋         ⠙⠲-⣀   ┌────┐│",
                "│     ⠉⠓⠒⠲⣤+⢯⣀⣀⡀ -1.0      ⠈⠓⠦⣄│-   ││",
                "│ x1    ⣠⠞⠁⢀⣀⡤⠴⠛⠉    ⠉⠉⠉⠉⠉+⠉⠉⠉⠉│    ││",
                "│ -2.4⣠⣾⠥⠖⠚+                   └────┘│",
                "│     ⠉          +.65                │",
                "│ x2                                 │",
                "│                                    │",
                "│                                    │",
                "│ off: x1²  x2²  x1x2  sin1  sin2    │",
                "│∇               0.60           0.15 │",
                "└────────────────────────────────────┘",
            ])
        #expect(
            panel == [
                "┌ backprop · point 1 · step 2 of 4 ──────────────────────────────────┐",
                "│output error: δ = ∂L/∂a × σ′(z) = (a − t) × (1 − a²) (squared error │",
                "│on tanh)                                                            │",
                "│out 1: z = +1.66, a = +0.930; ∂L/∂a = -0.0700 × σ′ = +0.135 → δ =   │",
                "│-0.00947                                                            │",
                "│prediction +0.930 · target +1.00 · loss 0.00245                     │",
                "│link L1·1 → out 1: w = +0.0862, ∂L/∂w = a·δ = +0.153 × -0.00947 =   │",
                "│-0.00145                                                            │",
                "│finite difference -0.00145 vs backprop -0.00145: relative error     │",
                "└────────────────────────────────────────────────────────────────────┘",
            ])
        #expect(
            status.hasPrefix(" → space next step  ← back  ↑↓ neuron  Tab link  c check  x another point  Esc leaves"))
    }

    /// Step 3: the hidden layer's δ = (Wᵀδ) × σ′(z), the focus moved down to it, and the link's a·δ.
    @Test func step3() throws {
        let (network, panel, status) = try frame(step: 2)
        #expect(
            network == [
                "┌ network ───────────────────────────┐",
                "│  in             L1            out  │",
                "│               ┌────┐               │",
                "│               │-   │               │",
                "│          ⢀⣀⡤⢴⡾│    │               │",
                "│ -2.6⢀⣠⠤⠖⠚+⢀⡴⠋ └────┘               │",
                "│     ⠻⢤⡀ ⣠+⠋    +              -    │",
                "│ x1    ⣹⠾⣅          ⠉⠉⠉⠉⠉+⠉⣉⡭⠟⠋     │",
                "│ -2.4⣠⠞⠁ ⠈+⢦⣀          ⢀⣠-⠚⠁        │",
                "│     ⠁      ⠈⠳⢤⡀-   ⣀⡤⠖⠋            │",
                "│ x2            ⠉    ⠁               │",
                "│                                    │",
                "│                                    │",
                "│ off: x1²  x2²  x1x2  sin1  sin2    │",
                "│∇               0.60           0.15 │",
                "└────────────────────────────────────┘",
            ])
        #expect(
            panel == [
                "┌ backprop · point 1 · step 3 of 4 ──────────────────────────────────┐",
                "│layer 1: δ = (Wᵀ δ from the output) × σ′(z) — tanh′ = 1 − a²        │",
                "│L1·1: z = +0.154, a = +0.153; Wᵀδ = -8.16e-4 × σ′ = +0.977 → δ =    │",
                "│-7.97e-4                                                            │",
                "│link x1 → L1·1: w = +0.236, ∂L/∂w = a·δ = -2.61 × -7.97e-4 =        │",
                "│+0.00208                                                            │",
                "│largest |δ| so far, from the output: 0.0095 → 8e-4                  │",
                "│finite difference +0.00208 vs backprop +0.00208: relative error     │",
                "│4.3e-6 ✓                                                            │",
                "└────────────────────────────────────────────────────────────────────┘",
            ])
        #expect(
            status.hasPrefix(" → space next step  ← back  ↑↓ neuron  Tab link  c check  x another point  Esc leaves"))
    }

    /// Step 4: the update: w − η·∂L/∂w and this example's loss before and after one step.
    @Test func step4() throws {
        let (network, panel, status) = try frame(step: 3)
        #expect(
            network == [
                "┌ network ───────────────────────────┐",
                "│  in             L1            out  │",
                "│               ┌────┐               │",
                "│               │-   │               │",
                "│          ⢀⣀⡤⢴⡾│    │               │",
                "│ -2.6⢀⣠⠤⠖⠚+⢀⡴⠋ └────┘               │",
                "│     ⠻⢤⡀ ⣠+⠋    +              -    │",
                "│ x1    ⣹⠾⣅          ⠉⠉⠉⠉⠉+⠉⣉⡭⠟⠋     │",
                "│ -2.4⣠⠞⠁ ⠈+⢦⣀          ⢀⣠-⠚⠁        │",
                "│     ⠁      ⠈⠳⢤⡀-   ⣀⡤⠖⠋            │",
                "│ x2            ⠉    ⠁               │",
                "│                                    │",
                "│                                    │",
                "│ off: x1²  x2²  x1x2  sin1  sin2    │",
                "│∇               0.60           0.15 │",
                "└────────────────────────────────────┘",
            ])
        #expect(
            panel == [
                "┌ backprop · point 1 · step 4 of 4 ──────────────────────────────────┐",
                "│update: w ← w − η·∂L/∂w, one step on this example alone             │",
                "│update with η = 0.03: w +0.236 → +0.236; this example's loss        │",
                "│0.002453 → 0.002446 (lower)                                         │",
                "│L1·1: z = +0.154, a = +0.153; Wᵀδ = -8.16e-4 × σ′ = +0.977 → δ =    │",
                "│-7.97e-4                                                            │",
                "│link x1 → L1·1: w = +0.236, ∂L/∂w = a·δ = -2.61 × -7.97e-4 =        │",
                "│+0.00208                                                            │",
                "│largest |δ|, output to layer 1: 0.0095 → 8e-4                       │",
                "└────────────────────────────────────────────────────────────────────┘",
            ])
        #expect(
            status.hasPrefix(" → space next step  ← back  ↑↓ neuron  Tab link  c check  x another point  Esc leaves"))
    }
}
