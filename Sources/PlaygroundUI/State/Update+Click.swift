import Foundation
import Playground

/// A click focuses a control, adds a point in the heatmap, shows a neuron, or toggles an input feature.
func click(_ state: inout AppState, x: Int, y: Int, secondary: Bool) -> [Effect] {
    let layout = state.layout
    guard layout.fits else { return [] }
    if state.seeds != nil { return seedsClick(&state, x: x, y: y) }
    if layout.controls.contains(x: x, y: y) {
        guard !state.notesVisible else { return [] }  // the notes have the column
        if let index = ControlsWidget.controlIndex(atRow: y, in: state) { state.focus = index }
        return []
    }
    if layout.heatmap.contains(x: x, y: y) {
        let area = layout.heatmap
        let width = Float(area.width), height = Float(area.height)
        let x1 = DecisionGrid.domain.lowerBound + 12 * (Float(x - area.x) + 0.5) / width
        let x2 = DecisionGrid.domain.upperBound - 12 * (Float(y - area.y) + 0.5) / height
        if state.inspector != nil { return inspectorClick(&state, x1: x1, x2: x2) }
        let classes = state.snapshot.classCount
        let label: Float = classes == 0 ? (secondary ? -1 : 1) : (secondary ? 0 : 1)
        let what = classes == 0 ? "value \(label)" : "class \(Int(label))"
        state.message = "added a point of \(what) at (\(x1.rounded1), \(x2.rounded1))"
        return [.trainer(.addPoint(DataPoint(x: x1, y: x2, label: label)))]
    }
    guard let hit = NetworkWidget.hit(x: x, y: y, in: state) else { return [] }
    switch hit {
    case .neuron(let layer, let index):
        state.heatmapSource = .neuron(layer: layer, index: index)
        return [.trainer(.setGrids(state.gridRequest))]
    case .feature(let feature): return toggle(feature, &state)
    }
}

extension Float {
    var rounded1: String {
        let tenths = (self * 10).rounded() / 10
        return "\(tenths)"
    }
}

/// A ctrl+click on the heatmap removes the data point drawn in that cell (train or test, whichever is
/// shown there), keeping the weights; elsewhere it does nothing.
func removeClick(_ state: inout AppState, x: Int, y: Int) -> [Effect] {
    let area = state.layout.heatmap
    guard state.layout.fits, area.contains(x: x, y: y) else { return [] }
    let column = x - area.x, row = y - area.y
    let shown = state.snapshot.train + (state.showTestPoints ? state.snapshot.test : [])
    let under = shown.filter {
        let cell = DecisionGrid.cell(x1: $0.x, x2: $0.y, width: area.width, height: area.height)
        return cell.column == column && cell.row == row
    }
    guard let point = under.last else {
        state.message = "no point there to remove (ctrl+click a point)"
        return []
    }
    state.message = "removed the point at (\(point.x.rounded1), \(point.y.rounded1))"
    return [.trainer(.removePoint(point))]
}
