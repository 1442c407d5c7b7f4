import CursesTerminal
import Foundation
import Playground
import PlaygroundUI

/// The interactive playground: key → action → state → render → screen, with the trainer publishing
/// snapshots in the background. Draws only when something changed, so a paused playground sleeps.
struct PlaygroundApp {
    let config: SessionConfig
    /// The preset the session started from, if any (its title, notes and display settings are shown).
    let preset: Preset?
    let library: PresetLibrary
    let preferredColors: ColorMode

    func run() throws {
        let signals = SignalWatcher()
        let terminal = CursesTerminal()
        try terminal.start(preferred: preferredColors)
        defer { terminal.stop() }

        let (width, height) = terminal.size
        let trainer = try Trainer(config: config)
        var state = AppState(width: width, height: height, config: config, snapshot: trainer.latest,
                             colorMode: terminal.colorMode)
        state.presets = listings()
        if let preset { state.show(preset) }
        trainer.send([.setGrids(state.gridRequest), .setPace(state.pace)])
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
                } else {
                    trainer.send(handle(&state, key: key))
                }
                if let request = state.pendingSave {
                    state.pendingSave = nil
                    trainer.send(update(&state, save(request)))
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

    /// Every preset in the folder, loaded, or with the reason it cannot be.
    private func listings() -> [PresetListing] {
        library.entries.map { entry in
            switch entry.result {
            case .success(let preset): return PresetListing(name: entry.name, preset: preset, problem: nil)
            case .failure(let error): return PresetListing(name: entry.name, preset: nil, problem: error.description)
            }
        }
    }

    /// Performs a save the UI asked for, and says how it went.
    private func save(_ request: SaveRequest) -> Action {
        do {
            let path = try library.save(request.preset, as: request.name, overwrite: request.overwrite)
            return .saved(path: path, presets: listings())
        } catch {
            return .saveFailed(error.description)
        }
    }
}
