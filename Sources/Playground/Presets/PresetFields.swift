import Yams

/// The keys of a preset file and how each one's value is read.
enum PresetFields {
    typealias Field = @Sendable (Node, inout Preset) throws(FieldError) -> Void

    /// The reader of top-level key `key`: a setting from `SettingsTable`, or one of the preset's own keys.
    static func field(_ key: String) -> Field? {
        if let spec = SettingsTable.spec(presetKey: key) {
            return { node, p throws(FieldError) in try spec.readNode(node, &p.config) }
        }
        return own[key]
    }

    /// Every top-level key a preset may have.
    static var keys: [String] { SettingsTable.all.map(\.setting.presetKey) + own.keys }

    /// The keys that are not session settings: the lesson's words, how to show it, what it promises.
    static let own: [String: Field] = [
        "title": { node, p throws(FieldError) in p.title = try text(node) },
        "description": { node, p throws(FieldError) in p.description = try text(node) },
        "notes": { node, p throws(FieldError) in p.notes = try text(node) },
        "speed": { node, p throws(FieldError) in p.display.speed = try pace(node) },
        "show_test_points": { node, p throws(FieldError) in p.display.showTestPoints = try flag(node) },
        "discretize": { node, p throws(FieldError) in p.display.discretize = try flag(node) },
        "log_scale": { node, p throws(FieldError) in p.display.logScale = try flag(node) },
        "show_step": { node, p throws(FieldError) in p.display.showStep = try flag(node) },
        "show_sharpness": { node, p throws(FieldError) in p.display.showSharpness = try flag(node) },
        "expect": { node, p throws(FieldError) in p.expectation = try expectation(node) },
        "data": { node, p throws(FieldError) in p.dataPath = try text(node) },
        "order": { node, p throws(FieldError) in
            p.order = try SettingFormat<Int>.whole("a place in the course", 1...999).read(node)
        },
    ]

    typealias ExpectField = @Sendable (Node, inout PresetExpectation) throws(FieldError) -> Void

    static let expect: [String: ExpectField] = [
        "test_accuracy_at_least": { n, e throws(FieldError) in e.testAccuracyAtLeast = try fraction(n) },
        "best_test_accuracy_at_most": { n, e throws(FieldError) in e.bestTestAccuracyAtMost = try fraction(n) },
        "reaches_test_accuracy": { n, e throws(FieldError) in e.reachesTestAccuracy = try fraction(n) },
        "test_loss_below": { n, e throws(FieldError) in e.testLossBelow = try number(n, "a loss") },
        "train_loss_above": { n, e throws(FieldError) in e.trainLossAbove = try number(n, "a loss") },
        "diverges": { n, e throws(FieldError) in e.diverges = try flag(n) },
        "unstable": { n, e throws(FieldError) in e.unstable = try flag(n) },
        "test_loss_rises_by": { n, e throws(FieldError) in e.testLossRisesBy = try number(n, "a factor, e.g. 1.5") },
        "first_layer_gradient_ratio_below": { n, e throws(FieldError) in
            e.firstLayerGradientRatioBelow = try number(n, "a ratio, e.g. 0.05")
        },
        "hidden_neurons_identical": { n, e throws(FieldError) in e.hiddenNeuronsIdentical = try flag(n) },
        "shows": { n, e throws(FieldError) in e.shows = try diagnoses(n) },
        "never_shows": { n, e throws(FieldError) in e.neverShows = try diagnoses(n) },
        "beats": { n, e throws(FieldError) in
            guard let mapping = n.mapping else {
                throw FieldError(message: "expected settings that differ, e.g. `{optimizer: sgd, learning_rate: 0.03}`")
            }
            var overrides: [String: String] = [:]
            for (key, value) in mapping {
                guard let name = key.string, SettingsTable.spec(presetKey: name) != nil else {
                    throw FieldError(
                        key: "expect.beats", line: key.mark?.line, message: "`\(key.string ?? "?")` is not a setting")
                }
                // A list (`hidden: [8, 8]`) travels as its comma form, which every list setting reads.
                let items = value.sequence.map { Array($0).compactMap(\.string).joined(separator: ", ") }
                guard let text = value.string ?? items else {
                    throw FieldError(
                        key: "expect.beats.\(name)", line: value.mark?.line, message: "expected a value or a list")
                }
                overrides[name] = text
            }
            e.beats = overrides
        },
        "success": { n, e throws(FieldError) in e.success = try successPromise(n) },
    ]

