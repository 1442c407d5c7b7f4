import Playground

/// The frame for a terminal below the minimum size: says what is needed, never crashes.
enum TooSmallFrame {
    static func draw(into screen: inout Screen) {
        let lines = [
            "terminal too small", "need \(Layout.minimumWidth)×\(Layout.minimumHeight)",
            "have \(screen.width)×\(screen.height)",
            "q quits",
        ]
        let top = Swift.max(0, (screen.height - lines.count) / 2)
        for (row, line) in lines.enumerated() {
            let x = Swift.max(0, (screen.width - line.count) / 2)
            screen.write(line, x: x, y: top + row, style: row == 0 ? Theme.warning : .plain, limit: screen.width)
        }
    }
}
