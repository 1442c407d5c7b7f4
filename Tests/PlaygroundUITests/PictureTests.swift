import Testing
import Playground
@testable import PlaygroundUI

@Suite("The picture: points that stand out, axes and a colour scale")
struct PictureTests {
    /// Every point colour (each class hue, and regression values on the ramp) stands out in the shade chosen
    /// for it on every background the heatmap can draw (every shade of the ramp and of each class): a contrast
    /// of 3:1, or of 1.8:1 with a different hue.
    @Test func pointsStandOutOnEveryBackground() {
        var backgrounds: [Palette.RGB] = (-16...16).map { Palette.color(for: Float($0) / 16) }
        for index in 0..<8 {
            backgrounds += (0...16).map { Palette.color(forClass: index, confidence: Float($0) / 16) }
        }
        let hues = Palette.classHues + (-4...4).map { Palette.color(for: Float($0) / 4) }
        var weakest: Float = 21
        for hue in hues {
            for background in backgrounds {
                let point = Palette.pointColor(hue, on: background)
                #expect(Palette.standsOut(point, on: background), "\(point) on \(background) (hue \(hue))")
                weakest = Swift.min(weakest, Palette.contrast(point, background))
            }
        }
        #expect(weakest >= Palette.pointHueContrast, "weakest contrast \(weakest)")
    }

    /// A point keeps its own colour on another class's region and on white; on its own region's full
    /// strength, blue points turn pale and orange ones deep.
    @Test func aPointChangesShadeOnlyOnItsOwnRegion() {
        #expect(Palette.pointColor(Palette.negative, on: Palette.positive) == Palette.negative)
        #expect(Palette.pointColor(Palette.positive, on: Palette.negative) == Palette.positive)
        #expect(Palette.pointColor(Palette.positive, on: Palette.neutral) == Palette.positive)
        #expect(
            Palette.luminance(Palette.pointColor(Palette.positive, on: Palette.positive))
                > Palette.luminance(Palette.positive))
        #expect(
            Palette.luminance(Palette.pointColor(Palette.negative, on: Palette.negative))
                < Palette.luminance(Palette.negative))
    }

    @Test func pointCellsByMode() {
        let blue = DataPoint(x: 0, y: 0, label: 1), orange = DataPoint(x: 0, y: 0, label: 0)
        // Monochrome: the letter in reverse video, so an `o` on `@` still shows.
        #expect(
            HeatmapWidget.pointCell(blue, test: false, classCount: 2, mode: .monochrome, background: Palette.positive)
                == Cell("o", Style(bold: true, reverse: true)))
        #expect(
            HeatmapWidget.pointCell(orange, test: true, classCount: 2, mode: .monochrome, background: Palette.neutral)
                == Cell("X", Style(bold: true, reverse: true)))
        // 256 colours: train filled, test a ring, both on the heatmap's own colour.
        let train = HeatmapWidget.pointCell(blue, test: false, classCount: 2, mode: .full, background: Palette.positive)
        let test = HeatmapWidget.pointCell(blue, test: true, classCount: 2, mode: .full, background: Palette.positive)
        #expect(train.character == "●" && test.character == "○")
        #expect(train.style.background == .rgb(Palette.positive) && test.style.background == .rgb(Palette.positive))
        #expect(train.style.foreground == .rgb(Palette.pointColor(Palette.positive, on: Palette.positive)))
        // Regression: coloured by value on the heatmap's scale, not by sign.
        let small = HeatmapWidget.pointCell(
            DataPoint(x: 0, y: 0, label: 0.25), test: false, classCount: 0, mode: .full,
            background: Palette.positive)
        let large = HeatmapWidget.pointCell(
            DataPoint(x: 0, y: 0, label: 1), test: false, classCount: 0, mode: .full,
            background: Palette.positive)
        #expect(small.style.foreground == .rgb(Palette.pointColor(Palette.color(for: 0.25), on: Palette.positive)))
        #expect(small.style.foreground != large.style.foreground)
    }

    /// x1 ticks on the bottom border, x2 ticks in the columns to the left, the colour scale on the top border.
    @Test func heatmapHasTicksAndAColourScale() throws {
        var state = try makeState()
        state.snapshot.decision = DecisionGrid(width: 2, height: 2, values: [-1, 1, -1, 1])
        state.snapshot.train = []
        var screen = Screen(width: 30, height: 7)
        HeatmapWidget.draw(
            state, into: &screen, frame: Rect(x: 2, y: 0, width: 28, height: 7),
            axis: Rect(x: 0, y: 0, width: 2, height: 7))
        #expect(
            screen.lines == [
                "x2┌ output ─── -1.:-=+*#%@+1 ┐",
                " 6│             @@@@@@@@@@@@@│",
                "  │             @@@@@@@@@@@@@│",
                " 0│             @@@@@@@@@@@@@│",
                "  │             @@@@@@@@@@@@@│",
                "-6│             @@@@@@@@@@@@@│",
                "  └-6──────────0─────────x1 6┘",
            ])
    }

    @Test func moreThanTwoClassesGetASwatchEach() {
        let cells = HeatmapAxes.legend(classCount: 3, mode: .full)
        #expect(String(cells.map(\.character)) == "█0 █1 █2")
        #expect(cells[3].style.foreground == .rgb(Palette.classHues[1]))
    }
}
