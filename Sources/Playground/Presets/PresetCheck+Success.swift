import Dispatch
import Synchronization

extension PresetCheck {
    /// Trains `preset` from each seed its `success` promise names, `threads` runs at a time, and tallies the runs
    /// that keep every other promise; `nil` when the preset makes no such promise.
    public static func success(of preset: Preset, threads: Int = 2) throws -> SuccessTally? {
        guard let promise = preset.expectation?.success else { return nil }
        _ = try preset.config.validated()  // said once, here, rather than from every thread
        let failures = Mutex<[String?]>(Array(repeating: nil, count: promise.runs))
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, promise.runs))) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < promise.runs else { return }
                let failure = firstFailure(of: preset, run: index, vary: promise.vary)
                failures.withLock { $0[index] = failure }
            }
        }
        let seeds = (0..<promise.runs).map { seed(of: preset, run: $0, vary: promise.vary) }
        let broken = failures.withLock { list in
            zip(seeds, list).compactMap { seed, failure in failure.map { BrokenRun(seed: seed, failure: $0) } }
        }
        return SuccessTally(promise: promise, broken: broken)
    }

    /// The seed (`vary: data`) or weights variant (`vary: weights`) of a promise's run `index` (0 first).
    public static func seed(of preset: Preset, run index: Int, vary: SeedVariation) -> UInt64 {
        vary == .data ? preset.config.seed &+ UInt64(index) : UInt64(index)
    }

    private static func firstFailure(of preset: Preset, run index: Int, vary: SeedVariation) -> String? {
        var changed = preset
        changed.expectation?.success = nil
        if vary == .data { changed.config.seed &+= UInt64(index) }
        do {
            return try run(changed, weightsVariant: vary == .weights ? UInt64(index) : 0).failures.first
        } catch {
            return "\(error)"
        }
    }
}
