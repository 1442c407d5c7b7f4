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
        #expect(
            screen.lines == [
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
