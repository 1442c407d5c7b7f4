import Foundation
import Testing
@testable import Playground

@Suite("Your own data")
struct CustomDataTests {
    @Test func twoClassesWithAHeaderAndRescaledCoordinates() throws {
        let data = try CustomData.parse("x1,x2,label\n# a comment\n12,0,1\n-3,6,-1\n\n0,-12,1\n", source: "a.csv")
        #expect(data.classCount == 2 && data.points.count == 3)
        #expect(
            data.points[0] == DataPoint(x: 6, y: 0, label: 1) && data.points[1] == DataPoint(x: -1.5, y: 3, label: 0))
        #expect(data.notices == ["a.csv: coordinates reach 12.0; scaled by 0.500 into [-6, 6]²"])
    }

    @Test func classesAndRegressionFromTheLabels() throws {
        #expect(try CustomData.parse("0,0,0\n1,1,2\n2,2,1\n", source: "k").classCount == 3)
        let regression = try CustomData.parse("0,0,0.5\n1,1,-4\n", source: "r")
        #expect(regression.classCount == 0 && regression.points[1].label == -1 && regression.notices.count == 1)
        #expect(try CustomData.parse("0,0,0\n1,1,1\n", source: "b").classCount == 2)
    }

    @Test(arguments: [
        ("x1,x2,label\n1,2\n", "bad.csv:2: expected 3 columns (x1, x2, label), found 2"),
        ("1,2,1\n3,four,0\n", "bad.csv:2: 'four' is not a number"),
        ("1,2,1\n3,nan,0\n", "bad.csv:2: values must be finite numbers"),
        ("x1,x2,label\n1,2,1\n", "bad.csv: needs at least 2 points (rows of x1, x2, label)"),
        ("", "bad.csv: needs at least 2 points (rows of x1, x2, label)"),
    ])
    func badRowsNameTheirLine(text: String, message: String) {
        do {
            _ = try CustomData.parse(text, source: "bad.csv")
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.description == message)
        }
    }

    /// A session trains on the file's points (split by the training fraction), and a CSV written by `e`
    /// reads back as the same points.
    @Test func sessionsTrainOnThemAndExportsReadBack() throws {
        let points: [DataPoint] = (0..<40).map { (i: Int) -> DataPoint in
            DataPoint(x: Float(i % 8) - 4, y: Float(i / 8) - 2, label: Float(i % 2))
        }
        var config = SessionConfig()
        config.customData = try CustomData.parse(CustomData.csv(points), source: "mine.csv")
        #expect(config.customData?.points == points)
        let session = try TrainingSession(config: config)
        #expect(session.data.train.count + session.data.test.count == 40 && config.dataName == "mine.csv")
        let trainXs = Set(session.data.train.map { $0.x }), fileXs = Set(points.map { $0.x })
        #expect(trainXs.isSubset(of: fileXs))
    }

    /// `data:` in a preset reads a CSV beside it; a bad row is reported with the preset's line and the CSV's.
    @Test func presetsReadDataBesideThem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-data-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "1,1,1\n-1,-1,0\n2,-2,1\n-2,2,0\n".write(
            to: folder.appendingPathComponent("mine.csv"), atomically: true, encoding: .utf8)
        try "1,1,1\n-1,x,0\n".write(to: folder.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        let good = folder.appendingPathComponent("good.yaml").path, bad = folder.appendingPathComponent("bad.yaml").path
        try "title: Mine\ndata: mine.csv\n".write(toFile: good, atomically: true, encoding: .utf8)
        try "title: Bad\nhidden: [3]\ndata: bad.csv\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let preset = try PresetParser.load(path: good)
        #expect(preset.config.customData?.points.count == 4 && preset.config.classCount == 2)
        do {
            _ = try PresetParser.load(path: bad)
            Issue.record("a broken data file was accepted")
        } catch {
            #expect(error.line == 3 && error.key == "data" && error.message == "bad.csv:2: 'x' is not a number")
        }
    }

    /// Saving a preset whose setup has one's own points writes them beside it and reads them back.
    @Test func aSavedPresetKeepsItsOwnPoints() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-save-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var preset = Preset(name: "mine")
        preset.title = "Mine"
        preset.config.customData = try CustomData.parse("1,1,1\n-1,-1,0\n2,-2,1\n-2,2,0\n", source: "orig.csv")
        let library = PresetLibrary(directory: folder)
        let path = try library.save(preset, as: "mine", overwrite: false)
        let loaded = try PresetParser.load(path: path)
        #expect(
            loaded.dataPath == "mine-points.csv" && loaded.config.customData?.points == preset.config.customData?.points
        )
    }
}

@Suite("The points CSV keeps the split")
struct CSVSplitTests {
    /// The playground's export (`e`) read back with `--data`: the same training points train and the same
    /// test points test (without the column, --data reshuffled: 93 of 200 stayed in training), labels whole.
    @Test func aRoundTripKeepsEveryPointOnItsSide() throws {
        var config = SessionConfig()
        config.dataset = .spiral3
        let session = try TrainingSession(config: config)
        let text = CustomData.csv(train: session.data.train, test: session.data.test)
        #expect(text.hasPrefix("x1,x2,label,split\n") && !text.contains(".0,train"))
        var loaded = SessionConfig()
        (loaded.customData, loaded.seed) = (try CustomData.parse(text, source: "points.csv"), 99)
        loaded = loaded.keepingAFittingLoss()
        let again = try TrainingSession(config: loaded)
        #expect(again.data.train == session.data.train && again.data.test == session.data.test)
    }

    /// A split column must say train or test, on every row, with both present.
    @Test func aBadSplitIsRefusedWithItsLine() {
        let cases = [
            ("x1,x2,label,split\n1,2,1,train\n2,1,0,validation\n", "points.csv:3: split is train or test"),
            ("1,2,1,train\n2,1,0\n", "points.csv:2: expected 4 columns"),
            ("1,2,1,train\n2,1,0,train\n", "points.csv: the split column needs at least one train and one test row"),
        ]
        for (text, message) in cases {
            #expect(throws: CSVError.self) { try CustomData.parse(text, source: "points.csv") }
            do {
                _ = try CustomData.parse(text, source: "points.csv")
            } catch {
                #expect(error.description.hasPrefix(message), "\(error.description)")
            }
        }
    }
}
