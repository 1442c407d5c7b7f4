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
        #expect(
            c["#legend"] == 1 && ["class 0", "class 1", "train", "test"].allSatisfy { svg.contains(">\($0)</text>") })
        let best = try #require(state.snapshot.bestTestRecord)
        #expect((c[".best"] ?? 0) == (best.epoch < 12 ? 1 : 0), "the best test epoch marked where early stopping stops")
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

@Suite("The SVG slide of a lesson")
struct LessonSlideTests {
    /// The overfitting lesson, 300 epochs on: every training point drawn over the test points (so none is
    /// hidden), wide layers' links thinned as in the UI, the best epoch marked.
    @Test func theOverfittingSlideShowsEveryTrainingPoint() throws {
        let presets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Presets").path
        let preset = try PresetLibrary(directory: presets).load("overfitting")
        let session = try TrainingSession(config: preset.config)
        session.train(epochs: 300)
        let snapshot = session.snapshot(request: .standard, playing: false, epochsPerSecond: 0, generation: 0)
        let svg = SlideSVG.render(snapshot, title: preset.title)
        let counter = ElementCounter()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = counter
        #expect(parser.parse())
        #expect(counter.counts[".train"] == snapshot.train.count && snapshot.train.count > 0)
        let lastTest = try #require(svg.range(of: #"class="test""#, options: .backwards))
        let firstTrain = try #require(svg.range(of: #"class="train""#))
        #expect(lastTest.lowerBound < firstTrain.lowerBound, "training points on top")
        let links = snapshot.network.layers.map { $0.inputCount * $0.outputCount }
        #expect((counter.counts[".link"] ?? 0) < links.reduce(0, +) / 4, "32×32 links thinned")
        #expect(counter.counts[".best"] == 1 && svg.contains("best test"))
    }

    /// Points within ±1 fill the slide's picture (±1 shown, ticked so), not its centre.
    @Test func theViewIsFittedToSmallData() throws {
        var state = try makeState(width: 120, height: 40)
        state.snapshot.train = state.snapshot.train.map { DataPoint(x: $0.x / 6, y: $0.y / 6, label: $0.label) }
        state.snapshot.test = state.snapshot.test.map { DataPoint(x: $0.x / 6, y: $0.y / 6, label: $0.label) }
        #expect(SlideSVG.viewExtent(state.snapshot) == 1)
        let svg = SlideSVG.render(state.snapshot, title: nil)
        #expect(svg.contains(">1</text>") && svg.contains(">-1</text>") && !svg.contains(">6</text>"))
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(
            SlideSVG.viewExtent([DataPoint(x: 5.9, y: 0, label: 1)]) == 6, "the whole plane when the points reach it")
    }
}
