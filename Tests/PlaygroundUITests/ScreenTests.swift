import Testing
@testable import PlaygroundUI

@Suite("Cell buffer")
struct ScreenTests {
    @Test func writingClipsToTheScreenAndTheLimit() {
        var screen = Screen(width: 6, height: 2, fill: Cell("·"))
        #expect(screen.write("hello world", x: 2, y: 0) == 11)
        #expect(screen.write("hello", x: 0, y: 0, limit: 2) == 2)
        screen.write("abcdef", x: -2, y: 1, limit: 3)
        screen.write("never", x: 0, y: 5)
        #expect(screen.lines == ["hehell", "c·····"])
    }

    @Test func boxesHaveTitlesAndCorners() {
        var screen = Screen(width: 10, height: 3)
        screen.box(x: 0, y: 0, width: 10, height: 3, title: "loss")
        #expect(screen.lines == [
            "┌ loss ──┐",
            "│        │",
            "└────────┘",
        ])
    }

    @Test func drawingOutsideIsIgnored() {
        var screen = Screen(width: 2, height: 2)
        screen[5, 5] = Cell("x")
        screen.box(x: -3, y: -3, width: 100, height: 100)
        screen.fill(x: 1, y: 1, width: 50, height: 50, with: Cell("#"))
        #expect(screen.lines == ["  ", " #"])
    }
}

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
        #expect(!ascii.contains { $0.character == "?" && !screen.cells.contains { $0.character == "?" } },
                "no glyph of the UI falls through to '?': \(Set(screen.cells.map(\.character).filter { !$0.isASCII }))")
    }

    @Test func halfBlocksKeepTheUpperPixelsColourAndBoxesBecomeLines() {
        let pixel = Cell("▀", Style(foreground: .rgb(1, 2, 3), background: .rgb(4, 5, 6)))
        #expect(pixel.asciiFallback == Cell(" ", Style(foreground: .rgb(1, 2, 3), background: .rgb(1, 2, 3))))
        #expect(Cell("┌").asciiFallback.character == "+" && Cell("─").asciiFallback.character == "-")
        #expect(Cell("⣿").asciiFallback.character == "*" && Cell("a").asciiFallback == Cell("a"))
    }
}
