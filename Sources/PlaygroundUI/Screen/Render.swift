import Playground

/// Draws the whole frame for `state`: a pure function, so frames can be compared with literal lines in
/// tests. The terminal only copies the result to the screen.
public func render(_ state: AppState) -> Screen {
    var screen = Screen(width: state.width, height: state.height)
    let layout = state.layout
    guard layout.fits else {
        TooSmallFrame.draw(into: &screen)
        return screen
    }
    if state.seeds != nil {
        SeedsPanel.draw(state, into: &screen)
        StatusLine.draw(state, into: &screen, area: layout.status)
        if state.showHelp { HelpOverlay.draw(state, into: &screen) }
        return screen
    }
    if layout.projector {
        renderProjector(state, layout: layout, into: &screen)
        return screen
    }
    if let compare = state.compare {
        renderComparison(state, compare, layout: layout, into: &screen)
        return screen
    }
    HeaderWidget.draw(state, into: &screen, area: layout.header)
    if state.notesVisible {
        NotesPanel.draw(state, into: &screen, in: layout.controls)
    } else {
        ControlsWidget.draw(state, into: &screen, frame: layout.controls)
    }
    NetworkWidget.draw(state, into: &screen, frame: layout.network)
    HeatmapWidget.draw(state, into: &screen, frame: layout.heatmapFrame, axis: layout.heatmapAxis)
    if state.sweep != nil {
        SweepPanel.draw(state, into: &screen, frame: layout.inspectorPanel)
    } else if state.inspector != nil {
        InspectorPanel.draw(state, into: &screen, frame: layout.inspectorPanel)
    } else {
        LossChartWidget.draw(state, into: &screen, frame: layout.chart)
    }
    DiagnosisLine.draw(state, into: &screen, area: layout.diagnosis)
    StatusLine.draw(state, into: &screen, area: layout.status)
    if state.showStep { StepPanel.draw(state, into: &screen, frame: layout.step) }
    if state.showSharpness { SharpnessPanel.draw(state, into: &screen, frame: layout.step) }
    if state.overlay != nil { OverlayPanel.draw(state, into: &screen) }
    if state.showHelp { HelpOverlay.draw(state, into: &screen) }
    return screen
}

/// The projector view: a big header, the picture and the loss chart (and the step panel) filling the screen,
/// the diagnosis and the keys below; no controls, no network, no notes.
private func renderProjector(_ state: AppState, layout: Layout, into screen: inout Screen) {
    ProjectorHeader.draw(state, into: &screen, area: layout.header)
    HeatmapWidget.draw(state, into: &screen, frame: layout.heatmapFrame, axis: layout.heatmapAxis)
    LossChartWidget.draw(state, into: &screen, frame: layout.chartFrame(showingStep: state.lowerPanelOpen))
    if state.showStep { StepPanel.draw(state, into: &screen, frame: layout.step) }
    if state.showSharpness { SharpnessPanel.draw(state, into: &screen, frame: layout.step) }
    DiagnosisLine.draw(state, into: &screen, area: layout.diagnosis)
    StatusLine.draw(state, into: &screen, area: layout.status)
    if state.overlay != nil { OverlayPanel.draw(state, into: &screen) }
    if state.showHelp { HelpOverlay.draw(state, into: &screen) }
}

/// Side by side: the controls (of the focused side), A's picture and chart on the left, B's on the right,
/// both charts on one loss scale; the status line names how B differs.
private func renderComparison(_ state: AppState, _ compare: CompareView, layout: Layout, into screen: inout Screen) {
    var other = state
    (other.config, other.snapshot, other.compare) = (compare.otherConfig, compare.otherSnapshot, nil)
    let (a, b) = compare.focusedIsB ? (other, state) : (state, other)
    let marks = compare.focusedIsB ? ("A", "B ◂ keys") : ("A ◂ keys", "B")
    HeaderWidget.draw(state, into: &screen, area: layout.header)
    ControlsWidget.draw(state, into: &screen, frame: layout.controls)
    HeatmapWidget.draw(a, into: &screen, frame: layout.compareA, axis: layout.compareAAxis, label: marks.0)
    HeatmapWidget.draw(b, into: &screen, frame: layout.heatmapFrame, axis: layout.heatmapAxis, label: marks.1)
    LossChartWidget.draw(a, into: &screen, frame: layout.compareAChart, sharing: b.snapshot.history, label: marks.0)
    LossChartWidget.draw(b, into: &screen, frame: layout.chart, sharing: a.snapshot.history, label: marks.1)
    DiagnosisLine.draw(state, into: &screen, area: layout.diagnosis)
    StatusLine.draw(state, into: &screen, area: layout.status)
    if state.overlay != nil { OverlayPanel.draw(state, into: &screen) }
    if state.showHelp { HelpOverlay.draw(state, into: &screen) }
}
