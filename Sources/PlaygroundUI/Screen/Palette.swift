import Foundation

/// The colours of the playground: Playground's ramp for two classes and regression, one hue per class for
/// more, and their nearest xterm-256 colours. The UI's (the headless picture is drawn by the UI's widgets).
public enum Palette {
    public struct RGB: Sendable, Hashable {
        public var r: UInt8, g: UInt8, b: UInt8
        public init(_ r: UInt8, _ g: UInt8, _ b: UInt8) { self.r = r; self.g = g; self.b = b }
    }

    /// Playground's ramp ends and middle: orange (−1, class 0), near-white (0), blue (+1, class 1).
    public static let negative = RGB(0xF5, 0x93, 0x22)
    public static let neutral = RGB(0xE8, 0xEA, 0xEB)
    public static let positive = RGB(0x08, 0x77, 0xBD)

    /// Hues for up to 8 classes (orange and blue first, as with two classes).
    public static let classHues: [RGB] = [
        negative, positive, RGB(0x2C, 0xA0, 0x2C), RGB(0x94, 0x67, 0xBD),
        RGB(0xD6, 0x27, 0x28), RGB(0x17, 0xBE, 0xCF), RGB(0x8C, 0x56, 0x4B), RGB(0xBC, 0xBD, 0x22),
    ]

    /// Shades per side of the ramp: a value is rounded to one of these steps before it gets a colour.
    public static let shadesPerSide = 16

    /// The colour of a value in −1 ... 1 (clamped; NaN counts as 0), quantised to `shadesPerSide` steps.
    public static func color(for value: Float) -> RGB {
        let v = value.isNaN ? 0 : Swift.min(Swift.max(value, -1), 1)
        let step = (Swift.abs(v) * Float(shadesPerSide)).rounded() / Float(shadesPerSide)
        return mix(neutral, v < 0 ? negative : positive, step)
    }

    /// The colour of class `index` at `confidence` in 0 ... 1 (0 is the neutral background).
    public static func color(forClass index: Int, confidence: Float) -> RGB {
        let c = (Swift.min(Swift.max(confidence, 0), 1) * Float(shadesPerSide)).rounded() / Float(shadesPerSide)
        return mix(neutral, classHues[index % classHues.count], c)
    }

    /// A point stands out from the heatmap under it when their contrast ratio (WCAG, 1 ... 21) is at least
    /// this, or when their hues differ (`pointHueDistance`) and the contrast is at least `pointHueContrast`.
    public static let pointContrast: Float = 3
    public static let pointHueContrast: Float = 1.8
    /// Distance in RGB (0 ... 441) that counts as a different hue: orange against blue, not pale against deep orange.
    public static let pointHueDistance: Float = 150

    /// Whether a point of colour `point` stands out on `background` (see `pointContrast`).
    public static func standsOut(_ point: RGB, on background: RGB) -> Bool {
        let c = contrast(point, background)
        return c >= pointContrast || (c >= pointHueContrast && distance(point, background) >= pointHueDistance)
    }

    /// The colour of a point of colour `hue` drawn on `background`: the hue itself when it stands out (on a
    /// region of another class, or on white), else a shade of it that does — pale for a dark hue (blue), deep
    /// for a light one (orange), the other way only where that fails — so a class's points look alike on
    /// their own region and stay visible there.
    public static func pointColor(_ hue: RGB, on background: RGB) -> RGB {
        if standsOut(hue, on: background) { return hue }
        // Deep at half strength stays brown (not olive) in the xterm-256 cube; the darker one is for mid-tones.
        let pale = mix(hue, RGB(255, 255, 255), 0.8), deep = mix(hue, RGB(0, 0, 0), 0.5),
            deeper = mix(hue, RGB(0, 0, 0), 0.7)
        let shades = luminance(hue) < 0.3 ? [pale, deep, deeper] : [deep, deeper, pale]
        return shades.first { standsOut($0, on: background) }
            ?? shades.max { contrast($0, background) < contrast($1, background) }!
    }

    /// Euclidean distance of two colours in RGB, 0 ... 441.
    public static func distance(_ a: RGB, _ b: RGB) -> Float {
        let dr = Float(a.r) - Float(b.r), dg = Float(a.g) - Float(b.g), db = Float(a.b) - Float(b.b)
        return (dr * dr + dg * dg + db * db).squareRoot()
    }

    /// WCAG relative luminance of a colour, 0 (black) ... 1 (white).
    public static func luminance(_ c: RGB) -> Float {
        func linear(_ x: UInt8) -> Float {
            let v = Float(x) / 255
            return v <= 0.03928 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b)
    }

    /// WCAG contrast ratio of two colours, 1 (the same) ... 21 (black on white).
    public static func contrast(_ a: RGB, _ b: RGB) -> Float {
        let (la, lb) = (luminance(a), luminance(b))
        return (Swift.max(la, lb) + 0.05) / (Swift.min(la, lb) + 0.05)
    }

    /// Linear interpolation from `a` (t = 0) to `b` (t = 1).
    public static func mix(_ a: RGB, _ b: RGB, _ t: Float) -> RGB {
        func channel(_ x: UInt8, _ y: UInt8) -> UInt8 { UInt8((Float(x) + (Float(y) - Float(x)) * t).rounded()) }
        return RGB(channel(a.r, b.r), channel(a.g, b.g), channel(a.b, b.b))
    }

    /// The ramp for terminals without colour, from −1 (class 0) to +1 (class 1).
    public static let asciiRamp = Array(" .:-=+*#%@")

    /// The character of `value` in −1 ... 1 (clamped; NaN counts as 0) on `asciiRamp`.
    public static func asciiGlyph(for value: Float) -> Character {
        let v = value.isNaN ? 0 : Swift.min(Swift.max(value, -1), 1)
        return asciiRamp[Int(((v + 1) / 2 * Float(asciiRamp.count - 1)).rounded())]
    }

    /// The nearest colour of the xterm-256 palette (its 6×6×6 cube or its 24 greys).
    public static func xterm256(_ c: RGB) -> UInt8 {
        let levels: [Int] = [0, 95, 135, 175, 215, 255]
        func nearestLevel(_ x: UInt8) -> Int {
            levels.indices.min { abs(levels[$0] - Int(x)) < abs(levels[$1] - Int(x)) }!
        }
        let (ri, gi, bi) = (nearestLevel(c.r), nearestLevel(c.g), nearestLevel(c.b))
        let cube = (levels[ri], levels[gi], levels[bi])
        let average = (Int(c.r) + Int(c.g) + Int(c.b)) / 3
        let greyIndex = Swift.min(23, Swift.max(0, (average - 8 + 5) / 10))
        let grey = 8 + greyIndex * 10
        func distance(_ x: (Int, Int, Int)) -> Int {
            let dr = x.0 - Int(c.r), dg = x.1 - Int(c.g), db = x.2 - Int(c.b)
            return dr * dr + dg * dg + db * db
        }
        return distance((grey, grey, grey)) < distance(cube)
            ? UInt8(232 + greyIndex) : UInt8(16 + 36 * ri + 6 * gi + bi)
    }
}
