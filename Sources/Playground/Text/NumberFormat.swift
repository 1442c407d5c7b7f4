import Foundation

/// Numbers as people read them.
public enum NumberFormat {
    /// As people write settings: 0.03, 1e-05, 3 (presets and the UI's controls).
    public static func compact(_ value: Double) -> String {
        if value == 0 { return "0" }
        let text = "\(value)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// `value` with `digits` significant digits (1 … 17), fixed-point from 0.001 to below 10⁵ and scientific
    /// (`1.01e17`, `3.2e-5`) only outside: 0.1436, 0.01230, 12.35, 2.500; "—" for NaN or ±∞.
    public static func significant(_ value: Double, digits: Int = 4) -> String {
        guard value.isFinite else { return "—" }
        let digits = Swift.min(Swift.max(digits, 1), 17)
        if value == 0 { return "0" }
        let magnitude = Swift.abs(value)
        if magnitude < 0.001 || magnitude >= 100_000 {
            var text = String(format: "%.\(digits - 1)e", value)
            // 1.010e+17 → 1.01e+17: trailing zeros of the mantissa say nothing.
            if let e = text.firstIndex(of: "e"), text[..<e].contains(".") {
                var mantissa = String(text[..<e])
                while mantissa.hasSuffix("0") { mantissa.removeLast() }
                if mantissa.hasSuffix(".") { mantissa.removeLast() }
                text = mantissa + text[e...]
            }
            // e+17 → e17, e-04 → e-4.
            if let e = text.firstIndex(of: "e") {
                var exponent = String(text[text.index(after: e)...])
                let negative = exponent.hasPrefix("-")
                exponent = String(exponent.drop { $0 == "+" || $0 == "-" || $0 == "0" })
                text = String(text[...e]) + (negative ? "-" : "") + (exponent.isEmpty ? "0" : exponent)
            }
            return text
        }
        let decimals =
            magnitude >= 1
            ? Swift.max(0, digits - (Int(floor(log10(magnitude))) + 1)) : digits + leadingZeros(magnitude)
        return String(format: "%.\(decimals)f", value)
    }

    /// Zeros after the decimal point before the first significant digit of a value below 1 (0.0123 → 1).
    private static func leadingZeros(_ magnitude: Double) -> Int {
        var zeros = 0, v = magnitude
        while v < 0.1 { v *= 10; zeros += 1 }
        return zeros
    }
}
