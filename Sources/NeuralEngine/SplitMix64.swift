/// The one seeded random number generator of the engine and the playground.
///
/// SplitMix64 (Steele, Lea, Flood 2014): 64 bits of state, passes BigCrush, and is fast enough to draw
/// a dropout mask per sample. The same seed gives the same sequence on every machine, so every run and
/// every test is reproducible bit for bit. Never use an unseeded generator anywhere in the project.
public struct SplitMix64: RandomNumberGenerator, Sendable, Equatable {
    /// The whole state: `SplitMix64(seed: state)` continues the same sequence (a checkpoint saves it).
    public private(set) var state: UInt64

    /// Creates a generator; any seed is fine, including 0.
    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform `Float` in `0 ..< 1` with 24 random bits.
    @inlinable
    public mutating func nextUnitFloat() -> Float {
        Float(next() >> 40) * (1.0 / 16_777_216.0)
    }

    /// A uniform `Double` in `range` (53 random bits).
    public mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        let unit = Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
        return range.lowerBound + (range.upperBound - range.lowerBound) * unit
    }

    /// A normally distributed `Double` (Marsaglia's polar method, as Playground's `normalRandom`).
    /// - Parameters:
    ///   - mean: the centre of the distribution.
    ///   - variance: the variance (not the standard deviation), ≥ 0.
    public mutating func normal(mean: Double = 0, variance: Double = 1) -> Double {
        var v1 = 0.0, v2 = 0.0, s = 0.0
        repeat {
            v1 = uniform(-1...1)
            v2 = uniform(-1...1)
            s = v1 * v1 + v2 * v2
        } while s >= 1 || s == 0
        let standard = (-2 * Libm.log(s) / s).squareRoot() * v1
        return mean + variance.squareRoot() * standard
    }

    /// A fresh generator whose stream does not overlap this one's in practice; advances this one.
    public mutating func split() -> SplitMix64 {
        SplitMix64(seed: next())
    }

    /// Shuffles `elements` in place (Fisher–Yates), depending on this generator alone, so the order is
    /// the same on every toolchain.
    public mutating func shuffle<T>(_ elements: inout [T]) {
        var i = elements.count - 1
        while i > 0 {
            let j = Int(next() % UInt64(i + 1))
            elements.swapAt(i, j)
            i -= 1
        }
    }

    /// The same shuffle, its remainders from `remainders` (which must reach `elements.count`) instead of
    /// divisions: the same order, from the same draws. `positions` is room for `elements.count` indices.
    mutating func shuffle(_ elements: inout [Int], remainders: Remainders, positions: UnsafeMutablePointer<Int>) {
        precondition(elements.count <= remainders.largest || elements.count < 2, "a table for this many elements")
        // First every swap's partner, from draws alone (the state in a local: as a class's property it went
        // through memory at every draw); then the swaps, which depend on each other only through memory.
        var generator = self
        let count = elements.count
        var i = count - 1
        while i > 0 {
            positions[i] = remainders.remainder(generator.next(), dividingBy: i + 1)
            i -= 1
        }
        self = generator
        elements.withUnsafeMutableBufferPointer { e in
            var i = count - 1
            while i > 0 {
                let j = positions[i], value = e[i]
                e[i] = e[j]
                e[j] = value
                i -= 1
            }
        }
    }
}
