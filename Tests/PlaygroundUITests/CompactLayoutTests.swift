import Testing
import Playground
@testable import PlaygroundUI

@Suite("80×24 is a first-class size")
struct CompactLayoutTests {
    /// The picture takes at least 40% of the width; the network and the chart share the middle column.
    @Test func thePictureGetsAtLeast40PercentOfTheWidth() {
        let layout = Layout(width: 80, height: 24)
        #expect(layout.compact && layout.heatmapFrame.width >= 32, "picture \(layout.heatmapFrame.width) of 80")
        #expect(layout.controls.width == Layout.compactControlsWidth && layout.network.width >= 24)
        #expect(layout.chart.x == layout.network.x && layout.chart.y == layout.network.y + layout.network.height)
        #expect(!Layout(width: 120, height: 40).compact, "wide terminals keep the full controls column")
    }

    /// Six hidden layers: the controls list is longer than the column, yet the learning rate stays in view,
    /// and the network draws every layer as thumbnails, not as a line of text.
    @Test func theLearningRateAndEveryLayerStayInView() throws {
        var config = SessionConfig()
        config.hidden = [8, 8, 8, 8, 8, 8]
        config.activations = [.sigmoid]
        let state = try makeState(width: 80, height: 24, config: config, epochs: 30)
        let lines = render(state).lines
        let controls = state.layout.controls
        let column = (controls.y..<controls.y + controls.height).map { String(Array(lines[$0])[0..<controls.width]) }
        #expect(column.contains { $0.hasPrefix("│rate η") && $0.contains("0.03") }, "\(column)")
        let network = state.layout.network
        let header = String(Array(lines[network.y + 1])[network.x..<network.x + network.width])
        #expect(header.contains("in") && header.contains("out") && !header.contains("→"), "\(header)")
        let geometry = try #require(NetworkWidget.layout(state, area: network.inner))
        #expect(geometry.columns.count == 8 && geometry.columns.allSatisfy { !$0.rows.isEmpty })
    }

    /// The header keeps a lesson's whole title (the program's name gives way first) and both losses, and the
    /// chart's legend shows both values whole.
    @Test func theTitleAndTheLegendFit() throws {
        var state = try makeState(width: 80, height: 24, epochs: 30)
        state.title = "XOR with one hidden layer"
        let lines = render(state).lines
        #expect(lines[0].hasPrefix(" XOR with one hidden layer ") && lines[0].contains("train 0.1169  test 0.1769"))
        let chart = state.layout.chart
        let legend = String(Array(lines[chart.y + 1])[chart.x..<chart.x + chart.width])
        #expect(legend.contains("0.1169") && legend.contains("0.1769"), "\(legend)")
    }
}

@Suite("One spelling of each feature")
struct FeatureSpellingTests {
    /// x1² in Unicode everywhere on screen (controls, network, messages), x1sq on a terminal without it.
    @Test func squaresAreX1SquaredOrX1sqInASCII() throws {
        var config = SessionConfig()
        config.features = [.x1, .x2, .x1sq]
        var state = try makeState(width: 120, height: 40, config: config)
        #expect(Control.setting(.features).value(in: state) == "x1 x2 x1²")
        state.unicode = false
        #expect(Control.setting(.features).value(in: state) == "x1 x2 x1sq")
        let screen = render(state).lines.joined(separator: "\n")
        #expect(screen.contains("x1sq") && !screen.contains("x1²") && screen.contains("x2sq"))
    }
}
