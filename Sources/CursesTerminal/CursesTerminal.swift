import CNCurses
import Glibc
import PlaygroundUI

/// Why the terminal cannot run the playground.
public struct TerminalUnavailable: Error, CustomStringConvertible {
    public let description: String
}

/// The only code that talks to curses: starts and restores the terminal, reads keys and mouse clicks,
/// and copies `Screen`s to it, redrawing only the cells that changed since the last frame.
public final class CursesTerminal {
    public private(set) var colorMode: ColorMode = .monochrome
    private var screenHandle: OpaquePointer?
    private var previous: Screen?
    private var pairs: [PairKey: Int32] = [:]
    private var started = false

    private struct PairKey: Hashable {
        let foreground: Int32, background: Int32
    }

    public init() {}

    /// Whether the locale is UTF-8, so box drawing, half blocks and braille can be shown; without it every
    /// cell is drawn through `Cell.asciiFallback`.
    public private(set) var unicode = true

    /// Whether this process can show a full-screen UI: stdin and stdout are terminals and TERM names one
    /// curses knows. Returns the reason when it cannot.
    public static func unavailableReason(environment: [String: String]) -> String? {
        if isatty(STDIN_FILENO) != 1 || isatty(STDOUT_FILENO) != 1 {
            return "the playground needs an interactive terminal (stdin and stdout are not both terminals)"
        }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" || term == "unknown" {
            return "TERM is \(term.isEmpty ? "not set" : "'\(term)'"), which cannot show the playground"
        }
        return nil
    }

    /// Takes over the terminal (alternate screen, no echo, keypad and mouse on). `preferred` limits the
    /// colours (e.g. `.monochrome` for NO_COLOR); the terminal's own ability limits them too.
    public func start(preferred: ColorMode) throws {
        setlocale(LC_ALL, "")
        unicode = String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8"
        guard let handle = nnplay_newterm() else {
            throw TerminalUnavailable(
                description: "curses cannot drive this terminal (TERM=\(String(cString: getenv("TERM"))))")
        }
        screenHandle = handle
        set_term(handle)
        started = true
        cbreak()
        noecho()
        nonl()
        keypad(nnplay_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        mousemask(
            nnplay_button1_pressed() | nnplay_button3_pressed() | nnplay_button_released() | nnplay_button_shift()
                | nnplay_button_ctrl(), nil)
        mouseinterval(0)
        colorMode = .monochrome
        if preferred != .monochrome && has_colors() {
            start_color()
            use_default_colors()
            colorMode = nnplay_colors() >= 256 && preferred == .full ? .full : .eight
        }
        previous = nil
    }

    /// Gives the terminal back: normal screen, cursor, echo. Safe to call twice.
    public func stop() {
        guard started else { return }
        started = false
        curs_set(1)
        endwin()
        if let handle = screenHandle { delscreen(handle) }
        screenHandle = nil
    }

    /// The terminal's size in cells.
    public var size: (width: Int, height: Int) { (Int(nnplay_cols()), Int(nnplay_lines())) }

    /// Waits up to `milliseconds` for a key or click; `nil` when none came.
    public func readKey(timeoutMilliseconds milliseconds: Int32) -> Key? {
        wtimeout(nnplay_stdscr(), milliseconds)
        var code: wint_t = 0
        let kind = wget_wch(nnplay_stdscr(), &code)
        if kind == nnplay_err() { return nil }
        if kind == KEY_CODE_YES { return special(Int32(code)) }
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        default:
            guard let scalar = UnicodeScalar(UInt32(code)) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// Whether the terminal has gone away (its window closed, the SSH connection dropped): standard input
    /// reports a hang-up or an error. Then every key read fails at once, forever.
    public var isGone: Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return true }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    private func special(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case nnplay_key_resize():
            previous = nil
            return .resize
        case nnplay_key_mouse():
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let secondary = event.bstate & (nnplay_button3_pressed() | nnplay_button_shift()) != 0
            guard event.bstate & (nnplay_button1_pressed() | nnplay_button3_pressed()) != 0 else { return nil }
            if event.bstate & nnplay_button_ctrl() != 0 { return .removeClick(x: Int(event.x), y: Int(event.y)) }
            return .click(x: Int(event.x), y: Int(event.y), secondary: secondary)
        default: return nil
        }
    }

    /// Shows `screen`, writing only cells that differ from the last frame.
    public func draw(_ screen: Screen) {
        let (width, height) = size
        if previous?.width != screen.width || previous?.height != screen.height {
            previous = nil
            wclear(nnplay_stdscr())
        }
        for y in 0..<Swift.min(screen.height, height) {
            for x in 0..<Swift.min(screen.width, width) {
                let cell = screen[x, y]
                if let previous, previous[x, y] == cell { continue }
                put(unicode ? cell : cell.asciiFallback, x: x, y: y)
            }
        }
        previous = screen
        wnoutrefresh(nnplay_stdscr())
        doupdate()
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        var characters = cell.character.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) } + [0]
        var attributes = nnplay_a_normal()
        if cell.style.bold { attributes |= nnplay_a_bold() }
        if cell.style.reverse { attributes |= nnplay_a_reverse() }
        let pair = pairNumber(cell.style)
        _ = characters.withUnsafeMutableBufferPointer { buffer in
            nnplay_put_cell(Int32(y), Int32(x), buffer.baseAddress, attributes, pair)
        }
    }

    /// The colour pair for a style, allocated once (extended pairs, so more than 256 work).
    private func pairNumber(_ style: Style) -> Int32 {
        guard colorMode != .monochrome else { return 0 }
        let key = PairKey(foreground: colorNumber(style.foreground), background: colorNumber(style.background))
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let pair = pairs[key] { return pair }
        let pair = alloc_pair(key.foreground, key.background)
        let number = pair < 0 ? 0 : pair
        pairs[key] = number
        return number
    }

    private func colorNumber(_ color: TermColor) -> Int32 {
        switch color {
        case .standard: return -1
        case .rgb(let rgb): return colorMode == .full ? Int32(Palette.xterm256(rgb)) : Int32(Self.basicColor(rgb))
        }
    }

    /// The nearest of the 8 basic terminal colours.
    static func basicColor(_ c: Palette.RGB) -> Int {
        let basics: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
            (0, 205, 205), (229, 229, 229),
        ]
        return basics.indices.min { a, b in
            func distance(_ i: Int) -> Int {
                let (r, g, bl) = basics[i]
                return (r - Int(c.r)) * (r - Int(c.r)) + (g - Int(c.g)) * (g - Int(c.g)) + (bl - Int(c.b))
                    * (bl - Int(c.b))
            }
            return distance(a) < distance(b)
        }!
    }
}
