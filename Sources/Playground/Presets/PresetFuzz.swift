import Dispatch
import Foundation

/// What a run of mutants through the preset reader found: how many loaded, how many were refused, and the
/// refusals that break the project's rule (every refusal names the file; one about a key gives its line)
/// or that took too long.
public struct PresetFuzzReport: Sendable {
    public var loaded = 0
    public var refused = 0
    /// Refusals without the file name, about a key but without a line, or showing a Swift type or a C
    /// function, with their edits.
    public var badMessages: [String] = []
    /// Mutants that took longer than `slowSeconds` to read.
    public var slow: [String] = []
    public var slowestSeconds = 0.0
    /// Refusals without a line, counted by the start of their message (whole-file problems, e.g. "is empty").
    public var withoutLine: [String: Int] = [:]

    public static let slowSeconds = 1.0

    public init() {}

    /// Reads `count` mutants of `sources` made from `seed`.
    public static func run(sources: [[UInt8]], count: Int, seed: UInt64) -> PresetFuzzReport {
        var mutator = PresetMutator(sources: sources, seed: seed)
        var report = PresetFuzzReport()
        for index in 0..<count {
            let (bytes, edits) = mutator.next()
            let start = DispatchTime.now().uptimeNanoseconds
            let outcome = Result { () throws(PresetError) -> Preset in
                try PresetParser.parse(
                    try PresetParser.text(of: Data(bytes), file: "fuzz.yaml"), name: "fuzz", file: "fuzz.yaml")
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            report.slowestSeconds = Swift.max(report.slowestSeconds, seconds)
            let label = "mutant \(index) (\(edits.map(\.rawValue).joined(separator: ", ")))"
            if seconds > slowSeconds { report.slow.append("\(label): \(seconds) s") }
            switch outcome {
            case .success: report.loaded += 1
            case .failure(let error):
                report.refused += 1
                if error.line == nil { report.withoutLine[String(error.message.prefix(40)), default: 0] += 1 }
                if !error.description.hasPrefix("fuzz.yaml") || (error.key != nil && error.line == nil)
                    || FileFuzzReport.dumpMarkers.contains(where: error.description.contains)
                {
                    report.badMessages.append("\(label): \(error.description.prefix(200))")
                }
            }
        }
        return report
    }
}
