/// The values the controls panel steps through with ←/→: Playground's lists where it has them.
public enum SteppedValues {
    public static let learningRates: [Double] = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10]
    static let regularizationRates: [Double] = [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10]
    static let momentums: [Double] = [0, 0.5, 0.8, 0.9, 0.95, 0.99]
    static let dropouts: [Double] = [0, 0.1, 0.2, 0.3, 0.4, 0.5]
    static let noises: [Int] = Array(stride(from: 0, through: 50, by: 5))
    static let trainFractions: [Double] = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
    static let pointCounts: [Int] = [50, 100, 200, 300, 500, 1000, 2000]
    static let batchSizes: [Int] = Array(1...30)
    public static let neurons: [Int] = Array(1...8) + [10, 12, 16, 24, 32, 48, 64]
    /// The most hidden layers the panel adds (presets and the command line allow 16).
    public static let maxLayers = 6

    /// The value `delta` steps from `current` in `values` (from the nearest entry when `current` is not
    /// in the list), clamped to the ends.
    public static func step<T: Comparable & Numeric>(_ current: T, by delta: Int, in values: [T]) -> T {
        let nearest = values.indices.min { distance(values[$0], current) < distance(values[$1], current) } ?? 0
        let index = Swift.min(Swift.max(nearest + delta, 0), values.count - 1)
        return values[index]
    }

    private static func distance<T: Comparable & Numeric>(_ a: T, _ b: T) -> T { a > b ? a - b : b - a }

    /// The next case of an enum list, wrapping around.
    public static func cycle<T: Equatable>(_ current: T, by delta: Int, in values: [T]) -> T {
        guard let index = values.firstIndex(of: current), !values.isEmpty else { return values.first ?? current }
        let count = values.count
        return values[((index + delta) % count + count) % count]
    }
}
