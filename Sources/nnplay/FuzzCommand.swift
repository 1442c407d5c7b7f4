import ArgumentParser
import Foundation
import Playground

/// `nnplay fuzz`: thousands of mutated presets through the reader, with a summary of what broke the rules.
struct FuzzCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fuzz",
        abstract: "Mutate the shipped presets and read each mutant: every refusal must name the file (and its line).",
        discussion: """
            Edits: byte flips, deleted and duplicated lines, swapped values, huge/negative/NaN/inf numbers, wrong \
            types, deep nesting, anchors and aliases, long strings, invalid UTF-8, tabs. A crash ends the run \
            (the seed reproduces it); mutants slower than 1 s and messages without file or line are listed. \
            Exit 1 when anything is listed.
            """)

    @Option(help: "Mutants to read.") var count = 10_000
    @Option(help: "Seed of the mutations (same seed, same mutants).") var seed: UInt64 = 2026
    @Option(help: "The presets folder (default: $NNPLAY_PRESETS, else Presets/ of the package, else ./Presets).")
    var presetsDir: String?

    func run() throws {
        let library = PresetLibrary.forCommandLine(presetsDir: presetsDir)
        let sources = library.names.compactMap { FileManager.default.contents(atPath: library.path(for: $0)).map { [UInt8]($0) } }
        guard !sources.isEmpty else { throw ValidationError("no presets in \(library.directory) to mutate") }
        let report = PresetFuzzReport.run(sources: sources, count: count, seed: seed)
        print("\(count) mutants of \(sources.count) presets (seed \(seed)): \(report.loaded) loaded, \(report.refused) refused, "
            + "slowest \(String(format: "%.3f", report.slowestSeconds)) s")
        print("refusals without file or line: \(report.badMessages.count)")
        report.badMessages.prefix(20).forEach { print("  " + $0) }
        print("refusals of the whole file (no line):")
        for (kind, n) in report.withoutLine.sorted(by: { $0.value > $1.value }).prefix(10) { print("  \(n)× \(kind)…") }
        print("slower than \(PresetFuzzReport.slowSeconds) s: \(report.slow.count)")
        report.slow.prefix(20).forEach { print("  " + $0) }
        if !report.badMessages.isEmpty || !report.slow.isEmpty { throw ExitCode.failure }
    }
}
