import CursesTerminal
import Foundation
import Playground
import PlaygroundUI

/// The interactive playground: key → action → state → render → screen, with the trainer publishing
/// snapshots in the background. Draws only when something changed, so a paused playground sleeps.
struct PlaygroundApp {
    let config: SessionConfig
    let preferredColors: ColorMode
    let title: String?

    func run() throws {
        let signals = SignalWatcher()
        let terminal = CursesTerminal()
        try terminal.start(preferred: preferredColors)
        defer { terminal.stop() }

        let (width, height) = terminal.size
        let trainer = try Trainer(config: config)
        var state = AppState(width: width, height: height, config: config, snapshot: trainer.latest,
                             colorMode: terminal.colorMode)
        state.title = title
        trainer.send(.setGrids(state.gridRequest))
        trainer.sync()
        state.snapshot = trainer.latest
        terminal.draw(render(state))

        var lastDrawn = (epoch: state.snapshot.epoch, generation: state.snapshot.generation, playing: state.snapshot.playing)
        while !state.quitRequested && signals.received == nil {
            let key = terminal.readKey(timeoutMilliseconds: state.snapshot.playing ? 16 : 200)
            var changed = false
            if let key {
                changed = true
                if key == .resize {
                    let (w, h) = terminal.size
                    trainer.send(update(&state, .resize(width: w, height: h)))
                } else if let action = Keymap.action(for: key) {
                    trainer.send(update(&state, action))
                }
            }
            let snapshot = trainer.latest
            let current = (epoch: snapshot.epoch, generation: snapshot.generation, playing: snapshot.playing)
            if current != lastDrawn || snapshot.divergedAt != state.snapshot.divergedAt { changed = true }
            state.snapshot = snapshot
            if changed {
                terminal.draw(render(state))
                lastDrawn = current
            }
        }
        trainer.send(.pause)
    }
}
