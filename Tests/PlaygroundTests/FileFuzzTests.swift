import Foundation
import Testing
@testable import Playground
@testable import NeuralEngine

@Suite("Model files and CSVs, fuzzed")
struct FileFuzzTests {
    /// Seeded mutants of a saved model (keys removed, hostile values, arrays cut or grown, flipped bytes):
    /// each is refused in words or loads and trains; none crashes. `nnplay fuzz --kind models` runs thousands.
    @Test func mutatedModelsAreRefusedInWordsOrTrain() throws {
        let data = try CustomData.parse("1,1,0\n2,2,1\n-1,-1,2\n0,1,1\n", source: "pts.csv")
        var config = SessionConfig()
        (config.customData, config.hidden, config.loss) = (data, [3], .crossEntropy)
        let session = try TrainingSession(config: config)
        let base = try JSONEncoder().encode(SavedModel(network: session.network, config: config, preset: "p", epoch: 0))
        let report = FileFuzzReport.models(
            base: base, count: 300, seed: 7, folder: FileManager.default.temporaryDirectory.path)
        #expect(report.typeDumps.isEmpty, "\(report.typeDumps.prefix(3))")
        #expect(report.slow.isEmpty && report.refused >= 200)
    }

    @Test func mutatedCSVsAreRefusedInWordsOrTrain() {
        let report = FileFuzzReport.csvs(base: "x1,x2,label\n1,1,0\n2,2,1\n-1,-1,2\n0,1,1\n", count: 60, seed: 7)
        #expect(report.typeDumps.isEmpty, "\(report.typeDumps.prefix(3))")
        #expect(
            report.slow.isEmpty && report.loaded > 0 && report.refused > 0,
            "\(report.loaded) loaded, \(report.refused) refused")
    }
}
