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
    if layout.projector {
        renderProjector(state, layout: layout, into: &screen)
        return screen
    }
    HeaderWidget.draw(state, into: &screen, area: layout.header)
    ControlsWidget.draw(state, into: &screen, frame: layout.controls)
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
    if state.showNotes, state.inspector == nil, state.sweep == nil { NotesPanel.draw(state, into: &screen, over: layout.network, atTop: state.showStep) }
    if state.overlay != nil { OverlayPanel.draw(state, into: &screen) }
    if state.showHelp { HelpOverlay.draw(into: &screen) }
    return screen
}

/// The projector view: a big header, the picture and the loss chart (and the step panel) filling the screen,
/// the diagnosis and the keys below; no controls, no network, no notes.
private func renderProjector(_ state: AppState, layout: Layout, into screen: inout Screen) {
    ProjectorHeader.draw(state, into: &screen, area: layout.header)
    HeatmapWidget.draw(state, into: &screen, frame: layout.heatmapFrame, axis: layout.heatmapAxis)
    LossChartWidget.draw(state, into: &screen, frame: layout.chartFrame(showingStep: state.showStep))
    if state.showStep { StepPanel.draw(state, into: &screen, frame: layout.step) }
    DiagnosisLine.draw(state, into: &screen, area: layout.diagnosis)
    StatusLine.draw(state, into: &screen, area: layout.status)
    if state.overlay != nil { OverlayPanel.draw(state, into: &screen) }
    if state.showHelp { HelpOverlay.draw(into: &screen) }
}
