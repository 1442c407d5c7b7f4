import Playground

/// The projector view's header: the title line, then the epoch, the losses and the test accuracy in big
/// digits (`BigText`), each named underneath, in the colours of their curves — as many as fit, most
/// important first (epoch, test loss, train loss, accuracy).
enum ProjectorHeader {
    /// Rows: the title line, three rows of big digits, the names under them.
    static let height = 1 + BigText.height + 1

    struct Figure: Equatable {
        var name: String, value: String, style: Style
    }

    static func figures(_ snapshot: Snapshot) -> [Figure] {
        let epoch = snapshot.divergedAt ?? snapshot.travelledEpoch ?? snapshot.epoch
        var figures = [Figure(name: "epoch", value: String(epoch), style: Theme.title)]
        guard let latest = snapshot.shown else { return figures }
        func loss(_ value: Double) -> String { value.isFinite ? NumberFormat.significant(value, digits: 3) : "-" }
        figures.append(Figure(name: "test loss", value: loss(latest.testLoss), style: Theme.testSeries))
        figures.append(Figure(name: "train loss", value: loss(latest.trainLoss), style: Theme.trainSeries))
        if let accuracy = latest.testAccuracy {
            figures.append(
                Figure(name: "test accuracy", value: "\(Int((accuracy * 100).rounded()))%", style: Theme.title))
        }
        return figures
    }

    static func draw(_ state: AppState, into screen: inout Screen, area: Rect) {
        HeaderWidget.drawTitle(
            state, into: &screen, area: Rect(x: area.x, y: area.y, width: area.width, height: 1), bigFigures: true)
        let gap = 5
        var chosen: [Figure] = [], used = 1
        for figure in figures(state.snapshot) {
            let width = Swift.max(BigText.width(figure.value), figure.name.count)
            guard used + width <= area.width else { break }
            chosen.append(figure)
            used += width + gap
        }
        // In the order they matter, left to right: epoch, test loss, train loss, accuracy.
        var x = area.x + 1
        for figure in chosen {
            BigText.draw(figure.value, x: x, y: area.y + 1, style: figure.style, into: &screen)
            screen.write(figure.name, x: x, y: area.y + 1 + BigText.height, style: Theme.dim)
            x += Swift.max(BigText.width(figure.value), figure.name.count) + gap
        }
    }
}
