import Foundation
import Playground

/// The learning-rate sweep as a plot, in the bottom panel: learning rate on a log axis (1e-4 … 10), loss on
/// a log axis, each finished run's best test loss (●) and final train loss (+), diverged runs as ✕ along the
/// top; the best run (◆) named under the plot. "Too small, just right, too large" at a glance.
enum SweepPanel {
    static func draw(_ state: AppState, into screen: inout Screen, frame: Rect) {
        guard let sweep = state.sweep else { return }
        screen.fill(x: frame.x, y: frame.y, width: frame.width, height: frame.height, with: .blank)
        let progress = sweep.isDone ? "\(sweep.rates.count) runs" : "\(sweep.runs.count) of \(sweep.rates.count) runs"
        let titles = [
            "learning-rate sweep · \(progress) × \(sweep.epochs) epochs · Enter takes the best · Esc closes",
            "learning-rate sweep · \(progress) × \(sweep.epochs) epochs · Enter: best · Esc",
            "learning-rate sweep · \(progress) × \(sweep.epochs) epochs",
            "η sweep · \(progress)",
        ]
        screen.box(
            x: frame.x, y: frame.y, width: frame.width, height: frame.height,
            title: titles.first { $0.count + 4 <= frame.width } ?? titles[3], style: Theme.heading)
        let area = frame.inner
        let labelWidth = 7
        guard area.width > labelWidth + 12, area.height >= 5 else { return }
        let plot = Rect(x: area.x + labelWidth, y: area.y, width: area.width - labelWidth, height: area.height - 2)
        let runs = sweep.ordered
        let losses = runs.filter { !$0.diverged }.flatMap { [$0.bestTestLoss, $0.finalTrainLoss] }.filter {
            $0.isFinite && $0 > 0
        }
        let (lowRate, highRate) = (sweep.rates.first ?? 1e-4, sweep.rates.last ?? 10)
        func column(_ rate: Double) -> Int {
            let t = (log(rate) - log(lowRate)) / Swift.max(log(highRate) - log(lowRate), 1e-12)
            return plot.x + Int((t * Double(plot.width - 1)).rounded())
        }
        // x ticks: the decades that fit
        var nextFree = plot.x
        for exponent in -8...2 {
            let rate = pow(10, Double(exponent))
            guard rate >= lowRate * 0.999, rate <= highRate * 1.001 else { continue }
            let label = BackpropStory.short(rate)
            let x = Swift.min(column(rate), plot.x + plot.width - label.count)
            guard x >= nextFree else { continue }
            screen.write(label, x: x, y: area.y + area.height - 2, style: Theme.dim)
            nextFree = x + label.count + 1
        }
        screen.write("η →", x: area.x, y: area.y + area.height - 2, style: Theme.dim)
        if let lo = losses.min(), let hi = losses.max() {
            let (a, b) = (log(lo), log(Swift.max(hi, lo * 1.0001)))
            func row(_ loss: Double) -> Int {
                let t = (log(loss) - a) / (b - a)
                return plot.y + 1 + Int(((1 - t) * Double(plot.height - 2)).rounded())
            }
            screen.write(
                NumberFormat.significant(hi, digits: 2), x: area.x, y: plot.y + 1, style: Theme.dim,
                limit: labelWidth - 1)
            screen.write(
                NumberFormat.significant(lo, digits: 2), x: area.x, y: plot.y + plot.height - 1, style: Theme.dim,
                limit: labelWidth - 1)
            let best = sweep.best
            for run in runs where !run.diverged {
                let x = column(run.learningRate)
                if run.finalTrainLoss.isFinite, run.finalTrainLoss > 0 {
                    screen[x, row(run.finalTrainLoss)] = Cell("+", Theme.trainSeries)
                }
                if run.bestTestLoss.isFinite, run.bestTestLoss > 0 {
                    screen[x, row(run.bestTestLoss)] =
                        run == best ? Cell("◆", Theme.markerBold) : Cell("●", Theme.testSeries)
                }
            }
        }
        screen.write("loss", x: area.x, y: plot.y, style: Theme.dim)
        for run in runs where run.diverged { screen[column(run.learningRate), plot.y] = Cell("✕", Theme.warning) }
        for (index, rate) in sweep.rates.enumerated() where sweep.runs[index] == nil {
            screen[column(rate), plot.y + plot.height - 1] = Cell("·", Theme.dim)  // still running
        }
        let lead =
            sweep.best.map {
                "◆ best η = \(BackpropStory.short($0.learningRate)) (test \(NumberFormat.significant($0.bestTestLoss, digits: 3)))  "
            } ?? ""
        let legends = ["● best test  + final train  ✕ diverged", "● test  + train  ✕ diverged"]
        let caption = lead + (legends.first { lead.count + $0.count <= area.width } ?? legends[1])
        screen.write(caption, x: area.x, y: area.y + area.height - 1, style: Theme.dim, limit: area.width)
    }
}
