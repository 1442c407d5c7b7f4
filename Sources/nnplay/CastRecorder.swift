import Foundation
import Playground
import PlaygroundUI

/// `--record FILE.cast`: the playground session as an asciinema v2 recording (a JSON header line, then one
/// `[seconds, "o", text]` event per drawn frame, holding only the cells that changed, and
/// `[seconds, "r", "COLSxROWS"]` per resize), so a lesson can be replayed with `asciinema play` or embedded
/// with asciinema-player.
final class CastRecorder {
    private let handle: FileHandle
    private let path: String
    /// Set when a write failed (a full disk, a removed folder): recording has stopped, the playground goes on.
    private(set) var failure: String?
    private let start = ContinuousClock.now
    private let title: String?
    private var size: (width: Int, height: Int)?

    /// Creates (or truncates) `path` — before curses starts, so a path that cannot be written is said plainly;
    /// the header follows with the first frame, which knows the terminal's size.
    init(path: String, title: String?) throws {
        let target: String
        do throws(FileWriteError) { target = try SafeFile.resolve(path).target } catch {
            throw CastError(description: "--record: \(error.description)")
        }
        let descriptor = open(target, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw CastError(
                description:
                    "--record: \(path.withoutControlCharacters): cannot be written (\(String(cString: strerror(errno))))"
            )
        }
        (self.handle, self.title, self.path) = (
            FileHandle(fileDescriptor: descriptor, closeOnDealloc: true), title, path
        )
    }

    private func header(width: Int, height: Int) {
        var header: [String: Any] = [
            "version": 2, "width": width, "height": height, "timestamp": Int(Date().timeIntervalSince1970),
            "env": ["TERM": "xterm-256color", "SHELL": "nnplay"],
        ]
        if let title { header["title"] = title }
        if let data = try? JSONSerialization.data(withJSONObject: header, options: [.sortedKeys]) { write(data) }
    }

    deinit { try? handle.close() }

    /// The failure, once: for the status line.
    func takeFailure() -> String? {
        guard let failure, !failureTaken else { return nil }
        failureTaken = true
        return failure
    }
    private var failureTaken = false

    /// The last frame recorded: the next one writes only what changed since (`Screen.ansiUpdate`).
    private var previous: Screen?

    /// Records a frame: the cells that changed since the last one (all of them first, or after a resize).
    func frame(_ screen: Screen) {
        if let size {
            if (screen.width, screen.height) != size { event("r", "\(screen.width)x\(screen.height)") }
        } else {
            header(width: screen.width, height: screen.height)
        }
        size = (screen.width, screen.height)
        let update = screen.ansiUpdate(from: previous)
        previous = screen
        if !update.isEmpty { event("o", update) }
    }

    private func event(_ kind: String, _ text: String) {
        let elapsed = ContinuousClock.now - start
        let seconds = elapsed.seconds
        guard
            let data = try? JSONSerialization.data(withJSONObject: [seconds, kind, text], options: [.fragmentsAllowed])
        else { return }
        write(data)
    }

    /// Appends one line; on an error (never a crash) recording stops and `failure` says why.
    private func write(_ data: Data) {
        guard failure == nil else { return }
        do { try handle.write(contentsOf: data + Data("\n".utf8)) } catch {
            failure =
                "recording stopped: \(path.withoutControlCharacters) cannot be written (\(error.localizedDescription)); the playground goes on"
        }
    }
}

struct CastError: Error, CustomStringConvertible { let description: String }
