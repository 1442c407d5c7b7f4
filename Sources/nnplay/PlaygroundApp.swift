import ArgumentParser
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
    /// Where `--record` writes the session (asciinema v2), if asked.
    var recordPath: String? = nil
    /// A saved model to continue from (`--load-model`), already checked against `config`.
    var model: SavedModel? = nil

    /// Runs until `q`, a signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) or the terminal going away; then restores
    /// the terminal and, after a signal, exits with the shell's convention, 128 + the signal (130 for
    /// Ctrl-C, 143 for SIGTERM); a vanished terminal counts as SIGHUP (129).
    func run() throws {
        let signals = SignalWatcher()
        let presets = listings()  // before curses starts: a slow folder never leaves a blank screen behind
        let recorder = try recordPath.map { try CastRecorder(path: $0, title: preset?.title ?? "nnplay") }
        let terminal = CursesTerminal()
        try terminal.start(preferred: preferredColors)
        let signal: Int32?
        do {
            defer { terminal.stop() }
            signal = try loop(terminal: terminal, signals: signals, presets: presets, recorder: recorder)
        }
        if let signal { throw ExitCode(128 + signal) }
    }

    /// The UI loop; returns the signal that ended it, if one did.
    private func loop(
        terminal: CursesTerminal, signals: SignalWatcher, presets: [PresetListing], recorder: CastRecorder?
    ) throws -> Int32? {
        let (width, height) = terminal.size
        var trainer = try Trainer(config: config)  // the focused side's; comparing, `other` trains the other
        var other: Trainer?
        var state = AppState(
            width: width, height: height, config: config, snapshot: trainer.latest,
            colorMode: terminal.colorMode, unicode: terminal.unicode, presets: presets, lesson: preset)
        if let model { trainer.send(.load(model)) }
        trainer.send([.setGrids(state.gridRequest), .setPace(state.pace)])
        trainer.sync()
        _ = update(&state, .published(trainer.latest))
        show(render(state), on: terminal, recorder: recorder)
        defer {
            trainer.send(.pause)
            other?.send(.pause)
        }

        var lastDrawn = DrawnState(state.snapshot, other: nil)
        var background = BackgroundRuns()
        defer { background.stopAll() }
        let clock = ContinuousClock()
        while signals.received == nil {
            let timeout: Int32 = state.snapshot.playing || background.isBusy ? 16 : 200
            let asked = clock.now
            let key = terminal.readKey(timeoutMilliseconds: timeout)
            // A read that fails long before its timeout may mean the terminal is gone: then stop, not spin.
            if key == nil, clock.now - asked < .milliseconds(Int(timeout) / 2), terminal.isGone { return SIGHUP }
            if let key {
                let effects =
                    key == .resize
                    ? update(&state, .resize(width: terminal.size.width, height: terminal.size.height))
                    : route(&state, key: key)
                guard perform(effects, on: &state, trainer: &trainer, other: &other, background: &background) else {
                    return nil
                }
            }
            var reportsChanged = false
            if let failure = recorder?.takeFailure() {  // the recording stopped; say so and go on
                _ = update(&state, .exported(failure))
                reportsChanged = true
            }
            for report in background.finished() {
                _ = update(&state, report)
                reportsChanged = true
            }
            _ = update(&state, .published(trainer.latest))
            if let other, state.compare != nil { _ = update(&state, .publishedOther(other.latest)) }
            let current = DrawnState(state.snapshot, other: state.compare?.otherSnapshot)
            if key != nil || current != lastDrawn || reportsChanged {
                show(render(state), on: terminal, recorder: recorder)
                lastDrawn = current
            }
        }
        return signals.received
    }

    /// Draws a frame, and records it when `--record` asked.
    private func show(_ screen: Screen, on terminal: CursesTerminal, recorder: CastRecorder?) {
        terminal.draw(screen)
        recorder?.frame(screen)
    }

    /// Writes a file for `E` or `e` and says what happened.
    private func export(_ path: String, _ what: String, _ write: () throws(FileWriteError) -> String?) -> Action {
        do throws(FileWriteError) {
            let note = try write()
            return .exported("wrote \(path.withoutControlCharacters)" + (note.map { " (\($0))" } ?? "") + ": \(what)")
        } catch {
            return .exported(error.description)
        }
    }

    /// Carries out `update`'s effects, feeding results back as actions; `false` when one of them is quit.
    private func perform(
        _ effects: [Effect], on state: inout AppState, trainer: inout Trainer, other: inout Trainer?,
        background: inout BackgroundRuns
    ) -> Bool {
        var queue = effects[...]
        while let effect = queue.popFirst() {
            if background.perform(effect) { continue }
            switch effect {
            case .trainer(let command):
                trainer.send(command)
                switch command {  // comparing, both sides play, pause, step and draw alike
                case .play, .pause, .step, .setPace, .setGrids: other?.send(command)
                default: break
                }
            case .openCompare(let valid):
                guard let copy = try? Trainer(config: valid.config) else { break }
                trainer.send([.pause, .rebuild(valid)])  // A starts again from the same initial weights as B
                copy.send([.setGrids(state.gridRequest), .setPace(state.pace)])
                copy.sync()
                (other, trainer) = (trainer, copy)  // B, the copy, is focused
                queue += update(&state, .published(trainer.latest))
            case .switchCompareSides:
                if let side = other { (other, trainer) = (trainer, side) }
            case .closeCompare:
                other?.send(.pause)
                other = nil
            case .save(let request): queue += update(&state, save(request))
            case .exportSlide(let path, let title):
                queue += update(
                    &state,
                    export(path, "a 1280×720 SVG slide — open it in a browser") {
                        () throws(FileWriteError) -> String? in
                        try SlideSVG.write(state.snapshot, title: title, to: path)
                    })
            case .exportSeedsSlide(let path, let svg):
                queue += update(
                    &state,
                    export(path, "a 1280×720 SVG slide of the runs — open it in a browser") {
                        () throws(FileWriteError) -> String? in
                        try SafeFile.write(Data(svg.utf8), to: path)
                    })
            case .exportData(let path, let train, let test):
                let points = train + test
                queue += update(
                    &state,
                    export(path, "\(points.count) points — load them with --data \(path)") {
                        () throws(FileWriteError) -> String? in
                        try SafeFile.write(Data(CustomData.csv(train: train, test: test).utf8), to: path)
                    })
            case .exportModel(let name, let preset):
                guard let model = trainer.savedModel(preset: preset) else {
                    queue += update(
                        &state, .exported("the network diverged: its weights are not numbers, nothing written"))
                    break
                }
                let path = "\(name)-epoch\(model.epoch).json"
                queue += update(
                    &state,
                    export(path, "continue it with nnplay --load-model \(path)") {
                        () throws(FileWriteError) -> String? in
                        try model.write(to: path)
                    })
            case .quit: return false
            case .startSweep, .stopSweep, .startSeeds, .stopSeeds: break  // `BackgroundRuns`
            }
        }
        return true
    }

    /// What decides whether a new snapshot needs a redraw: every publication of the trainer (a paused one
    /// publishes only after a command, e.g. a new neuron for the heatmap, which must show at once).
    private struct DrawnState: Equatable {
        let sequence: Int, otherSequence: Int?
        init(_ snapshot: Snapshot, other: Snapshot?) {
            (sequence, otherSequence) = (snapshot.sequence, other?.sequence)
        }
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
