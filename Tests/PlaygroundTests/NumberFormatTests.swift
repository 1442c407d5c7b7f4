import Testing
@testable import Playground

@Suite("Numbers people read")
struct NumberFormatTests {
    @Test(arguments: [
        (0.14361, "0.1436"), (0.012345, "0.01235"), (12.345, "12.35"), (2.5, "2.500"), (0.0, "0"),
        (1.0101646318375989e17, "1.01e17"), (0.000032, "3.2e-5"), (123_456, "1.235e5"), (-0.5, "-0.5000"),
    ])
    func lossesHaveFourSignificantDigitsAndScientificOnlyWhenNeeded(value: Double, text: String) {
        #expect(NumberFormat.significant(value) == text)
    }

    @Test func notANumberIsADash() {
        #expect(NumberFormat.significant(.nan) == "—" && NumberFormat.significant(.infinity) == "—")
    }
}
