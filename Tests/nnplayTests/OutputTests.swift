import Testing
import Foundation
import NeuralEngine
import Playground
import PlaygroundUI
@testable import nnplay

@Suite("Headless output")
struct OutputTests {
    @Test func asciiPictureShowsTheRampAndThePoints() {
        // Four columns, two rows: values from −1 (left) to +1 (right), one point of each class.
        let grid = DecisionGrid(width: 4, height: 2, values: [-1, -0.3, 0.3, 1, -1, -0.3, 0.3, 1])
        let points = [DataPoint(x: -5, y: 5, label: 0), DataPoint(x: 5, y: -5, label: 1)]
        let lines = BoundaryPicture(columns: 4, rows: 2).render(grid: grid, points: points, classCount: 2, color: false)
        #expect(
            lines == [
                "x-*@",
                " -*o",
            ])
    }

    @Test func asciiPictureOfThreeClassesUsesLettersAndDigits() {
        let grid = DecisionGrid(width: 3, height: 1, values: [1, 1, 1], classes: [0, 1, 2])
        let lines = BoundaryPicture(columns: 3, rows: 1).render(
            grid: grid, points: [DataPoint(x: 0, y: 0, label: 2)], classCount: 3, color: false)
        #expect(lines == ["a2c"])
    }

    @Test func colourPictureUsesHalfBlocksWithTwoPixelsPerCell() {
        let grid = DecisionGrid(width: 1, height: 2, values: [-1, 1])
        let lines = BoundaryPicture(columns: 1, rows: 1).render(grid: grid, points: [], classCount: 2, color: true)
        let orange = Palette.xterm256(Palette.negative), blue = Palette.xterm256(Palette.positive)
        #expect(lines == ["\u{1B}[38;5;\(orange);48;5;\(blue)m▀\u{1B}[0m"])
    }

    @Test func jsonLinesHaveTheDocumentedKeys() throws {
        var config = SessionConfig()
        config.dataset = .regressionPlane
        config.learningRate = 10
        let session = try TrainingSession(config: config)
        session.train(epochs: 20)
        let record = EpochRecord(epoch: 3, trainLoss: 0.5, testLoss: 0.25, trainAccuracy: 1, testAccuracy: nil)
        #expect(
            jsonLine(EpochReport(record, health: .overfitting(since: 2, warning: true)))
                == #"{"epoch":3,"health":"overfitting","test_accuracy":null,"test_loss":0.25,"train_accuracy":1,"train_loss":0.5}"#
        )
        let measured = StabilityReading(epoch: 3, sharpness: 4, limit: 0.5, formula: "2/λ")
        #expect(
            jsonLine(EpochReport(record, health: .converged, stability: measured))
                == #"{"epoch":3,"health":"converged","sharpness":4,"stability_limit":0.5,"test_accuracy":null,"test_loss":0.25,"train_accuracy":1,"train_loss":0.5}"#,
            "sharpness and the stability limit on the line of the epoch they were measured at")
        #expect(
            !jsonLine(
                EpochReport(
                    record, health: .converged,
                    stability: StabilityReading(epoch: 2, sharpness: 4, limit: 0.5, formula: "2/λ"))
            )
            .contains("sharpness"), "not on another epoch's line")
        let final = jsonLine(FinalReport(session: session, seconds: 0.5))
        for key in [
            "\"epoch\":", "\"train_loss\":", "\"test_loss\":", "\"train_accuracy\":null", "\"test_accuracy\":null",
            "\"best_test_epoch\":", "\"diverged\":true", "\"health\":\"diverged\"", "\"stopped_early\":false",
            "\"diverged_epoch\":\(session.divergedAt!)", "\"final\":true",
        ] {
            #expect(final.contains(key), "\(key) missing from \(final)")
        }
        #expect(!final.lowercased().contains("nan"))
    }

    @Test(arguments: [
        [], ["--activation", "step", "--hidden", "3"],
        [
            "--dataset", "spiral3", "--hidden", "5,5", "--activation", "relu", "--regularization", "l1",
            "--regularization-rate", "0.01", "--dropout", "0.3", "--warmup", "20",
        ],
    ])
    func gradcheckAgreesOnTheDefaultsAndOnStepUnits(arguments: [String]) throws {
        let result = try GradCheckCommand.parse(arguments).check()
        #expect(result.agrees, "\(result.lines.joined(separator: "\n"))")
        let layerLines = result.lines.filter { $0.first?.isNumber == true }
        let layers = (try GradCheckCommand.parse(arguments).options.config()).hidden.count + 1
        #expect(layerLines.count == layers && layerLines.allSatisfy { $0.hasSuffix("ok") })
        #expect(result.lines.last?.hasPrefix("backpropagation agrees") == true)
        if arguments.contains("step") { #expect(result.lines.contains { $0.hasPrefix("note: step units") }) }
    }

    @Test func gradcheckSaysWhenTheyDisagree() throws {
        let result = try GradCheckCommand.parse(["--tolerance", "1e-30", "--warmup", "5"]).check()
        #expect(!result.agrees && result.lines.last?.contains("DISAGREE") == true)
    }

    @Test func benchmarkRowsHaveTheReferenceShape() {
        let row = Benchmark.Row(kind: "grid", network: [2, 8, 8, 1], batch: nil, perSecond: 5)
        #expect(jsonLine(row) == #"{"batch":null,"kind":"grid","network":[2,8,8,1],"per_second":5}"#)
        let oneThread = Benchmark.plan.filter { $0.threads == 1 }
        #expect(oneThread.map(\.kind) == ["train", "train", "train", "train", "grid", "grid"])
        #expect(oneThread.map(\.hidden) == [[8, 8], [8, 8], [64, 64], [256, 256], [8, 8], [64, 64]])
        #expect(Benchmark.plan.filter { $0.threads == 2 }.allSatisfy { $0.hidden == [256, 256] || $0.kind == "grid" })
        #expect(Benchmark.spiral().count == 500)
    }
}
