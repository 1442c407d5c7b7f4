/// A rectangle of cells.
public struct Rect: Equatable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = Swift.max(0, width)
        self.height = Swift.max(0, height)
    }

    public func contains(x px: Int, y py: Int) -> Bool { px >= x && py >= y && px < x + width && py < y + height }

    /// No room at all: where a panel goes when the layout has none.
    public static let empty = Rect(x: 0, y: 0, width: 0, height: 0)

    /// The rectangle inside a one-cell border.
    public var inner: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }
}

/// Where each panel goes, recomputed from the terminal size on every frame.
///
/// ```
/// header ──────────────────────────────────────────────────────────────
/// controls (30) │ network (the rest)           y│ heatmap (square pixels)
/// or the notes  │
///               │                              2│ loss chart
/// diagnosis (1 row from 150 columns, else 2) ──────────────────────────
/// status line ─────────────────────────────────────────────────────────
/// ```
public struct Layout: Equatable, Sendable {
    public static let minimumWidth = 80
    public static let minimumHeight = 24
    static let controlsWidth = 30
    static let networkMinimumWidth = 24
    /// Columns left of the heatmap for its x2 ticks (`-6`, ` 0`, ` 6`).
    static let axisWidth = 2

    /// Whether the terminal is large enough for the playground; if not, only a "too small" frame is drawn.
    public let fits: Bool
    public let header: Rect
    public let status: Rect
    /// The standing diagnosis (`DiagnosisLine`).
    public let diagnosis: Rect
    public let controls: Rect
    public let network: Rect
    /// The heatmap's frame; its inner rectangle holds the pixels (two per cell, stacked).
    public let heatmapFrame: Rect
    /// The heatmap's y-axis ticks, left of its frame.
    public let heatmapAxis: Rect
    public let chart: Rect
    /// Comparing: A's picture, its axis and its chart (B's are `heatmapFrame`, `heatmapAxis` and `chart`).
    public private(set) var compareA = Rect.empty
    public private(set) var compareAAxis = Rect.empty
    public private(set) var compareAChart = Rect.empty
    /// The backprop inspector's panel (empty unless inspecting), under the network and the picture.
    public let inspectorPanel: Rect
    /// The step panel's frame when it is shown.
    public let step: Rect
    /// The projector view: no controls or network, a big header, the picture and the chart filling the screen.
    public let projector: Bool
    /// Narrow terminals (under `compactBelow` columns): a compact controls column with short labels, the
    /// picture the full height of the body on the right (at least 40% of the width at 80×24), and the loss
    /// chart under the network in the middle.
    public private(set) var compact = false
    public static let compactBelow = 110
    static let compactControlsWidth = 20, compactNotesWidth = 24, compactMiddleWidth = 24

    /// The heatmap's drawing area.
    public var heatmap: Rect { heatmapFrame.inner }

    /// `inspecting`: the backprop inspector is open; its panel takes the bottom of the body, under the
    /// network and the picture, in place of the loss chart.
    /// `comparing`: A's and B's columns (a picture over a chart each) replace the network and the picture.
    /// `notes`: the lesson's notes take the controls' column (wider on wide terminals, `notesWidth`), so they
    /// never cover the network or the picture they talk about.
    public init(
        width: Int, height: Int, projector: Bool = false, inspecting: Bool = false, comparing: Bool = false,
        notes: Bool = false
    ) {
        if projector {
            self.init(projectorWidth: width, height: height)
        } else if comparing {
            self.init(compareWidth: width, height: height)
        } else if !inspecting, width < Self.compactBelow {
            self.init(compactWidth: width, height: height, notes: notes)
        } else {
            self.init(classicWidth: width, height: height, inspecting: inspecting, notes: notes)
        }
    }

