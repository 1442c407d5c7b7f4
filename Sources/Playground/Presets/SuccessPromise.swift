/// A lesson's promise over many seeds (`expect: success: {at_least: 0.9, runs: 20}`): of `runs` runs of the
/// preset, each from its own seed, at least the share `atLeast` keeps every other promise of `expect:`.
///
/// The runs are the preset's seed and the `runs - 1` after it (new data and new weights, as `n` gives), or
/// with `vary: weights` the preset's data with `runs` draws of initial weights (as `r` gives).
public struct SuccessPromise: Sendable, Equatable {
    /// The share of runs that must keep the lesson's promises (0 … 1).
    public var atLeast: Double
    /// How many runs are tried (1 … 200).
    public var runs: Int
    public var vary: SeedVariation

    public init(atLeast: Double, runs: Int, vary: SeedVariation = .data) {
        self.atLeast = atLeast
        self.runs = runs
        self.vary = vary
    }

    /// The fewest runs that must keep the promises: `atLeast × runs`, rounded up.
    public var requiredRuns: Int { Int((atLeast * Double(runs) - 1e-9).rounded(.up)) }
}

/// How a lesson fared over the runs of its `success` promise.
public struct SuccessTally: Sendable, Equatable {
    public var promise: SuccessPromise
    /// Each run that broke a promise: its seed (or weights variant) and the first promise it broke.
    public var broken: [BrokenRun]
    public var held: Int { promise.runs - broken.count }
    public var holds: Bool { held >= promise.requiredRuns }

    /// "holds on 18 of 20 seeds (at least 18 promised)".
    public var line: String {
        let unit = promise.vary == .data ? "seeds" : "draws of the weights"
        return "holds on \(held) of \(promise.runs) \(unit) (at least \(promise.requiredRuns) promised)"
    }
}

/// A run of a `success` promise that broke one of the lesson's other promises.
public struct BrokenRun: Sendable, Equatable {
    public var seed: UInt64
    /// The first promise it broke, as a sentence.
    public var failure: String
}
