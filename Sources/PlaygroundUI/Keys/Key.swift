/// A key press or mouse event, as the terminal reports it.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case tab, backTab, enter, escape, backspace
    case resize
    /// A click at a cell; `secondary` for the right button or shift+click.
    case click(x: Int, y: Int, secondary: Bool)
    /// A ctrl+click (or alt+click): removes the data point under it.
    case removeClick(x: Int, y: Int)

    /// How the key is written in the help overlay.
    public var label: String {
        switch self {
        case .character(" "): return "space"
        case .character(let c): return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Bksp"
        case .resize: return "resize"
        case .click: return "click"
        case .removeClick: return "ctrl+click"
        }
    }
}
