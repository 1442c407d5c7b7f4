import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing
import Playground
@testable import PlaygroundUI

/// Counts elements by name (and `id`/`class`) while checking the document parses as XML.
final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        counts[name, default: 0] += 1
        if let id = attributes["id"] { counts["#" + id, default: 0] += 1 }
        if let kind = attributes["class"] { counts["." + kind, default: 0] += 1 }
    }
}

@Suite("The SVG slide")
struct SlideSVGTests {
    @Test func slideIsWellFormedWithItsParts() throws {
        var config = SessionConfig()
        config.dataset = .xor
        config.hidden = [3]
        let state = try makeState(width: 120, height: 40, config: config, epochs: 12)
        let svg = SlideSVG.render(state.snapshot, title: "A <lesson> & more")
        let parser = XMLParser(data: Data(svg.utf8))
        let counter = ElementCounter()
        parser.delegate = counter
        #expect(parser.parse(), "well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")")
        let c = counter.counts
        #expect(c["svg"] == 1 && c["#boundary"] == 1 && c["#network"] == 1 && c["#loss"] == 1)
        #expect(
            c[".train"] == state.snapshot.train.count && c[".test"] == state.snapshot.test.count, "a circle per point")
        #expect(c[".link"] == 2 * 3 + 3 * 1, "a line per weight")
        #expect(c["polyline"] == 2, "train and test curves")
        #expect(svg.contains("A &lt;lesson&gt; &amp; more · xor"))
        #expect(svg.contains(#"width="1280" height="720""#))
    }

    @Test func aDivergedRunSaysSoInsteadOfAPicture() throws {
        var state = try makeState()
        state.snapshot.divergedAt = 4
        let svg = SlideSVG.render(state.snapshot, title: nil)
        #expect(svg.contains("diverged at epoch 4"))
        #expect(XMLParser(data: Data(svg.utf8)).parse())
    }
}
