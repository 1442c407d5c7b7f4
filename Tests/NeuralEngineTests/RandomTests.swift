import Testing
@testable import NeuralEngine

@Suite("SplitMix64")
struct RandomTests {
    @Test func matchesTheReferenceSequence() {
        // First outputs of SplitMix64 seeded with 0 (Vigna's reference implementation).
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func normalDrawsHaveTheRequestedMoments() {
        var rng = SplitMix64(seed: 42)
        let draws = (0..<20_000).map { _ in rng.normal(mean: 2, variance: 4) }
        let mean = draws.reduce(0, +) / Double(draws.count)
        let variance = draws.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(draws.count)
        #expect(abs(mean - 2) < 0.05)
        #expect(abs(variance - 4) < 0.15)
    }

    @Test func unitFloatsStayInTheUnitInterval() {
        var rng = SplitMix64(seed: 5)
        for _ in 0..<10_000 {
            let u = rng.nextUnitFloat()
            #expect(u >= 0 && u < 1)
        }
    }
}
