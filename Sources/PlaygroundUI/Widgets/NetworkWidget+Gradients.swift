import Playground

/// The network panel's ∇ row: each layer's weight-gradient norm, averaged over recent epochs.
extension NetworkWidget {
    /// The ∇ row: each layer's gradient norm, under its column where the network is drawn. The first and the
    /// last are what the vanishing-gradients diagnosis compares, so they are always shown: when every layer's
    /// number does not fit, they get one digit, then the middle layers give way to "…".
    static func drawNorms(
        _ state: AppState, columns: [NetworkLayout.Column]?, area: Rect, into screen: inout Screen
    ) {
        let y = area.y + area.height - 1
        screen.write("∇", x: area.x, y: y, style: Theme.dim)
        let (texts, gap) = normRow(state.snapshot.gradientNorms, width: area.width - 2)
        var x = area.x + 2
        let aligned = texts.count == state.snapshot.gradientNorms.count ? columns : nil
        for (layer, text) in texts.enumerated() {
            let earliest = x
            if let aligned, layer + 1 < aligned.count { x = Swift.max(x, aligned[layer + 1].x) }
            // Under its layer if it can, but never so far right that this or a later number is cut.
            let rest = texts[layer...].map(\.count).reduce(0, +) + gap * (texts.count - 1 - layer)
            x = Swift.max(earliest, Swift.min(x, area.x + area.width - rest))
            x += screen.write(text, x: x, y: y, style: Theme.dim, limit: area.x + area.width - x) + gap
        }
    }

    /// The ∇ row's numbers for `width` columns (two spaces apart): all with two digits, else all with one,
    /// else the first, "…" and as many of the last as fit.
    static func normTexts(_ norms: [Float], width: Int) -> [String] { normRow(norms, width: width).texts }

    /// The ∇ row's numbers and the spaces between them: every layer's with two digits, else with one; else
    /// every layer's packed (one space apart, ".01" for "0.01"), so the row still covers every layer; else the
    /// first, "…" and as many of the last as fit.
    static func normRow(_ norms: [Float], width: Int) -> (texts: [String], gap: Int) {
        func fits(_ texts: [String], gap: Int = 2) -> Bool {
            texts.map(\.count).reduce(0, +) + gap * Swift.max(texts.count - 1, 0) <= width
        }
        let full = norms.map(normText)
        if fits(full) { return (full, 2) }
        let short = norms.map { NumberFormat.significant(Double($0), digits: 1) }
        if fits(short) || short.count < 3 { return (short, 2) }
        let packed = short.map { $0.hasPrefix("0.") ? String($0.dropFirst()) : $0 }
        if fits(packed, gap: 1) { return (packed, 1) }
        var kept = 1
        while kept + 1 < short.count - 1, fits([short[0], "…"] + short.suffix(kept + 1)) { kept += 1 }
        return ([short[0], "…"] + short.suffix(kept), 2)
    }
}
