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

    /// The lines on screen in `rows` rows: scrolled to the focus, and the learning rate always among them
    /// (on a short terminal with many layers it takes the last row).
    static func shownLines(_ state: AppState, rows: Int) -> [Line] {
        var shown = Array(lines(state).dropFirst(offset(state, rows: rows)).prefix(rows))
        if let rate = state.controls.firstIndex(of: .setting(.learningRate)), !shown.contains(.control(rate)),
            shown.count == rows, shown.last != .control(state.focus)
        {
            shown[shown.count - 1] = .control(rate)
        }
        return shown
    }

    static func draw(_ state: AppState, into screen: inout Screen, frame: Rect) {
        screen.box(
            x: frame.x, y: frame.y, width: frame.width, height: frame.height, title: "controls", style: Theme.dim)
        let area = frame.inner
        for (row, line) in shownLines(state, rows: area.height).enumerated() {
            let y = area.y + row
            switch line {
            case .heading(let text):
                screen.write(text, x: area.x, y: y, style: Theme.heading, limit: area.width)
            case .stability:
                guard let (text, past) = StabilityLine.text(state.snapshot) else { continue }
                // Narrow: the limit alone (the rate is on the line above).
                let fitting = text.count <= area.width ? text : String(text.drop { $0 != "l" })
                let shown = String(fitting.suffix(area.width))
                screen.write(
                    shown, x: area.x + area.width - shown.count, y: y, style: past ? Theme.warning : Theme.dim,
                    limit: area.width)
            case .control(let index):
                let control = state.controls[index]
                let focused = index == state.focus
                var value = focused ? drawnValue(state) : control.value(in: state)
                let compact = area.width < Layout.controlsWidth - 2
                if compact { value = compactValue(value) }
                let labelWidth = Swift.max(1, area.width - value.count - 1)
                let label = String((compact ? control.shortLabel : control.label).prefix(labelWidth))
                let text =
                    label + String(repeating: " ", count: Swift.max(1, area.width - label.count - value.count)) + value
                let style = focused ? Theme.focused : (control.isLive ? Style(bold: true) : .plain)
                screen.write(String(text.suffix(area.width)), x: area.x, y: y, style: style, limit: area.width)
            }
        }
    }

    /// A value in a compact column: the long words shortened ("classification" → "classify").
    static func compactValue(_ value: String) -> String {
        value.replacingOccurrences(of: "classification", with: "classify")
            .replacingOccurrences(of: "regression", with: "regress")
            .replacingOccurrences(of: " neurons", with: "")
            .replacingOccurrences(of: "playground", with: "playgr.")
    }

    /// The focused control's value as drawn: between ◂ ▸, or for the features control, the feature under
    /// the cursor and whether it is on.
    static func drawnValue(_ state: AppState) -> String {
        guard state.focusedControl == .setting(.features) else { return "◂ \(state.focusedControl.value(in: state)) ▸" }
        let feature = Feature.allCases[state.featureCursor % Feature.allCases.count]
        return "◂ \(state.name(feature)) \(state.config.features.contains(feature) ? "on" : "off") ▸"
    }

    /// The control on screen row `y`, if any (for clicks).
    static func controlIndex(atRow y: Int, in state: AppState) -> Int? {
        let area = state.layout.controls.inner
        let row = y - area.y
        guard row >= 0, row < area.height else { return nil }
        let shown = shownLines(state, rows: area.height)
        guard row < shown.count, case .control(let control) = shown[row] else { return nil }
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
