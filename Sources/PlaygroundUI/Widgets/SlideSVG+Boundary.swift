import Playground

/// The slide's picture: the decision boundary in a square fitted to the points, with the points and the key.
extension SlideSVG {
    /// The half-width of the square the slide shows: the points' farthest coordinate with a margin, rounded up
    /// to 1, 1.5, 2, 3, 4, 5 or 6 (a small `--data` set fills the picture instead of its centre).
    public static func viewExtent(_ snapshot: Snapshot) -> Float { viewExtent(snapshot.train + snapshot.test) }

    public static func viewExtent(_ points: [DataPoint]) -> Float {
        let far = points.map { Swift.max(Swift.abs($0.x), Swift.abs($0.y)) }.max() ?? 6
        return ([1, 1.5, 2, 3, 4, 5] as [Float]).first { far * 1.08 <= $0 } ?? 6
    }

    static func boundary(_ snapshot: Snapshot, into svg: inout Builder, x: Double, y: Double, side: Double) {
        let grid = snapshot.decision
        let extent = Double(viewExtent(snapshot))
        svg.open(##"<g id="boundary" shape-rendering="crispEdges">"##)
        svg.add(
            ##"<clipPath id="view"><rect x="\##(f(x))" y="\##(f(y))" width="\##(f(side))" height="\##(f(side))"/></clipPath>"##
        )
        svg.open(##"<g clip-path="url(#view)">"##)
        if grid.width > 0, grid.height > 0, snapshot.divergedAt == nil {
            let pixels = Pixels(
                grid: grid, width: grid.width, height: grid.height, classCount: snapshot.classCount, discretize: false)
            // The grid covers ±6; only its cells inside ±extent are drawn, scaled to the square.
            let (cw, ch) = (side * 6 / extent / Double(grid.width), side * 6 / extent / Double(grid.height))
            let (originX, originY) = (x + side / 2 - 6 / extent * side / 2, y + side / 2 - 6 / extent * side / 2)
            func inside(_ value: Int, _ count: Int) -> Bool {
                let centre = (Double(value) + 0.5) / Double(count) * 12 - 6
                return Swift.abs(centre) <= extent + 6 / Double(count)
            }
            for row in 0..<grid.height where inside(row, grid.height) {
                var column = 0
                while column < grid.width {  // runs of one colour as one rectangle
                    guard inside(column, grid.width) else {
                        column += 1
                        continue
                    }
                    let color = pixels.color(column: column, pixelRow: row)
                    var end = column + 1
                    while end < grid.width, inside(end, grid.width), pixels.color(column: end, pixelRow: row) == color {
                        end += 1
                    }
                    svg.add(
                        ##"<rect x="\##(f(originX + Double(column) * cw))" y="\##(f(originY + Double(row) * ch))" width="\##(f(Double(end - column) * cw + 0.3))" height="\##(f(ch + 0.3))" fill="\##(hex(color))"/>"##
                    )
                    column = end
                }
            }
        } else {
            svg.add(
                ##"<rect x="\##(f(x))" y="\##(f(y))" width="\##(f(side))" height="\##(f(side))" fill="\##(hex(Palette.neutral))"/>"##
            )
            if let epoch = snapshot.divergedAt {
                svg.add(
                    ##"<text x="\##(f(x + side / 2))" y="\##(f(y + side / 2))" font-size="28" text-anchor="middle" fill="#a02828">diverged at epoch \##(epoch)</text>"##
                )
            }
        }
        svg.close("</g>")
        func place(_ p: DataPoint) -> (Double, Double) {
            (x + (Double(p.x) + extent) / (2 * extent) * side, y + (extent - Double(p.y)) / (2 * extent) * side)
        }
        for (points, test) in [(snapshot.test, true), (snapshot.train, false)] {  // training points on top
            for point in points {
                let (px, py) = place(point)
                let label = snapshot.classCount == 0 ? (point.label >= 0 ? 1 : 0) : Int(point.label)
                let hue =
                    snapshot.classCount == 0
                    ? Palette.color(for: point.label) : Palette.classHues[label % Palette.classHues.count]
                // A training point is a disc of its class's colour ringed in white and then near-black, so it
                // stands out on any region, its own colour too; a test point is a small dark ring around a dot
                // of its class's colour, lighter, under the training points.
                svg.add(
                    test
                        ? ##"<g class="test"><circle cx="\##(f(px))" cy="\##(f(py))" r="3.8" fill="#ffffff" fill-opacity="0.55" stroke="#1a1a1a" stroke-width="0.9"/><circle cx="\##(f(px))" cy="\##(f(py))" r="2" fill="\##(hex(hue))"/></g>"##
                        : ##"<g class="train"><circle cx="\##(f(px))" cy="\##(f(py))" r="6.6" fill="#1a1a1a"/><circle cx="\##(f(px))" cy="\##(f(py))" r="5.2" fill="\##(hex(hue))" stroke="#ffffff" stroke-width="1.6"/></g>"##
                )
            }
        }
        svg.add(
            ##"<rect x="\##(f(x))" y="\##(f(y))" width="\##(f(side))" height="\##(f(side))" fill="none" stroke="#888888"/>"##
        )
        for tick in [-extent, 0, extent] {
            let tx = x + (tick + extent) / (2 * extent) * side, ty = y + (extent - tick) / (2 * extent) * side
            let label = BackpropStory.short(tick)
            svg.add(
                ##"<text x="\##(f(tx))" y="\##(f(y + side + 18))" font-size="14" text-anchor="middle" fill="#666666">\##(label)</text>"##
            )
            svg.add(
                ##"<text x="\##(f(x - 6))" y="\##(f(ty + 5))" font-size="14" text-anchor="end" fill="#666666">\##(label)</text>"##
            )
        }
        svg.close("</g>")
    }

    /// The key to the points, right-aligned on the heading's line: each class's colour, then train (filled)
    /// and test (ring).
    static func legend(_ snapshot: Snapshot, into svg: inout Builder, right: Double, y: Double) {
        let classes: [(String, Palette.RGB)] =
            snapshot.classCount == 0
            ? [("positive", Palette.color(for: 1)), ("negative", Palette.color(for: -1))]
            : (0..<snapshot.classCount).map { ("class \($0)", Palette.classHues[$0 % Palette.classHues.count]) }
        var items: [(label: String, svg: (Double) -> String)] = classes.map { name, hue in
            (
                name,
                { cx in
                    ##"<circle cx="\##(f(cx))" cy="\##(f(y - 6))" r="6" fill="\##(hex(hue))" stroke="#1a1a1a" stroke-width="1.2"/>"##
                }
            )
        }
        items.append(
            (
                "train",
                { cx in
                    ##"<circle cx="\##(f(cx))" cy="\##(f(y - 6))" r="6.6" fill="#1a1a1a"/><circle cx="\##(f(cx))" cy="\##(f(y - 6))" r="5.2" fill="#888888" stroke="#ffffff" stroke-width="1.6"/>"##
                }
            ))
        items.append(
            (
                "test",
                { cx in
                    ##"<circle cx="\##(f(cx))" cy="\##(f(y - 6))" r="3.8" fill="#ffffff" fill-opacity="0.55" stroke="#1a1a1a" stroke-width="0.9"/><circle cx="\##(f(cx))" cy="\##(f(y - 6))" r="2" fill="#888888"/>"##
                }
            ))
        let widths = items.map { 22 + 9.5 * Double($0.label.count) + 18 }
        var x = right - widths.reduce(0, +)
        svg.open(##"<g id="legend" font-size="16" fill="#333333">"##)
        for (item, itemWidth) in zip(items, widths) {
            svg.add(item.svg(x + 6))
            svg.add(##"<text x="\##(f(x + 18))" y="\##(f(y))">\##(escape(item.label))</text>"##)
            x += itemWidth
        }
        svg.close("</g>")
    }
}