    // MARK: - Values of the preset's own keys

    static func expectation(_ node: Node) throws(FieldError) -> PresetExpectation {
        guard let mapping = node.mapping else {
            throw FieldError(message: "expected promises like `test_accuracy_at_least: 0.95` under `expect:`")
        }
        var result = PresetExpectation()
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? "?"
            guard let field = expect[key] else {
                throw FieldError(
                    key: "expect.\(key)", line: keyNode.mark?.line,
                    message: PresetParser.unknownKeyMessage(key, known: expect.keys))
            }
            do {
                try field(value, &result)
            } catch {
                throw FieldError(key: "expect.\(key)", line: value.mark?.line, message: error.message)
            }
        }
        return result
    }

    /// A list of diagnosis names, e.g. `[diverging, diverged]`.
    static func diagnoses(_ node: Node) throws(FieldError) -> [String] {
        try ListNode.items(node).map { item throws(FieldError) in
            let name = item.string ?? ""
            guard TrainingHealth.names.contains(name) else {
                throw FieldError(
                    message:
                        "unknown diagnosis \(name.quotedForMessage); use one of \(TrainingHealth.names.joined(separator: ", "))"
                )
            }
            return name
        }
    }

    /// `{at_least: 0.9, runs: 20}`, optionally with `vary: weights` (the default is `vary: data`).
    static func successPromise(_ node: Node) throws(FieldError) -> SuccessPromise {
        let example = "expected `{at_least: 0.9, runs: 20}`"
        guard let mapping = node.mapping else { throw FieldError(message: example) }
        var atLeast: Double?, runs: Int?, vary = SeedVariation.data
        for (key, value) in mapping {
            switch key.string {
            case "at_least": atLeast = try fraction(value)
            case "runs": runs = try SettingFormat<Int>.whole("a number of runs", 1...200).read(value)
            case "vary":
                guard let variation = value.string.flatMap(SeedVariation.init(rawValue:)) else {
                    throw .expected("data or weights", value)
                }
                vary = variation
            default:
                throw FieldError(
                    key: "expect.success", line: key.mark?.line,
                    message: PresetParser.unknownKeyMessage(key.string ?? "?", known: ["at_least", "runs", "vary"]))
            }
        }
        guard let atLeast, let runs else { throw FieldError(message: example) }
        return SuccessPromise(atLeast: atLeast, runs: runs, vary: vary)
    }

    /// Text shown to people (title, description, notes), without control characters.
    static func text(_ node: Node) throws(FieldError) -> String {
        guard case .scalar(let scalar) = node else { throw FieldError(message: "expected text") }
        return scalar.string.withoutControlCharacters
    }

    static func number(_ node: Node, _ what: String) throws(FieldError) -> Double {
        guard case .scalar = node, let value = node.string.flatMap(DecimalText.real), value.isFinite else {
            throw .expected(what, node)
        }
        return value
    }

    static func fraction(_ node: Node) throws(FieldError) -> Double {
        let value = try number(node, "a fraction 0…1")
        guard (0...1).contains(value) else { throw FieldError(message: "expected a fraction 0…1, got \(value)") }
        return value
    }

    static func flag(_ node: Node) throws(FieldError) -> Bool { try SettingFormat<Bool>.flag.fromNode(node) }

    static func pace(_ node: Node) throws(FieldError) -> Pace {
        let allowed = "auto, max, 1, 5, 20, 100 or 1000 (epochs per second)"
        if node.string == "max" { return .max }
        if node.string == "auto" { return .auto }
        guard let value = node.string.flatMap(DecimalText.whole), value > 0, let pace = Pace(rawValue: value) else {
            throw .expected(allowed, node)
        }
        return pace
    }
}
