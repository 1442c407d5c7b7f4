import Dispatch
import Synchronization

/// Runs that train in the background beside the playground's trainer (the learning-rate sweep, the seeds
/// view): the UI takes the results finished so far on each frame, and stops the work when its view closes.
public final class BackgroundStudy<Item: Sendable>: Sendable {
    private let finished = Mutex<[(index: Int, item: Item)]>([])
    private let stopped = Atomic<Bool>(false)
    private let done = Atomic<Bool>(false)

    /// Starts `work` on a background queue. It reports each result with its index as it finishes, and asks
    /// `shouldStop` between epochs.
    public init(
        _ work:
            @escaping @Sendable (_ shouldStop: @Sendable () -> Bool, _ report: @Sendable (Int, Item) -> Void)
            -> Void
    ) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            work(
                { self.stopped.load(ordering: .relaxed) },
                { index, item in self.finished.withLock { $0.append((index, item)) } })
            done.store(true, ordering: .releasing)
        }
    }

    /// The results finished since the last call.
    public func take() -> [(index: Int, item: Item)] {
        finished.withLock { items in
            defer { items = [] }; return items
        }
    }

    /// Whether the work has finished (or was stopped).
    public var isDone: Bool { done.load(ordering: .acquiring) }

    public func stop() { stopped.store(true, ordering: .relaxed) }
}
