import Testing
@testable import NeuralEngine

@Suite("Remainders by multiplication")
struct RemaindersTests {
    @Test func everyRemainderIsTheDivisionsOne() {
        let table = Remainders(upTo: 4096)
        var rng = SplitMix64(seed: 11)
        // Every divisor against random numerators and the edges: 0, d − 1, d, multiples, 2⁶⁴ − 1.
        for d in 2...4096 {
            let divisor = UInt64(d)
            var numerators: [UInt64] = [
                0, 1, divisor - 1, divisor, divisor + 1, divisor * 12_345, UInt64.max, UInt64.max - 1,
            ]
            numerators.append(UInt64.max / divisor * divisor)
            numerators.append(UInt64.max / divisor * divisor - 1)
            for _ in 0..<40 { numerators.append(rng.next()) }
            for n in numerators where table.remainder(n, dividingBy: d) != Int(n % divisor) {
                Issue.record("\(n) mod \(d): \(table.remainder(n, dividingBy: d)), not \(n % divisor)")
            }
        }
    }

    @Test func largeDivisorsToo() {
        let largest = 1 << 20
        let table = Remainders(upTo: largest)
        var rng = SplitMix64(seed: 12)
        for _ in 0..<200_000 {
            let d = 2 + Int(rng.next() % UInt64(largest - 1)), n = rng.next()
            #expect(table.remainder(n, dividingBy: d) == Int(n % UInt64(d)), "\(n) mod \(d)")
        }
    }

    @Test(arguments: [2, 3, 10, 257, 500, 1000])
    func shuffleGivesTheOrderOfTheDivisionShuffle(count: Int) {
        var a = SplitMix64(seed: UInt64(count)), b = a
        var divided = Array(0..<count), multiplied = divided
        let table = Remainders(upTo: count)
        var positions = [Int](repeating: 0, count: count)
        for _ in 0..<5 {
            a.shuffle(&divided)
            positions.withUnsafeMutableBufferPointer {
                b.shuffle(&multiplied, remainders: table, positions: $0.baseAddress!)
            }
            #expect(multiplied == divided)
        }
        #expect(a == b, "the same draws")
        if count >= 10 { #expect(divided != Array(0..<count), "shuffled") }
    }
}
