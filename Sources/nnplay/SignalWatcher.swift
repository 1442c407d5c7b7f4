import Dispatch
import Foundation
import Synchronization

/// Turns SIGINT, SIGTERM, SIGHUP and SIGQUIT into a flag the UI loop checks, so the loop ends normally and
/// restores the terminal (one teardown path for every signal that ends the program). (curses' own SIGINT handler would skip our cleanup, so the default handlers are switched off
/// before curses starts, and Dispatch sources take the signals instead.)
final class SignalWatcher {
    /// Shared with the signal handlers on another thread.
    private final class Flag: Sendable {
        let signal = Mutex<Int32?>(nil)
    }

    private let flag = Flag()
    private var sources: [any DispatchSourceSignal] = []

    init(signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]) {
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
