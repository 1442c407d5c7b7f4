import Foundation
import Testing
@testable import Playground

@Suite("Preset files: reading, writing and bad input")
struct PresetFileTests {
    func parse(_ text: String) throws(PresetError) -> Preset {
        try PresetParser.parse(text, name: "test", file: "test.yaml")
    }

    func error(_ text: String) -> PresetError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func keysMapToSettingsAndLeftOutKeysKeepDefaults() throws {
        let preset = try parse(
            """
            # a comment
            title: Demo
            description: one line
            notes: |
              line one
              line two
            dataset: spiral   # trailing comment
            hidden: [8, 8]
            activation: [relu, tanh]
            learning_rate: 0.1
            features: x1, x2, sinx1
            standardize: true
            speed: 20
            show_test_points: true
            """)
        #expect(preset.title == "Demo" && preset.notes == "line one\nline two\n")
        #expect(
            preset.config.dataset == .spiral && preset.config.hidden == [8, 8]
                && preset.config.activations == [.relu, .tanh])
        #expect(
            preset.config.learningRate == 0.1 && preset.config.features == [.x1, .x2, .sinx1]
                && preset.config.standardize)
        #expect(preset.config.batchSize == 10 && preset.config.noise == 0, "left-out keys take the defaults")
        #expect(preset.display.speed == .twenty && preset.display.showTestPoints && !preset.display.discretize)
        #expect(try parse("hidden: []").config.hidden == [])
        #expect(try parse("points: 017").config.points == 17, "a leading zero is not octal")
        #expect(
            try parse("expect:\n  beats: {hidden: [8, 8]}").expectation?.beats == ["hidden": "8, 8"], "lists in beats")
    }

    static let badInput: [(String, String)] = [
        ("lerning_rate: 0.1", "test.yaml:1: lerning_rate: unknown key; did you mean `learning_rate`?"),
        (
            "dataset: xor\nlearning_rate: fast",
            "test.yaml:2: learning_rate: expected a learning rate > 0 and ≤ 100, got 'fast'"
        ),
        ("noise: 300", "test.yaml:1: noise: must be between 0 and 50 (got 300)"),
        ("batch_size: 0", "test.yaml:1: batch_size: must be at least 1 (got 0)"),
        ("hidden: [0]", "test.yaml:1: hidden: each layer needs 1 to 1024 neurons (got 0)"),
        (
            "features: []",
            "test.yaml:1: features: needs at least one of x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2, cosx1, cosx2"
        ),
        (
            "activation: swish",
            "test.yaml:1: activation: unknown value 'swish'; use one of relu, leaky-relu, tanh, sigmoid, linear, step, sine"
        ),
        (
            "dataset: donut",
            "test.yaml:1: dataset: unknown value 'donut'; use one of circle, xor, gauss, spiral, moons, spiral3, blobs, reg-plane, reg-gauss"
        ),
        ("title: a\ntitle: b", "test.yaml:1: title: appears more than once (first here); keep one"),
        ("standardize: maybe", "test.yaml:1: standardize: expected true or false, got 'maybe'"),
        ("points: 0x10", "test.yaml:1: points: expected a number of points 10…10000, got '0x10'"),
        ("batch_size: 1:00:00", "test.yaml:1: batch_size: expected a batch size ≥ 1, got '1:00:00'"),
        (
            "title: t\nexpect:\n  beats: {optimizer: rmsprop}",
            "test.yaml:2: expect.beats.optimizer: unknown value 'rmsprop'"
        ),
        (
            "title: t\nexpect:\n  beats: {learning_rate: -1}",
            "test.yaml:2: expect.beats.learning_rate: must be a number > 0"
        ),
        ("speed: 7", "test.yaml:1: speed: expected auto, max, 1, 5, 20, 100 or 1000 (epochs per second), got '7'"),
        ("expect:\n  diverge: true", "test.yaml:2: expect.diverge: unknown key; did you mean `diverges`?"),
        (
            "expect:\n  success: {at_least: 2, runs: 20}",
            "test.yaml:2: expect.success: expected a fraction 0…1, got 2.0"
        ),
        ("expect:\n  success: {at_least: 0.9}", "test.yaml:2: expect.success: expected `{at_least: 0.9, runs: 20}`"),
        (
            "expect:\n  success: {at_least: 0.9, runs: 20, vary: both}",
            "test.yaml:2: expect.success: expected data or weights"
        ),
        (
            "expect:\n  success: {at_least: 0.9, run: 20}",
            "test.yaml:2: expect.success: unknown key; did you mean `runs`?"
        ),
        ("- just\n- a list", "test.yaml:1: expected `key: value` lines at the top level, e.g. `dataset: xor`"),
        ("", "test.yaml: is empty; a preset needs at least a title and one setting, e.g. `dataset: xor`"),
        ("title: [unclosed", "test.yaml:2: YAML syntax error at column 1: did not find expected ',' or ']'"),
    ]

    @Test(arguments: badInput)
    func badInputGetsOneMessageWithFileKeyAndLine(text: String, message: String) {
        let problem = error(text)
        #expect(problem?.description.hasPrefix(message) == true, "got: \(problem?.description ?? "no error")")
    }

    @Test func unknownKeysListWhatIsKnown() {
        let message = error("colour: blue")?.description ?? ""
        #expect(message.contains("unknown key") && message.contains("learning_rate") && message.contains("speed"))
    }

    @Test func filesThatAreNotPresetsAreRefusedClearly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-presets-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func refused(_ path: String) -> String {
            do {
                _ = try PresetParser.load(path: path)
                return "accepted"
            } catch {
                return error.description
            }
        }
        #expect(refused(folder.path) == "\(folder.path): is a directory, not a preset file")
        #expect(refused(folder.path + "/none.yaml") == "\(folder.path)/none.yaml: no such file")
        let big = folder.appendingPathComponent("big.yaml")
        try Data(repeating: UInt8(ascii: "#"), count: 10_000_000).write(to: big)
        #expect(refused(big.path).hasSuffix("is 10000000 bytes; a preset file has at most 1000000 bytes"))
        let junk = folder.appendingPathComponent("junk.yaml")
        var rng = SplitMix64(seed: 3)
        try Data((0..<4096).map { _ in UInt8(truncatingIfNeeded: rng.next()) }).write(to: junk)
        #expect(refused(junk.path).contains("junk.yaml:") && refused(junk.path).contains("binary data"))
        let latin1 = folder.appendingPathComponent("latin1.yaml")
        try Data("title: ok\nnotes: caf".utf8 + [0xE9] + Data("\n".utf8)).write(to: latin1)
        #expect(refused(latin1.path) == "\(latin1.path):2: is not UTF-8 text (byte 0xE9); save it as UTF-8")
        let utf16 = folder.appendingPathComponent("utf16.yaml")
        try Data([0xFF, 0xFE, 0x74, 0x00]).write(to: utf16)
        #expect(refused(utf16.path) == "\(utf16.path):1: is UTF-16 text; save it as UTF-8")
        let pipe = folder.appendingPathComponent("pipe.yaml")
        #expect(mkfifo(pipe.path, 0o600) == 0)
        #expect(refused(pipe.path).hasSuffix("is not a regular file (a pipe?), not a preset file"))
        let link = folder.appendingPathComponent("zero.yaml")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/dev/zero")
        #expect(
            refused(link.path).hasSuffix("is a device, not a preset file"), "a link to /dev/zero is not read forever")
        let empty = folder.appendingPathComponent("empty.yaml")
        try Data().write(to: empty)
        #expect(
            refused(empty.path).hasSuffix(
                "is empty; a preset needs at least a title and one setting, e.g. `dataset: xor`"))
    }

    @Test func aMissingPresetNameSuggestsTheNearestOne() {
        do {
            _ = try PresetLibrary(directory: presetsFolder).load("xorr")
            Issue.record("loaded a preset that does not exist")
        } catch {
            #expect(error.description.contains("did you mean `xor`?") && error.description.contains("Available:"))
        }
    }

    @Test func writingThenReadingGivesTheSamePreset() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-save-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = PresetLibrary(directory: folder.path)
        var preset = Preset(
            name: "mine", title: "Mine: a test", description: "with a colon: here", notes: "two\nlines\n")
        preset.config.dataset = .blobs
        preset.config.classes = 5
        preset.config.hidden = [3, 5]
        preset.config.activations = [.relu, .sine]
        preset.config.learningRate = 0.00001
        preset.config.loss = .crossEntropy
        preset.config.seed = 123_456_789_012
        preset.display.speed = .five
        preset.display.logScale = true
        let path = try library.save(preset, as: "mine", overwrite: false)
        let loaded = try library.load("mine")
        #expect(loaded == preset)
        #expect(throws: PresetError.self) { try library.save(preset, as: "mine", overwrite: false) }
        preset.title = "changed"
        try library.save(preset, as: "mine", overwrite: true)
        #expect(try library.load("mine").title == "changed")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "mine.yaml" }
        #expect(leftovers.isEmpty, "no temporary files left: \(leftovers)")
        #expect(path.hasSuffix("/mine.yaml"))
        #expect(throws: PresetError.self) { try library.save(preset, as: "../escape", overwrite: false) }
    }

    /// `--presets-dir`, then `NNPLAY_PRESETS`, then the per-user folder (XDG), then the built-in lessons;
    /// `w` writes into the first folder.
    @Test func theFoldersAreTheOptionTheEnvironmentAndThePerUserOne() {
        let all = PresetLibrary.locate(explicit: "/x", environment: ["NNPLAY_PRESETS": "/y", "HOME": "/home/t"])
        #expect(all.folders == ["/x", "/y", "/home/t/.config/nnplay/presets"] && all.directory == "/x")
        #expect(all.includesShipped && all.searchedPlaces.last == "the lessons built into nnplay")
        let xdg = PresetLibrary.locate(explicit: nil, environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/t"])
        #expect(xdg.folders == ["/cfg/nnplay/presets"] && xdg.directory == "/cfg/nnplay/presets")
    }

    /// Every shipped lesson is compiled in: with no folder at all, all of them load, equal to their files.
    @Test func theShippedLessonsAreBuiltIn() throws {
        let builtIn = PresetLibrary(
            folders: ["/nonexistent-\(UInt64.random(in: 0...UInt64.max))"], includesShipped: true)
        let files = PresetLibrary(directory: presetsFolder)
        #expect(builtIn.names == files.names && builtIn.names.count == 14)
        for name in files.names {
            let shipped = try builtIn.load(name), file = try files.load(name)
            #expect(shipped == file, "\(name)")
        }
        #expect(throws: PresetError.self) { try builtIn.load("xr") }
    }

    /// A lesson saved under a shipped name takes its place; the others stay.
    @Test func aSavedLessonShadowsTheShippedOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shadow-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = PresetLibrary(folders: [folder.path], includesShipped: true)
        var mine = try library.load("xor")
        mine.title = "My XOR"
        try library.save(mine, as: "xor", overwrite: false)
        #expect(try library.load("xor").title == "My XOR" && library.names.count == 14)
        #expect(try library.load("spiral").title == "The spiral")
    }

    /// Seeded mutants of every shipped preset (byte flips, lost and doubled lines, hostile numbers, wrong
    /// types, deep nesting, aliases, long strings, invalid UTF-8, tabs): each loads or is refused with the file
    /// and, when it is about a key, the line — quickly. `nnplay fuzz` runs the same for 10,000.
    @Test func mutatedPresetsAreLoadedOrRefusedWithFileAndLine() throws {
        let library = PresetLibrary(directory: presetsFolder)
        let sources = try library.names.map {
            [UInt8](try Data(contentsOf: URL(fileURLWithPath: library.path(for: $0))))
        }
        let report = PresetFuzzReport.run(sources: sources, count: 400, seed: 2026)
        #expect(report.badMessages.isEmpty, "\(report.badMessages.prefix(5))")
        #expect(report.slow.isEmpty, "\(report.slow)")
        #expect(
            report.loaded >= 40 && report.refused >= 200,
            "both outcomes: \(report.loaded) loaded, \(report.refused) refused")
        #expect(report.withoutLine.isEmpty, "every refusal here has a line: \(report.withoutLine)")
    }
}
