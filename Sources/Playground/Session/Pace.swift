/// How fast the trainer runs epochs while playing.
public enum Pace: Int, CaseIterable, Sendable, Codable {
    case one = 1, five = 5, twenty = 20, hundred = 100, thousand = 1000
    /// As fast as the engine allows.
    case max = 0
    /// Slow at first, so the first epochs can be watched and talked over, then faster and faster:
    /// 4 + 0.6 × epoch epochs per second up to 500 (about 15 epochs after 2 s, 130 after 5 s, 1,800 after
    /// 10 s, 6,800 after 20 s), so a long lesson still reaches thousands of epochs while its chart stays readable.
    case auto = -1

    /// Epochs per second at `epoch`, or `nil` for as fast as possible.
    public func epochsPerSecond(atEpoch epoch: Int) -> Double? {
        switch self {
        case .max: return nil
        case .auto: return Swift.min(4 + 0.6 * Double(epoch), 500)
        default: return Double(rawValue)
        }
    }

    public var label: String {
        switch self {
        case .max: return "max"
        case .auto: return "auto"
        default: return "\(rawValue)/s"
        }
    }
}