    /// The compact layout (narrow terminals, not inspecting):
    /// ```
    /// header ─────────────────────────────────────────────
    /// controls (20) │ network          y│ heatmap, as tall
    /// or notes (24) │──────────────────2│ as the body
    ///               │ loss chart        │
    /// diagnosis (2 rows) ─────────────────────────────────
    /// status line ────────────────────────────────────────
    /// ```
    private init(compactWidth width: Int, height: Int, notes: Bool) {
        projector = false
        compact = true
        fits = width >= Self.minimumWidth && height >= Self.minimumHeight
        header = Rect(x: 0, y: 0, width: width, height: 1)
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        diagnosis = Rect(x: 0, y: height - 3, width: width, height: 2)
        let bodyTop = 1, bodyHeight = height - 4
        let leftWidth = notes ? Self.compactNotesWidth : Self.compactControlsWidth
        controls = Rect(x: 0, y: bodyTop, width: leftWidth, height: bodyHeight)
        var rows = bodyHeight - 2
        var columns = rows * 2
        let room = width - leftWidth - Self.compactMiddleWidth - Self.axisWidth - 2
        if columns > room {
            columns = Swift.max(room, 0)
            rows = columns / 2
        }
        let rightWidth = columns + 2, rightX = width - rightWidth
        heatmapFrame = Rect(x: rightX, y: bodyTop, width: rightWidth, height: rows + 2)
        heatmapAxis = Rect(x: rightX - Self.axisWidth, y: bodyTop, width: Self.axisWidth, height: rows + 2)
        let middleWidth = rightX - Self.axisWidth - leftWidth
        let chartHeight = Swift.min(Swift.max(7, bodyHeight / 3), 12)
        network = Rect(x: leftWidth, y: bodyTop, width: middleWidth, height: bodyHeight - chartHeight)
        chart = Rect(x: leftWidth, y: bodyTop + network.height, width: middleWidth, height: chartHeight)
        inspectorPanel = Rect.empty
        step = chart  // the step panel (or the sharpness chart) takes the loss chart's place: no neuron is covered
    }

    /// The notes' column: the controls' 30 columns, more where the terminal is wide.
    static func notesWidth(terminalWidth width: Int) -> Int {
        width >= 150 ? 42 : width >= 110 ? 34 : controlsWidth
    }

    private init(classicWidth width: Int, height: Int, inspecting: Bool, notes: Bool = false) {
        projector = false
        fits = width >= Self.minimumWidth && height >= Self.minimumHeight
        header = Rect(x: 0, y: 0, width: width, height: 1)
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        let diagnosisRows = width >= 150 ? 1 : 2
        diagnosis = Rect(x: 0, y: height - 1 - diagnosisRows, width: width, height: diagnosisRows)
        let bodyTop = 1, bodyHeight = height - 2 - diagnosisRows
        let leftWidth = notes ? Self.notesWidth(terminalWidth: width) : Self.controlsWidth
        controls = Rect(x: 0, y: bodyTop, width: leftWidth, height: bodyHeight)
        // Inspecting, its panel takes the bottom of the body under the network and the picture; no chart.
        let panelHeight = inspecting ? Swift.min(Swift.max(8, bodyHeight * 2 / 5), 11) : 0
        let upperHeight = bodyHeight - panelHeight
        var chartHeight = inspecting ? 0 : Swift.min(Swift.max(7, upperHeight / 4), 12)
        var rows = upperHeight - chartHeight - 2
        var columns = rows * 2
        let room = width - leftWidth - Self.networkMinimumWidth - Self.axisWidth - 2
        if columns > room {
            columns = room
            rows = columns / 2
            if !inspecting { chartHeight = upperHeight - rows - 2 }
        }
        let rightWidth = columns + 2
        let rightX = width - rightWidth
        heatmapFrame = Rect(x: rightX, y: bodyTop, width: rightWidth, height: rows + 2)
        chart = Rect(x: rightX, y: bodyTop + rows + 2, width: rightWidth, height: chartHeight)
        heatmapAxis = Rect(x: rightX - Self.axisWidth, y: bodyTop, width: Self.axisWidth, height: rows + 2)
        network = Rect(x: leftWidth, y: bodyTop, width: rightX - Self.axisWidth - leftWidth, height: upperHeight)
        inspectorPanel = Rect(x: leftWidth, y: bodyTop + upperHeight, width: width - leftWidth, height: panelHeight)
        step = StepPanel.frame(in: network)
    }

