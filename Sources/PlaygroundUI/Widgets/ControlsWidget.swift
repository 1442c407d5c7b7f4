import Playground

/// Every setting with its current value, grouped under headings; the focused one is highlighted and shows
/// ◂ ▸. Scrolls to keep the focus visible on a short terminal.
enum ControlsWidget {
    /// A line of the panel: a heading or a control (by index into `state.controls`).
    enum Line: Equatable {
        case heading(String)
        case control(Int)
        /// Under the learning rate: the rate against its stability limit (`StabilityLine`).
        case stability
    }

    static func lines(_ state: AppState) -> [Line] {
        var lines: [Line] = [], group: SettingGroup?
        for (index, control) in state.controls.enumerated() {
            if control.group != group {
                group = control.group
                lines.append(.heading(control.group.rawValue))
            }
            lines.append(.control(index))
            if control == .setting(.learningRate), StabilityLine.text(state.snapshot) != nil {
                lines.append(.stability)
            }
        }
        return lines
    }

    /// The first line shown, so the focused control is visible in `rows` rows.
    static func offset(_ state: AppState, rows: Int) -> Int {
        let all = lines(state)
        guard all.count > rows, let focused = all.firstIndex(of: .control(state.focus)) else { return 0 }
        return Swift.min(Swift.max(0, focused - rows / 2), all.count - rows)
    }

    static func draw(_ state: AppState, into screen: inout Screen, frame: Rect) {
        screen.box(
            x: frame.x, y: frame.y, width: frame.width, height: frame.height, title: "controls", style: Theme.dim)
        let area = frame.inner
        let all = lines(state), start = offset(state, rows: area.height)
        for (row, line) in all.dropFirst(start).prefix(area.height).enumerated() {
            let y = area.y + row
            switch line {
            case .heading(let text):
                screen.write(text, x: area.x, y: y, style: Theme.heading, limit: area.width)
            case .stability:
                guard let (text, past) = StabilityLine.text(state.snapshot) else { continue }
                let shown = String(text.suffix(area.width))
                screen.write(
                    shown, x: area.x + area.width - shown.count, y: y, style: past ? Theme.warning : Theme.dim,
                    limit: area.width)
            case .control(let index):
                let control = state.controls[index]
                let focused = index == state.focus
                let value = focused ? drawnValue(state) : control.value(in: state)
                let labelWidth = Swift.max(1, area.width - value.count - 1)
                let label = String(control.label.prefix(labelWidth))
                let text =
                    label + String(repeating: " ", count: Swift.max(1, area.width - label.count - value.count)) + value
                let style = focused ? Theme.focused : (control.isLive ? Style(bold: true) : .plain)
                screen.write(String(text.suffix(area.width)), x: area.x, y: y, style: style, limit: area.width)
            }
        }
    }

    /// The focused control's value as drawn: between ◂ ▸, or for the features control, the feature under
    /// the cursor and whether it is on.
    static func drawnValue(_ state: AppState) -> String {
        guard state.focusedControl == .setting(.features) else { return "◂ \(state.focusedControl.value(in: state)) ▸" }
        let feature = Feature.allCases[state.featureCursor % Feature.allCases.count]
        return "◂ \(NetworkWidget.shortName(feature)) \(state.config.features.contains(feature) ? "on" : "off") ▸"
    }

    /// The control on screen row `y`, if any (for clicks).
    static func controlIndex(atRow y: Int, in state: AppState) -> Int? {
        let area = state.layout.controls.inner
        let row = y - area.y
        guard row >= 0, row < area.height else { return nil }
        let all = lines(state), index = offset(state, rows: area.height) + row
        guard index < all.count, case .control(let control) = all[index] else { return nil }
        return control
    }
}

/// The learning rate against the stability limit the sharpness sets: "η 2.1 · limit 1.96", a warning when η
/// passes it (each step then overshoots the sharpest direction).
enum StabilityLine {
    static func text(_ snapshot: Snapshot) -> (text: String, pastLimit: Bool)? {
        guard let reading = snapshot.stability, let limit = reading.limit, snapshot.divergedAt == nil else {
            return nil
        }
        let eta = snapshot.config.learningRate
        return ("η \(NumberFormat.compact(eta)) · limit \(NumberFormat.significant(limit, digits: 3))", eta > limit)
    }
}
