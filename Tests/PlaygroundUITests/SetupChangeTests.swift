import Testing
import Playground
@testable import PlaygroundUI

@Suite("Changes of the setup say what they did")
struct SetupChangeTests {
    @Test func liveChangesKeepTrainingAndRebuildsSaySo() throws {
        var state = try makeState(width: 120, height: 40)
        state.focus = state.controls.firstIndex(of: .setting(.regularizationRate))!
        let live = update(&state, .increase)
        let changed = try state.config.validated()
        #expect(live == [.trainer(.live(changed))])
        #expect(state.message == "reg. rate 0.001 — applied live, training continues", "names the new value")
        state.focus = state.controls.firstIndex(of: .layers)!
        let rebuilt = update(&state, .increase)
        let deeper = try state.config.validated()
        #expect(state.config.hidden == [4, 2, 2])
        #expect(rebuilt.first == .trainer(.rebuild(deeper)))
        #expect(state.message!.contains("rebuilt"))
        #expect(state.controls.contains(.neurons(layer: 2)), "a new layer gets its own neurons control")
    }

    @Test func aChangeOfLossNamesTheNewOutput() throws {
        var state = try makeState(width: 120, height: 40)
        state.focus = state.controls.firstIndex(of: .setting(.loss))!
        _ = update(&state, .increase)
        #expect(state.config.loss == .log && state.message == "output/loss sigmoid+log — rebuilt: new network")
    }

    @Test func playingIsRefusedWhenDivergedWithAHint() throws {
        var state = try makeState()
        state.snapshot.divergedAt = 12
        #expect(update(&state, .togglePlay).isEmpty)
        #expect(state.message == "diverged at epoch 12 — learning rate too high? — press r to reset")
    }
}
