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
        #expect(lines == [
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
        #expect(jsonLine(EpochReport(record, health: .overfitting(since: 2, warning: true)))
            == #"{"epoch":3,"health":"overfitting","test_accuracy":null,"test_loss":0.25,"train_accuracy":1,"train_loss":0.5}"#)
        let measured = StabilityReading(epoch: 3, sharpness: 4, limit: 0.5, formula: "2/λ")
        #expect(jsonLine(EpochReport(record, health: .converged, stability: measured))
            == #"{"epoch":3,"health":"converged","sharpness":4,"stability_limit":0.5,"test_accuracy":null,"test_loss":0.25,"train_accuracy":1,"train_loss":0.5}"#,
            "sharpness and the stability limit on the line of the epoch they were measured at")
        #expect(!jsonLine(EpochReport(record, health: .converged, stability: StabilityReading(epoch: 2, sharpness: 4, limit: 0.5, formula: "2/λ")))
            .contains("sharpness"), "not on another epoch's line")
        let final = jsonLine(FinalReport(session: session, seconds: 0.5))
        for key in ["\"epoch\":", "\"train_loss\":", "\"test_loss\":", "\"train_accuracy\":null", "\"test_accuracy\":null",
                    "\"best_test_epoch\":", "\"diverged\":true", "\"health\":\"diverged\"", "\"stopped_early\":false", "\"diverged_epoch\":\(session.divergedAt!)", "\"final\":true"] {
            #expect(final.contains(key), "\(key) missing from \(final)")
        }
        #expect(!final.lowercased().contains("nan"))
    }

    @Test(arguments: [
        [], ["--activation", "step", "--hidden", "3"],
        ["--dataset", "spiral3", "--hidden", "5,5", "--activation", "relu", "--regularization", "l1",
         "--regularization-rate", "0.01", "--dropout", "0.3", "--warmup", "20"],
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

@Suite("Early stopping on the command line")
struct EarlyStoppingCommandTests {
    @Test func theFinalReportIsTheRestoredBestEpoch() throws {
        let options = try SessionOptions.parse(["--preset", "overfitting", "--early-stopping", "25", "--epochs", "600"])
        let config = try options.config()
        #expect(config.earlyStopping == 25)
        let session = try TrainingSession(config: config)
        let stopped = session.train(epochs: config.epochs, earlyStopping: config.earlyStopping)
        let final = jsonLine(FinalReport(session: session, stoppedEarly: stopped, seconds: 0))
        let best = try #require(session.bestRecord)
        #expect(final.contains("\"stopped_early\":true") && final.contains("\"epoch\":\(best.epoch),"))
        #expect(final.contains("\"test_loss\":\(best.testLoss)"))
        let summary = Summary(session: session, stoppedEarly: stopped, seconds: 0).lines.joined(separator: "\n")
        #expect(summary.contains("restored the weights of epoch \(best.epoch)"))
    }

    @Test func aBadPatienceIsRefused() {
        #expect(throws: (any Error).self) { try SessionOptions.parse(["--early-stopping", "0"]).config() }
    }
}

@Suite("Output style")
struct OutputStyleTests {
    @Test func aLocaleThatIsNotUTF8GetsThePlainPicture() {
        #expect(OutputStyle.isUTF8(["LANG": "en_US.UTF-8"]) && OutputStyle.isUTF8(["LC_ALL": "C.utf8", "LANG": "C"]))
        #expect(!OutputStyle.isUTF8([:]) && !OutputStyle.isUTF8(["LANG": "C"]) && !OutputStyle.isUTF8(["LC_ALL": "POSIX"]))
        #expect(!OutputStyle.isUTF8(["LC_ALL": "C", "LANG": "en_US.UTF-8"]), "LC_ALL wins")
    }
}

@Suite("nnplay backprop")
struct BackpropCommandTests {
    /// `--json`: one object per layer with exactly the interface's keys; grad_w is inputs × neurons and equals
    /// a(below)·δ; the text tells the same story with the check and the update.
    @Test func jsonHasOneObjectPerLayerWithTheInterfacesKeys() throws {
        let lines = try BackpropCommand.parse(["--preset", "xor", "--point", "3", "--json"]).output()
        #expect(lines.count == 2)
        var previousA: [Double] = []
        for (index, line) in lines.enumerated() {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["layer", "z", "a", "delta", "grad_w", "grad_b"])
            #expect(object["layer"] as? Int == index + 1)
            let delta = try #require(object["delta"] as? [Double]), gradW = try #require(object["grad_w"] as? [[Double]])
            #expect(object["grad_b"] as? [Double] == delta)
            if index == 1 {
                #expect(gradW.count == previousA.count && gradW.allSatisfy { $0.count == delta.count })
                for (i, row) in gradW.enumerated() {
                    for (j, g) in row.enumerated() { #expect(Swift.abs(g - previousA[i] * delta[j]) < 1e-5) }
                }
            }
            previousA = try #require(object["a"] as? [Double])
        }
        let text = try BackpropCommand.parse(["--preset", "xor", "--x1", "5", "--x2", "-5"]).output()
        #expect(text.first?.hasPrefix("backprop: 2 → 6 → 1, tanh+squared, point") == true)
        #expect(text.contains { $0.hasPrefix("check: the weight of layer 1 from x1 to neuron 1: backprop") && $0.contains("relative error") })
        #expect(text.last?.contains("this example's loss") == true)
    }

    @Test func badPointsAndLinksAreRefused() throws {
        #expect(throws: (any Error).self) { try BackpropCommand.parse(["--point", "0"]) }
        #expect(throws: (any Error).self) { try BackpropCommand.parse(["--x1", "2"]) }
        #expect(throws: (any Error).self) { try BackpropCommand.parse(["--link", "1:x:2"]) }
        #expect(throws: (any Error).self) { try BackpropCommand.parse(["--link", "9:1:1"]).output() }
        #expect(throws: (any Error).self) { try BackpropCommand.parse(["--point", "100000"]).output() }
    }
}

@Suite("nnplay sweep")
struct SweepCommandTests {
    @Test func jsonHasOneRowPerRateWithTheInterfacesKeys() throws {
        let lines = try SweepCommand.parse(["--dataset", "reg-plane", "--epochs", "40", "--json"]).output()
        #expect(lines.count == 12)
        let keys: Set<String> = ["learning_rate", "final_train_loss", "final_test_loss", "best_test_loss", "test_accuracy", "diverged"]
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == keys, "\(line)")
        }
        let last = try #require(try JSONSerialization.jsonObject(with: Data(lines[11].utf8)) as? [String: Any])
        #expect(last["diverged"] as? Bool == true && last["learning_rate"] as? Double == 10)
        #expect(last["final_train_loss"] is NSNull, "no loss for a diverged run")
        let table = try SweepCommand.parse(["--dataset", "reg-plane", "--epochs", "40"]).output()
        #expect(table.contains { $0.contains("✕ diverged at epoch") } && table.contains { $0.contains("← best") })
        #expect(throws: (any Error).self) { try SweepCommand.parse(["--from", "1", "--to", "0.1"]) }
    }
}

