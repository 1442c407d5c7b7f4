import Testing
@testable import Playground

/// Values mean what they say: what cannot be read is refused, never read as something else.
@Suite("Values that mean what they say")
struct ValueMeaningTests {
    @Test(arguments: ["abc", "1e3", "", "-h", "0", "-5"])
    func anEarlyStoppingThatIsNotAPatienceIsRefused(text: String) {
        #expect(throws: ConfigError.self, "\(text.debugDescription)") {
            var config = SessionConfig()
            try Setting.earlyStopping.spec.read(text, into: &config)  // what it cannot read
            try config.validate()  // what it reads but does not allow
        }
    }

    @Test func aPatienceOrOffIsRead() throws {
        var config = SessionConfig()
        try Setting.earlyStopping.spec.read("30", into: &config)
        #expect(config.earlyStopping == 30)
        try Setting.earlyStopping.spec.read("off", into: &config)
        #expect(config.earlyStopping == nil)
        #expect(throws: PresetError.self) { try PresetParser.parse("early_stopping: abc", name: "x", file: "x.yaml") }
        #expect(try PresetParser.parse("early_stopping: 25", name: "x", file: "x.yaml").config.earlyStopping == 25)
        #expect(
            try PresetParser.parse("early_stopping: ~", name: "x", file: "x.yaml").config.earlyStopping == nil,
            "YAML's null is none")
    }

    /// YAML 1.1 would read 010 as octal 8, 0x10 as 16 and 1:0 as 60; a preset means decimals, as the command line.
    @Test func hiddenWidthsAreDecimals() throws {
        #expect(try PresetParser.parse("hidden: [010, 017]", name: "x", file: "x.yaml").config.hidden == [10, 17])
        #expect(try PresetParser.parse("noise: 10.0", name: "x", file: "x.yaml").config.noise == 10, "10.0 is ten")
        #expect(throws: PresetError.self) { try PresetParser.parse("noise: 10.5", name: "x", file: "x.yaml") }
        for text in ["hidden: [0x10]", "hidden: [1:0]", "hidden: [0o7]"] {
            #expect(throws: PresetError.self, "\(text)") { try PresetParser.parse(text, name: "x", file: "x.yaml") }
        }
    }

    /// `beats` without `reaches_test_accuracy` is checked too: a lower best test loss than the baseline's.
    @Test func beatsIsCheckedOnItsOwn() throws {
        let crawl = try PresetParser.parse(
            "dataset: circle\nlearning_rate: 0.0001\nepochs: 60\nexpect:\n  beats: {learning_rate: 0.3}",
            name: "crawl", file: "crawl.yaml")
        #expect(try PresetCheck.run(crawl).failures.contains { $0.contains("baseline's best test loss") })
        let fast = try PresetParser.parse(
            "dataset: circle\nlearning_rate: 0.3\nepochs: 60\nexpect:\n  beats: {learning_rate: 0.0001}",
            name: "fast", file: "fast.yaml")
        #expect(try PresetCheck.run(fast).failures.isEmpty)
    }
}
