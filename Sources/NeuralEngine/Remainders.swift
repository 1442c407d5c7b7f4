/// n mod d for 64-bit n and every divisor d in 2 ... `largest`, by multiplications instead of a division.
///
/// Why it exists: a shuffle of n elements takes n remainders `next() % (i + 1)`, one 64-bit division each,
/// and on this project's machines that division was a tenth of an epoch of a [2, 8, 8, 1] network
/// (13 cycles an element, the divider's throughput). The divisors of an epoch's shuffle are the same every
/// epoch, so their constants are worked out once.
///
/// The method is Lemire, Kaser and Kurz, "Faster remainder by direct computation" (2019): with the 128-bit
/// c = ⌈2¹²⁸ / d⌉, n mod d = ⌊((c · n) mod 2¹²⁸) · d / 2¹²⁸⌋ exactly, for every n < 2⁶⁴ and d < 2³²
/// (their condition: 128 ≥ 64 + log₂ d). `RemaindersTests` checks it against `%`.
struct Remainders: Sendable {
    /// c for divisor d at index d − 2: high and low 64 bits.
    private let constants: [(high: UInt64, low: UInt64)]

    /// The largest divisor this table serves.
    let largest: Int

    /// A table for the divisors 2 ... `largest` (≥ 2, < 2³²).
    init(upTo largest: Int) {
        precondition(largest >= 2 && largest < 1 << 32, "divisors from 2 to below 2³²")
        self.largest = largest
        constants = (2...largest).map { d in
            let divisor = UInt64(d)
            let high = UInt64.max / divisor, rest = UInt64.max % divisor
            let low = divisor.dividingFullWidth((high: rest, low: UInt64.max)).quotient
            // ⌊(2¹²⁸ − 1) / d⌋ + 1 is ⌈2¹²⁸ / d⌉, whether or not d divides 2¹²⁸.
            let (sum, carry) = low.addingReportingOverflow(1)
            return (high &+ (carry ? 1 : 0), sum)
        }
    }

    /// n mod d, for d in 2 ... `largest`.
    @inline(__always)
    func remainder(_ n: UInt64, dividingBy d: Int) -> Int {
        let c = constant(d)
        // lowbits = c · n mod 2¹²⁸
        let product = c.low.multipliedFullWidth(by: n)
        let lowbitsLow = product.low, lowbitsHigh = product.high &+ c.high &* n
        // ⌊lowbits · d / 2¹²⁸⌋
        let divisor = UInt64(truncatingIfNeeded: d)
        let carryIn = lowbitsLow.multipliedFullWidth(by: divisor).high
        let top = lowbitsHigh.multipliedFullWidth(by: divisor)
        let (_, carry) = top.low.addingReportingOverflow(carryIn)
        return Int(truncatingIfNeeded: top.high &+ (carry ? 1 : 0))
    }

    @inline(__always)
    private func constant(_ d: Int) -> (high: UInt64, low: UInt64) {
        constants.withUnsafeBufferPointer { $0[d &- 2] }
    }
}