@Suite("nnplay compare")
struct CompareCommandTests {
    /// A changed copy: B on A's data, the difference named, lr 3 stuck while lr 0.03 learns XOR.
    @Test func aChangedCopyIsComparedOnTheSameData() throws {
        let command = try CompareCommand.parse(["xor", "--set", "learning_rate=3", "--epochs", "150"])
        let (a, b, _) = try command.configs()
        #expect(b.learningRate == 3 && a.learningRate == 0.03 && b.seed == a.seed && b.dataset == a.dataset)
        let lines = try command.output()
        #expect(lines[1].contains("differs in: learning_rate 0.03 → 3"))
        #expect(lines.last == "A ends with the lower test loss")
    }

    /// Two presets: B trains on A's data; the JSON's final object names the differences and the better side.
    @Test func twoPresetsAsJSON() throws {
        let lines = try CompareCommand.parse(["xor-linear", "xor", "--epochs", "100", "--json"]).output()
        let final = try #require(try JSONSerialization.jsonObject(with: Data(lines.last!.utf8)) as? [String: Any])
        #expect(final["final"] as? Bool == true && final["better"] as? String == "b")
        #expect((final["differences"] as? [String])?.contains("hidden none → 6") == true)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(Set(first.keys) == ["epoch", "a", "b"])
        #expect(Set((first["a"] as? [String: Any])?.keys.map { $0 } ?? []) == ["train_loss", "test_loss", "test_accuracy", "diverged"])
        #expect(throws: (any Error).self) { try CompareCommand.parse(["xor"]) }
        #expect(throws: (any Error).self) { try CompareCommand.parse(["xor", "--set", "nonsense=1"]).configs() }
    }
}

@Suite("Recording a session")
struct CastRecorderTests {
    /// The first frame writes the asciinema v2 header with its size; frames are "o" events, a new size an "r".
    @Test func framesBecomeAnAsciinemaV2File() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-\(UUID()).cast").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var recorder: CastRecorder? = try CastRecorder(path: path, title: "A lesson")
        var screen = Screen(width: 12, height: 3)
        screen.write("hello", x: 0, y: 0, style: Style(bold: true))
        recorder?.frame(screen)
        recorder?.frame(Screen(width: 10, height: 2))
        recorder = nil
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        let header = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(header["version"] as? Int == 2 && header["width"] as? Int == 12 && header["height"] as? Int == 3)
        #expect(header["title"] as? String == "A lesson")
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [Any])
        #expect(first[1] as? String == "o" && (first[2] as? String)?.hasPrefix("\u{1B}[H") == true)
        #expect((first[2] as? String)?.contains("\u{1B}[1;39;49mh") == true)
        let resize = try #require(try JSONSerialization.jsonObject(with: Data(lines[2].utf8)) as? [Any])
        #expect(resize[1] as? String == "r" && resize[2] as? String == "10x2")
        #expect(throws: (any Error).self) { try CastRecorder(path: "/nonexistent-dir/x.cast", title: nil) }
    }
}
