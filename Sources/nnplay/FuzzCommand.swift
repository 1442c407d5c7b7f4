import ArgumentParser
import Foundation
import Playground

/// `nnplay fuzz`: thousands of mutated presets, model files or CSVs through their readers, with a summary of
/// what broke the rules.
struct FuzzCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fuzz",
        abstract:
            "Mutate presets, model files or CSVs and read each mutant: refusals must be sentences that name the file.",
        discussion: """
            presets: byte flips, deleted and duplicated lines, swapped values, huge/negative/NaN/inf numbers, \
            wrong types, deep nesting, anchors and aliases, long strings, invalid UTF-8, tabs; every refusal \
            must name the file (and its line). models: a saved model's JSON with keys removed, values replaced \
            by hostile ones (huge, negative, NaN as text, wrong types, null, deep nesting, long or control-\
            character strings), arrays cut or grown, bytes flipped; a model that loads is trained an epoch. \
            csvs: flipped bytes, CRLF and CR endings, a byte-order mark, hostile rows (huge, NaN, labels out \
            of range, wrong column counts, escape sequences), cut files, 24,000-row files. A crash ends the \
            run (the seed reproduces it); slow mutants, refusals without the file and messages showing a Swift \
            type are listed. Exit 1 when anything is listed.
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable { case presets, models, csvs }

    @Option(help: "What to mutate: presets, models or csvs.") var kind = Kind.presets
    @Option(help: "Mutants to read (1 … 1000000).") var count = 10_000
    @Option(help: "Seed of the mutations (same seed, same mutants).") var seed: UInt64 = 2026
    @Option(
        help: "A presets folder, searched first (then $NNPLAY_PRESETS, ~/.config/nnplay/presets, the built-in lessons)."
    )
    var presetsDir: String?

    func validate() throws {
        guard (1...1_000_000).contains(count) else {
            throw ValidationError("--count: must be 1…1000000 (got \(count))")
        }
    }

    func run() throws {
        switch kind {
        case .presets: try presets()
        case .models:
            try summarize(
                FileFuzzReport.models(
                    base: try modelSample(), count: count, seed: seed,
                    folder: FileManager.default.temporaryDirectory.path), what: "model files")
        case .csvs: try summarize(FileFuzzReport.csvs(base: Self.csvSample, count: count, seed: seed), what: "CSVs")
        }
    }

    /// Three classes of one's own points, as `--data` reads them.
    static let csvSample = "x1,x2,label\n# a comment\n1,1,0\n2,2,1\n-1,-1,2\n0,1,1\n-2,3,0\n3,-2,2\n"

    /// A small trained model on `csvSample`'s points, as `--save-model` writes it.
    private func modelSample() throws -> Data {
        var config = SessionConfig()
        (config.customData, config.hidden, config.loss) = (
            try CustomData.parse(Self.csvSample, source: "points.csv"), [3], .crossEntropy
        )
        let session = try TrainingSession(config: config)
        session.train(epochs: 3)
        let encoder = JSONEncoder()
        return try encoder.encode(SavedModel(network: session.network, config: config, preset: "sample", epoch: 3))
    }

    private func summarize(_ report: FileFuzzReport, what: String) throws {
        print(
            "\(count) mutated \(what) (seed \(seed)): \(report.loaded) loaded, \(report.refused) refused, "
                + "slowest \(String(format: "%.3f", report.slowestSeconds)) s")
        print("messages showing a Swift type or a C function: \(report.typeDumps.count)")
        report.typeDumps.prefix(20).forEach { print("  " + $0) }
        print("slower than \(PresetFuzzReport.slowSeconds) s: \(report.slow.count)")
        report.slow.prefix(20).forEach { print("  " + $0) }
        if !report.typeDumps.isEmpty || !report.slow.isEmpty { throw ExitCode.failure }
    }

    private func presets() throws {
        let library = PresetLibrary.forCommandLine(presetsDir: presetsDir)
        let sources = library.names.compactMap(library.source(of:))
        guard !sources.isEmpty else {
            throw ValidationError("no presets in \(library.searchedPlaces.joined(separator: ", ")) to mutate")
        }
        let report = PresetFuzzReport.run(sources: sources, count: count, seed: seed)
        print(
            "\(count) mutants of \(sources.count) presets (seed \(seed)): \(report.loaded) loaded, \(report.refused) refused, "
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
