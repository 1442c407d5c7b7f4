import Testing
@testable import Playground

@Suite("Trends measured beside their noise")
struct LossTrendTests {
    @Test func theBlocksAreTheOnesHindsightCompares() throws {
        let losses: [Double] = (0...100).map { 1 - 0.001 * Double($0) }
        let trend = try #require(LossTrend.measure(losses))
        // Median of epochs 76…100 (0.912) against the median of epochs 25…50 (0.9625).
        #expect(trend.epochs == 50 && abs(trend.change - (0.912 / 0.9625 - 1)) < 1e-9 && trend.isSignificant)
        #expect(trend.description == "−5.2% in 50 epochs")
        #expect(LossTrend(change: -0.9, epochs: 12, isSignificant: true).description == "÷10 in 12 epochs")
    }

    @Test func noiseIsTheSpreadOfTheStepsNotTheirTrend() {
        let straight: [Double] = (0..<60).map { 1 - 0.01 * Double($0) }
        #expect(LossTrend.noise(straight) < 1e-12)
        let zigzag: [Double] = (0..<60).map { $0 % 2 == 0 ? 1 : 1.1 }
        #expect(LossTrend.noise(zigzag) > 0.05)
        #expect(LossTrend.measure(zigzag)?.isSignificant == false)
    }
}
