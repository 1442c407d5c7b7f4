import Testing
import Playground
@testable import PlaygroundUI

/// A minimal terminal, as `asciinema play` interprets a recording: cursor positioning, clearing, and the
/// colour and attribute codes the playground writes.
struct TinyTerminal {
    struct Attributes: Equatable {
        var bold = false, reverse = false
        var foreground: Int?, background: Int?
    }
    struct Glyph: Equatable {
        var character: Character = " "
        var attributes = Attributes()
    }
    var cells: [[Glyph]]
    var x = 0, y = 0
    var current = Attributes()

    init(width: Int, height: Int) { cells = Array(repeating: Array(repeating: Glyph(), count: width), count: height) }

    mutating func feed(_ text: String) {
        var characters = Array(text)[...]
        while let c = characters.popFirst() {
            guard c == "\u{1B}", characters.first == "[" else {
                if y < cells.count, x < cells[y].count { cells[y][x] = Glyph(character: c, attributes: current) }
                x += 1
                continue
            }
            characters.removeFirst()
            var parameters = ""
            while let p = characters.first, p.isNumber || p == ";" { parameters.append(characters.removeFirst()) }
            let final = characters.removeFirst()
            let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
            switch final {
            case "H":
                (y, x) = (Swift.max((numbers.first ?? 1) - 1, 0), Swift.max((numbers.dropFirst().first ?? 1) - 1, 0))
            case "J": cells = cells.map { $0.map { _ in Glyph() } }
            case "m":
                var i = 0
                while i < numbers.count {
                    switch numbers[i] {
                    case 0: current = Attributes()
                    case 1: current.bold = true
                    case 7: current.reverse = true
                    case 38: current.foreground = numbers[i + 2]; i += 2
                    case 48: current.background = numbers[i + 2]; i += 2
                    case 39: current.foreground = nil
                    case 49: current.background = nil
                    default: break
                    }
                    i += 1
                }
            default: Issue.record("unexpected code \(final)")
            }
        }
    }

    /// What `screen` should look like here.
    static func expected(_ screen: Screen) -> [[Glyph]] {
        (0..<screen.height).map { row in
            (0..<screen.width).map { column in
                let style = screen[column, row].style
                func index(_ color: TermColor) -> Int? {
                    if case .rgb(let rgb) = color { return Int(Palette.xterm256(rgb)) } else { return nil }
                }
                return Glyph(
                    character: screen[column, row].character,
                    attributes: Attributes(
                        bold: style.bold, reverse: style.reverse, foreground: index(style.foreground),
                        background: index(style.background)))
            }
        }
    }
}

@Suite("Recordings write only what changed")
struct ScreenDiffTests {
    /// Frames of the playground (paused, a message, the help, back, a neuron shown) replayed through a
    /// terminal equal each frame cell for cell, attributes included; bold ends where its cells end.
    @Test func replayingTheUpdatesReproducesEveryFrame() throws {
        var state = try makeState(width: 80, height: 24, mode: .full, epochs: 30)
        var frames = [render(state)]
        state.message = "learning rate 0.1 — applied live"
        frames.append(render(state))
        _ = update(&state, .toggleHelp)
        frames.append(render(state))
        _ = update(&state, .toggleHelp)
        frames.append(render(state))
        _ = update(&state, .nextNeuron)
        frames.append(render(state))
        var terminal = TinyTerminal(width: 80, height: 24)
        var previous: Screen?
        for (index, frame) in frames.enumerated() {
            terminal.feed(frame.ansiUpdate(from: previous))
            #expect(terminal.cells == TinyTerminal.expected(frame), "frame \(index)")
            previous = frame
        }
        var bold = Screen(width: 6, height: 1)
        bold.write("ab", x: 0, y: 0, style: Style(bold: true))
        bold.write("cd", x: 2, y: 0)
        var small = TinyTerminal(width: 6, height: 1)
        small.feed(bold.ansiUpdate(from: nil))
        #expect(small.cells == TinyTerminal.expected(bold), "the bold of ab does not leak into cd")
    }

    /// An unchanged frame writes nothing; a changed message writes about its own cells, a small part of
    /// the whole frame (which the recorder used to write every time).
    @Test func anUnchangedFrameIsNothingAndASmallChangeIsSmall() throws {
        var state = try makeState(width: 160, height: 48, mode: .full, epochs: 30)
        let first = render(state)
        #expect(first.ansiUpdate(from: first).isEmpty)
        state.message = "reset: new weights, same data"
        let second = render(state)
        let whole = second.ansiUpdate(from: nil).utf8.count, change = second.ansiUpdate(from: first).utf8.count
        #expect(change < 1_500 && change * 50 < whole, "\(change) bytes of \(whole)")
    }
}
