import Testing
@testable import PlaygroundUI

@Suite("Drawing without a UTF-8 locale")
struct ASCIIFallbackTests {
    @Test(arguments: ColorMode.allCases)
    func everyCellOfEveryPanelHasAnASCIIForm(mode: ColorMode) throws {
        var state = try makeState(width: 120, height: 40, mode: mode, epochs: 20)
        state.showHelp = mode == .eight
        state.showStep = true
        let screen = render(state)
        let ascii = screen.cells.map(\.asciiFallback)
        #expect(ascii.allSatisfy { $0.character.isASCII }, "\(Set(ascii.map(\.character).filter { !$0.isASCII }))")
        #expect(
            !ascii.contains { $0.character == "?" && !screen.cells.contains { $0.character == "?" } },
            "no glyph of the UI falls through to '?': \(Set(screen.cells.map(\.character).filter { !$0.isASCII }))")
    }

    @Test func halfBlocksKeepTheUpperPixelsColourAndBoxesBecomeLines() {
        let pixel = Cell("▀", Style(foreground: .rgb(1, 2, 3), background: .rgb(4, 5, 6)))
        #expect(pixel.asciiFallback == Cell(" ", Style(foreground: .rgb(1, 2, 3), background: .rgb(1, 2, 3))))
        #expect(Cell("┌").asciiFallback.character == "+" && Cell("─").asciiFallback.character == "-")
        #expect(Cell("⣿").asciiFallback.character == "*" && Cell("a").asciiFallback == Cell("a"))
    }
}
