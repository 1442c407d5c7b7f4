import Testing
import Playground
@testable import PlaygroundUI

@Suite("The inspector's numbers fit their boxes whole")
struct InspectorNumberTests {
    /// At every width a labelled box has (6 and more; narrower ones show one bare number), a value keeps its
    /// exponent: fewer digits rather than a cut "5.2e".
    @Test(arguments: [6, 7, 8])
    func exponentsAreNeverCut(width: Int) {
        for (value, shortest) in [(Float(5.2e-6), "+5e-6"), (-1.23e-4, "-1e-4"), (0.5, "+.50"), (-37, "-37")] {
            let text = InspectorBoxes.fit(value, width: width - 1)
            #expect(text.count <= width - 1, "\(value) at \(width): \(text)")
            let parsed = Float(
                text.replacingOccurrences(of: "+.", with: "0.").replacingOccurrences(of: "-.", with: "-0."))
            let relative = Swift.abs((parsed ?? .nan) - value) / Swift.abs(value)
            #expect(relative < 0.5, "\(text) reads as \(value)")
            if width == 6 { #expect(text == shortest) }
        }
    }
}
