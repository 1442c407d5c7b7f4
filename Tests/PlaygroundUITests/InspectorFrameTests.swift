import Testing
import Playground
@testable import PlaygroundUI

/// The backprop inspector on [2]→[3]→1 (XOR) from the synthetic weights, following training point 121 (the
/// one nearest the cursor's start), at 100×30 without colour: the network panel with each unit's numbers and
/// the inspector's panel, at each of the four steps, with the finite-difference check shown.
@Suite("The backprop inspector against literal lines")
struct InspectorFrameTests {
    func frame(step: Int) throws -> (network: [String], panel: [String], status: String) {
        let state = try inspectorState(step: step)
        let screen = render(state)
        return (lines(screen, state.layout.network), lines(screen, state.layout.inspectorPanel), screen.lines[state.layout.status.y])
    }

    /// Step 1: the forward pass: every unit's z and a; the output's prediction, target and loss.
    @Test func step1() throws {
        let (network, panel, status) = try frame(step: 0)
        #expect(network == [
                "┌ network ───────────────────────────┐",
                "│  in             L1            out  │",
                "│                                    │",
                "│                -.29                │",
                "│             ⢀⡴⠋    ⠓⠦⣄⡀            │",
                "│ +.74      ⢀⡴⠋         ⠙⠲+⣀   ┌────┐│",
                "│     ⠉⠓⠒⠲⣤+⢯⣀⣀⡀ +.04      ⠈⠓⠦⣄│+.63││",
                "│ x1    ⣠⠞⠁⢀⣀⡤⠴⠛⠉    ⠉⠉⠉⠉⠉-⠉⠉⠉⠉│    ││",
                "│ -.37⣠⣾⠥⠖⠚+                   └────┘│",
                "│     ⠉          +.28                │",
                "│ x2                                 │",
                "│                                    │",
                "│                                    │",
                "│ off: x1²  x2²  x1x2  sin1  sin2    │",
                "│∇               0.60           0.15 │",
                "└────────────────────────────────────┘",
        ])
        #expect(panel == [
                "┌ backprop · point 121 · step 1 of 4 ────────────────────────────────┐",
                "│forward: each neuron computes z = W·a + b and a = σ(z)              │",
                "│out 1: z = +0.749, a = +0.634                                       │",
                "│prediction +0.634 · target -1.00 · loss 1.34                        │",
                "│link L1·1 → out 1: w = +0.0862                                      │",
                "│finite difference -0.286 vs backprop -0.286: relative error 9e-7 ✓  │",
                "│                                                                    │",
                "│                                                                    │",
                "│                                                                    │",
                "└────────────────────────────────────────────────────────────────────┘",
        ])
        #expect(status.hasPrefix(" → space next step  ← back  ↑↓ neuron  Tab link  c check  x another point  Esc leaves"))
    }

    /// Step 2: the output error δ with its factors ∂L/∂a and σ′; the output's incoming links now show ∂L/∂w.
    @Test func step2() throws {
        let (network, panel, status) = try frame(step: 1)
        #expect(network == [
                "┌ network ───────────────────────────┐",
                "│  in             L1            out  │",
                "│                                    │",
                "│                -.29                │",
                "│             ⢀⡴⠋    ⠓⠦⣄⡀            │",
                "│ +.74      ⢀⡴⠋         ⠙⠲-⣀   ┌────┐│",
                "│     ⠉⠓⠒⠲⣤+⢯⣀⣀⡀ +.04      ⠈⠓⠦⣄│+.98││",
                "│ x1    ⣠⠞⠁⢀⣀⡤⠴⠛⠉           ⣀⡤⠖│    ││",
                "│ -.37⣠⣾⠥⠖⠚+            ⢀⣠+⠚⠁  └────┘│",
                "│     ⠉          +.28⣀⡤⠖⠋            │",
                "│ x2                 ⠁               │",
                "│                                    │",
                "│                                    │",
                "│ off: x1²  x2²  x1x2  sin1  sin2    │",
                "│∇               0.60           0.15 │",
                "└────────────────────────────────────┘",
        ])
        #expect(panel == [
                "┌ backprop · point 121 · step 2 of 4 ────────────────────────────────┐",
                "│output error: δ = ∂L/∂a × σ′(z) = (a − t) × (1 − a²) (squared error │",
                "│on tanh)                                                            │",
                "│out 1: z = +0.749, a = +0.634; ∂L/∂a = +1.63 × σ′ = +0.598 → δ =    │",
                "│+0.977                                                              │",
                "│prediction +0.634 · target -1.00 · loss 1.34                        │",
                "│link L1·1 → out 1: w = +0.0862, ∂L/∂w = a·δ = -0.292 × +0.977 =     │",
                "│-0.286                                                              │",
                "│finite difference -0.286 vs backprop -0.286: relative error 9e-7 ✓  │",
                "└────────────────────────────────────────────────────────────────────┘",
        ])
        #expect(status.hasPrefix(" → space next step  ← back  ↑↓ neuron  Tab link  c check  x another point  Esc leaves"))
    }

    /// Step 3: the hidden layer's δ = (Wᵀδ) × σ′(z), the focus moved down to it, and the link's a·δ.
    @Test func step3() throws {
        let (network, panel, status) = try frame(step: 2)
        #expect(network == [
                "┌ network ───────────────────────────┐",
                "│  in             L1            out  │",
                "│               ┌────┐               │",
                "│               │+.08│               │",
                "│          ⢀⣀⡤⠴⠚│    │⠦⣄⡀            │",
                "│ +.74⢀⣠⠤⠖⠚+    └────┘  ⠙⠲-⣀         │",
                "│     ⠉⠓⠒⠲⠤-⢤⣀⣀⡀ -.78      ⠈⠓⠦⣄⡀+.98 │",
                "│ x1        ⡀⠠ ⠋⠉           ⣀⡤⠖⠋     │",
                "│ -.37 ⢀ ⠄⠐+            ⢀⣠+⠚⠁        │",
                "│     ⠁          +.11⣀⡤⠖⠋            │",
                "│ x2                 ⠁               │",
                "│                                    │",
                "│                                    │",
                "│ off: x1²  x2²  x1x2  sin1  sin2    │",
                "│∇               0.60           0.15 │",
                "└────────────────────────────────────┘",
        ])
        #expect(panel == [
                "┌ backprop · point 121 · step 3 of 4 ────────────────────────────────┐",
                "│layer 1: δ = (Wᵀ δ from the output) × σ′(z) — tanh′ = 1 − a²        │",
                "│L1·1: z = -0.301, a = -0.292; Wᵀδ = +0.0842 × σ′ = +0.915 → δ =     │",
                "│+0.0770                                                             │",
                "│link x1 → L1·1: w = +0.236, ∂L/∂w = a·δ = +0.739 × +0.0770 = +0.0569│",
                "│finite difference +0.0569 vs backprop +0.0569: relative error 1.5e-6│",
                "│✓                                                                   │",
                "│                                                                    │",
                "│                                                                    │",
                "└────────────────────────────────────────────────────────────────────┘",
        ])
        #expect(status.hasPrefix(" → space next step  ← back  ↑↓ neuron  Tab link  c check  x another point  Esc leaves"))
    }

    /// Step 4: the update: w − η·∂L/∂w and this example's loss before and after one step.
    @Test func step4() throws {
        let (network, panel, status) = try frame(step: 3)
        #expect(network == [
                "┌ network ───────────────────────────┐",
                "│  in             L1            out  │",
                "│               ┌────┐               │",
                "│               │+.08│               │",
                "│          ⢀⣀⡤⠴⠚│    │⠦⣄⡀            │",
                "│ +.74⢀⣠⠤⠖⠚+    └────┘  ⠙⠲-⣀         │",
                "│     ⠉⠓⠒⠲⠤-⢤⣀⣀⡀ -.78      ⠈⠓⠦⣄⡀+.98 │",
                "│ x1        ⡀⠠ ⠋⠉           ⣀⡤⠖⠋     │",
                "│ -.37 ⢀ ⠄⠐+            ⢀⣠+⠚⠁        │",
                "│     ⠁          +.11⣀⡤⠖⠋            │",
                "│ x2                 ⠁               │",
                "│                                    │",
                "│                                    │",
                "│ off: x1²  x2²  x1x2  sin1  sin2    │",
                "│∇               0.60           0.15 │",
                "└────────────────────────────────────┘",
        ])
        #expect(panel == [
                "┌ backprop · point 121 · step 4 of 4 ────────────────────────────────┐",
                "│update: w ← w − η·∂L/∂w, one step on this example alone             │",
                "│L1·1: z = -0.301, a = -0.292; Wᵀδ = +0.0842 × σ′ = +0.915 → δ =     │",
                "│+0.0770                                                             │",
                "│link x1 → L1·1: w = +0.236, ∂L/∂w = a·δ = +0.739 × +0.0770 = +0.0569│",
                "│finite difference +0.0569 vs backprop +0.0569: relative error 1.5e-6│",
                "│✓                                                                   │",
                "│update with η = 0.03: w +0.236 → +0.235; this example's loss 1.336 →│",
                "│1.269 (lower)                                                       │",
                "└────────────────────────────────────────────────────────────────────┘",
        ])
        #expect(status.hasPrefix(" → space next step  ← back  ↑↓ neuron  Tab link  c check  x another point  Esc leaves"))
    }
}
