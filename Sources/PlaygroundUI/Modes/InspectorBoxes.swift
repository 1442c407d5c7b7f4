import NeuralEngine
import Playground

/// The inspector's neurons: instead of its thumbnail, each unit shows this example's numbers — z and a,
/// and δ once the backward pass has reached its layer — on a background of the value the step is about
/// (a forward, δ backward, scaled to the layer's largest), or one number when the box is small. Inputs
/// show the feature's value.
enum InspectorBoxes {
    static func draw(
        _ trace: BackpropTrace, column: Int, neuron: Int, step: Int, x: Int, y: Int, width: Int, height: Int,
        mode: ColorMode, into screen: inout Screen
    ) {
        let count = trace.layers.count
        var lines: [String] = [], shade: Float = 0
        if column == 0 {
            let value = trace.input[safe: neuron] ?? 0
            lines = [fit(value, width: width)]
            shade = value / Swift.max(trace.input.map { Swift.abs($0) }.max() ?? 1, 1e-6)
        } else {
            let layer = trace.layers[column - 1]
            let known = InspectorState.deltaKnown(layer: column - 1, step: step, layerCount: count)
            let (z, a) = (layer.z[safe: neuron] ?? 0, layer.a[safe: neuron] ?? 0)
            // Each number fits its box whole (a shorter one rather than a cut exponent: δ+5e-6, not δ+5.2e).
            lines = ["z" + fit(z, width: width - 1), "a" + fit(a, width: width - 1)]
            if known {
                let delta = layer.delta[safe: neuron] ?? 0
                lines.append("δ" + fit(delta, width: width - 1))
                shade = delta / Swift.max(layer.delta.map { Swift.abs($0) }.max() ?? 1, 1e-12)
            } else {
                shade = Swift.max(-1, Swift.min(1, a))
            }
            if width < 6 || height < lines.count {  // the step's number alone, as precise as the box allows
                lines = [fit(known ? layer.delta[safe: neuron] ?? 0 : a, width: width)]
            }
        }
        let background = Palette.color(for: shade)
        let text: Style
        switch mode {
        case .full:
            let ink: Palette.RGB =
                Palette.luminance(background) > 0.35 ? Palette.RGB(20, 20, 20) : Palette.RGB(250, 250, 250)
            text = Style(foreground: .rgb(ink), background: .rgb(background))
        case .eight: text = Style(foreground: .rgb(shade < 0 ? Palette.negative : Palette.positive), bold: true)
        case .monochrome: text = .plain
        }
        for row in 0..<height {
            for offset in 0..<width { screen[x + offset, y + row] = Cell(" ", text) }
        }
        let top = y + Swift.max(0, (height - lines.count) / 2)
        for (index, line) in lines.prefix(height).enumerated() {
            screen.write(line, x: x, y: top + index, style: text, limit: width)
        }
    }

    /// `value` in at most `width` characters: two significant digits, else one, "0." shortened to "."
    /// (+.71, -2e-4); a bare sign when nothing fits.
    static func fit(_ value: Float, width: Int) -> String {
        guard value.isFinite else { return "—" }
        for digits in [2, 1] {
            var text = NumberFormat.significant(Double(Swift.abs(value)), digits: digits)
            if text.hasPrefix("0.") && width < 6 { text.removeFirst() }
            text = (value >= 0 ? "+" : "-") + text
            if text.count <= width { return text }
        }
        return value >= 0 ? "+" : "-"
    }
}
