import Dispatch
import Foundation
import Playground
import Synchronization

/// Turns SIGINT, SIGTERM, SIGHUP and SIGQUIT into a flag the UI loop checks, so the loop ends normally and
/// restores the terminal (one teardown path for every signal that ends the program). Curses' own SIGINT
/// handler would skip our cleanup, so the default handlers are switched off before curses starts, and
/// Dispatch sources take the signals instead.
final class SignalWatcher {
    /// Shared with the signal handlers on another thread.
    private final class Flag: Sendable {
        let signal = Mutex<Int32?>(nil)
    }

    private let flag = Flag()
    private var sources: [any DispatchSourceSignal] = []

    /// The signals that end the playground (after the terminal is restored). SIGPIPE is ignored instead: a
    /// write to a closed pipe fails with an error, and the program goes on.
    static let ending: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2]

    init(signals: [Int32] = SignalWatcher.ending) {
        signal(SIGPIPE, SIG_IGN)
        for number in signals {
            signal(number, SIG_IGN)  // the C library's, through Foundation
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [flag] in flag.signal.withLock { $0 = number } }
            source.resume()
            sources.append(source)
        }
    }

    /// The signal that arrived, if any.
    var received: Int32? { flag.signal.withLock { $0 } }

    deinit { for source in sources { source.cancel() } }
}

/// For the headless commands: a signal that ends the program first removes the temporary file of a write
/// under way (`SafeFile`), then exits with the shell's convention, 128 + the signal.
enum HeadlessSignals {
    /// (SIGPIPE keeps its default: `train --json | head -1` ends when `head` does, as Unix tools do.)
    static func install() {
        for number in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                SafeFile.removeInFlight()
                exit(128 + number)
            }
            source.resume()
            _ = Unmanaged.passRetained(source as AnyObject)  // lives as long as the process: never cancelled
        }
    }
}