    /// The projector view:
    /// ```
    /// title line ────────────────────────────────────────── ▶ playing
    /// big epoch, test loss, train loss, accuracy (3 rows) and their names (1 row)
    /// y│ heatmap (square pixels, as tall as the body) │ loss chart
    /// 2│                                              │ step panel (when shown)
    /// diagnosis ────────────────────────────────────────────────────
    /// status line ──────────────────────────────────────────────────
    /// ```
    private init(projectorWidth width: Int, height: Int) {
        fits = width >= Self.minimumWidth && height >= Self.minimumHeight
        projector = true
        header = Rect(x: 0, y: 0, width: width, height: ProjectorHeader.height)
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        let diagnosisRows = width >= 150 ? 1 : 2
        diagnosis = Rect(x: 0, y: height - 1 - diagnosisRows, width: width, height: diagnosisRows)
        let bodyTop = header.height, bodyHeight = height - header.height - 1 - diagnosisRows
        var rows = bodyHeight - 2
        var columns = rows * 2
        let room = width - Self.axisWidth - 2 - 30  // at least 30 columns for the chart
        if columns > room { columns = Swift.max(room, 0); rows = columns / 2 }
        heatmapAxis = Rect(x: 0, y: bodyTop, width: Self.axisWidth, height: rows + 2)
        heatmapFrame = Rect(x: Self.axisWidth, y: bodyTop, width: columns + 2, height: rows + 2)
        let rightX = heatmapFrame.x + heatmapFrame.width + 1
        let right = Rect(x: rightX, y: bodyTop, width: width - rightX, height: bodyHeight)
        let stepHeight = right.height / 2
        chart = right
        step = Rect(x: right.x, y: right.y + right.height - stepHeight, width: right.width, height: stepHeight)
        controls = Rect.empty
        network = controls
        inspectorPanel = controls
    }

    /// Side by side: controls, then A's column and B's, each a picture (its axis left of it) over a chart.
    private init(compareWidth width: Int, height: Int) {
        let classic = Layout(classicWidth: width, height: height, inspecting: false)
        (fits, header, status, diagnosis, controls) = (
            classic.fits, classic.header, classic.status, classic.diagnosis, classic.controls
        )
        projector = false
        let bodyTop = controls.y, bodyHeight = controls.height
        let columnWidth = (width - Self.controlsWidth) / 2
        let chartHeight = Swift.min(Swift.max(7, bodyHeight / 4), 12)
        var rows = bodyHeight - chartHeight - 2
        rows = Swift.min(rows, (columnWidth - Self.axisWidth - 2) / 2)
        let columns = rows * 2
        func column(_ index: Int) -> (axis: Rect, frame: Rect, chart: Rect) {
            let x = Self.controlsWidth + index * columnWidth
            let left = x + Swift.max(0, (columnWidth - columns - 2 - Self.axisWidth) / 2)
            return (
                Rect(x: left, y: bodyTop, width: Self.axisWidth, height: rows + 2),
                Rect(x: left + Self.axisWidth, y: bodyTop, width: columns + 2, height: rows + 2),
                Rect(x: x, y: bodyTop + rows + 2, width: columnWidth, height: bodyHeight - rows - 2)
            )
        }
        let (a, b) = (column(0), column(1))
        compareA = a.frame
        compareAAxis = a.axis
        compareAChart = a.chart
        (heatmapAxis, heatmapFrame, chart) = (b.axis, b.frame, b.chart)
        network = Rect.empty
        inspectorPanel = network
        step = StepPanel.frame(in: Rect(x: a.chart.x, y: bodyTop, width: columnWidth, height: bodyHeight))
    }

    /// The loss chart's frame: the whole right column, or its upper part when the step panel is shown below.
    public func chartFrame(showingStep: Bool) -> Rect {
        guard projector, showingStep else { return chart }
        return Rect(x: chart.x, y: chart.y, width: chart.width, height: chart.height - step.height)
    }
}
