import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing
import Playground
@testable import PlaygroundUI

@Suite("The seeds view as a slide")
struct SeedsSlideTests {
    /// E in the seeds view: one well-formed SVG with the share on top and a framed picture per run.
    @Test func eWritesEveryRunWithTheShare() throws {
        var state = try seedsState(width: 120, height: 40)
        let effects = route(&state, key: .character("E"))
        guard case .exportSeedsSlide(let path, let svg) = try #require(effects.first) else {
            Issue.record("E wrote no slide: \(effects)")
            return
        }
        #expect(path == "nnplay-xor-seeds.svg" && state.seeds != nil, "the view stays open")
        let parser = XMLParser(data: Data(svg.utf8))
        let counter = ElementCounter()
        parser.delegate = counter
        #expect(parser.parse(), "well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")")
        #expect(counter.counts[".run"] == 24 && counter.counts["#runs"] == 1)
        #expect(svg.contains(">xor · 24 runs × 500 epochs<") && svg.contains("new weights, same data each run"))
        #expect(
            svg.contains(
                "19 of 22 reach 95% test accuracy (95% interval 67–95%); median 21 epochs; worst: draw 4 diverged"))
        #expect(svg.contains(">✓ draw 0<") && svg.contains(">✗ draw 1<") && svg.contains(">test loss 0.065 · 87%<"))
        #expect(svg.components(separatedBy: "stroke-dasharray").count == 2, "one diverged run, dashed")
        #expect(svg.components(separatedBy: ">training<").count == 3, "two runs still training")
    }
}
