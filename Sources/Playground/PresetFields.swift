import Yams

/// The keys of a preset file and how each one's value is read.
enum PresetFields {
    typealias Field = @Sendable (Node, inout Preset) throws(FieldError) -> Void

    static let top: [String: Field] = [
        "title": { node, p throws(FieldError) in p.title = try text(node) },
        "description": { node, p throws(FieldError) in p.description = try text(node) },
        "notes": { node, p throws(FieldError) in p.notes = try text(node) },
        "dataset": { node, p throws(FieldError) in p.config.dataset = try choice(node, DatasetKind.self) },
        "noise": { node, p throws(FieldError) in p.config.noise = try whole(node, "a percentage 0…50") },
        "points": { node, p throws(FieldError) in p.config.points = try whole(node, "a number of points 10…10000") },
        "classes": { node, p throws(FieldError) in p.config.classes = try whole(node, "a number of classes 2…8") },
        "train_fraction": { node, p throws(FieldError) in p.config.trainFraction = try number(node, "a fraction 0.1…0.9") },
        "features": { node, p throws(FieldError) in p.config.features = try each(list(node)) { n throws(FieldError) in try choice(n, Feature.self) } },
        "standardize": { node, p throws(FieldError) in p.config.standardize = try flag(node) },
        "hidden": { node, p throws(FieldError) in
            p.config.hidden = try each(list(node)) { n throws(FieldError) in
                try whole(n, "neurons per hidden layer, e.g. [8, 8] or [] for none")
            }
        },
        "activation": { node, p throws(FieldError) in p.config.activations = try each(list(node)) { n throws(FieldError) in try choice(n, Activation.self) } },
        "loss": { node, p throws(FieldError) in p.config.loss = try choice(node, Loss.self) },
        "optimizer": { node, p throws(FieldError) in p.config.optimizer = try choice(node, OptimizerKind.self) },
        "learning_rate": { node, p throws(FieldError) in p.config.learningRate = try number(node, "a learning rate > 0 and ≤ 100") },
        "momentum": { node, p throws(FieldError) in p.config.momentum = try number(node, "a momentum 0…0.999") },
        "batch_size": { node, p throws(FieldError) in p.config.batchSize = try whole(node, "a batch size ≥ 1") },
        "regularization": { node, p throws(FieldError) in p.config.regularization = try choice(node, Regularization.self) },
        "regularization_rate": { node, p throws(FieldError) in
            p.config.regularizationRate = try number(node, "a regularization rate 0…10")
        },
        "dropout": { node, p throws(FieldError) in p.config.dropout = try number(node, "a dropout probability 0…0.9") },
        "init": { node, p throws(FieldError) in p.config.initialization = try choice(node, Initialization.self) },
        "seed": { node, p throws(FieldError) in
            let seed = try whole(node, "a seed ≥ 0")
            guard seed >= 0 else { throw FieldError(message: "expected a seed ≥ 0, got \(seed)") }
            p.config.seed = UInt64(seed)
        },
        "epochs": { node, p throws(FieldError) in p.config.epochs = try whole(node, "a number of epochs 1…1000000") },
        "speed": { node, p throws(FieldError) in p.display.speed = try pace(node) },
        "show_test_points": { node, p throws(FieldError) in p.display.showTestPoints = try flag(node) },
        "discretize": { node, p throws(FieldError) in p.display.discretize = try flag(node) },
        "log_scale": { node, p throws(FieldError) in p.display.logScale = try flag(node) },
        "expect": { node, p throws(FieldError) in p.expectation = try expectation(node) },
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
        "beats": { n, e throws(FieldError) in
            guard let mapping = n.mapping else {
                throw FieldError(message: "expected settings that differ, e.g. `{optimizer: sgd, learning_rate: 0.03}`")
            }
            var overrides: [String: String] = [:]
            for (key, value) in mapping {
                guard let name = key.string, top[name] != nil, let text = value.string else {
                    throw FieldError(key: "expect.beats", line: key.mark?.line, message: "`\(key.string ?? "?")` is not a setting")
                }
                overrides[name] = text
            }
            e.beats = overrides
        },
    ]

    // MARK: - Values

    /// `map` with a typed error.
    static func each<T>(_ nodes: [Node], _ read: (Node) throws(FieldError) -> T) throws(FieldError) -> [T] {
        var values: [T] = []
        for node in nodes { values.append(try read(node)) }
        return values
    }

    static func expectation(_ node: Node) throws(FieldError) -> PresetExpectation {
        guard let mapping = node.mapping else {
            throw FieldError(message: "expected promises like `test_accuracy_at_least: 0.95` under `expect:`")
        }
        var result = PresetExpectation()
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? "?"
            guard let field = expect[key] else {
                throw FieldError(key: "expect.\(key)", line: keyNode.mark?.line,
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

    static func text(_ node: Node) throws(FieldError) -> String {
        guard case .scalar(let scalar) = node else { throw FieldError(message: "expected text") }
        return scalar.string
    }

    static func shown(_ node: Node) -> String {
        if case .scalar(let scalar) = node { return "'\(scalar.string)'" }
        if node.mapping != nil { return "a mapping" }
        return "a list"
    }

    static func whole(_ node: Node, _ what: String) throws(FieldError) -> Int {
        guard case .scalar = node, let value = node.int else { throw FieldError(message: "expected \(what), got \(shown(node))") }
        return value
    }

    static func number(_ node: Node, _ what: String) throws(FieldError) -> Double {
        guard case .scalar = node, let value = node.float ?? node.int.map(Double.init), value.isFinite else {
            throw FieldError(message: "expected \(what), got \(shown(node))")
        }
        return value
    }

    static func fraction(_ node: Node) throws(FieldError) -> Double {
        let value = try number(node, "a fraction 0…1")
        guard (0...1).contains(value) else { throw FieldError(message: "expected a fraction 0…1, got \(value)") }
        return value
    }

    static func flag(_ node: Node) throws(FieldError) -> Bool {
        guard case .scalar = node, let value = node.bool else { throw FieldError(message: "expected true or false, got \(shown(node))") }
        return value
    }

    static func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _ type: T.Type) throws(FieldError) -> T
    where T.RawValue == String {
        let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
        guard case .scalar(let scalar) = node else { throw FieldError(message: "expected one of \(allowed), got \(shown(node))") }
        guard let value = T(rawValue: scalar.string) else {
            throw FieldError(message: "unknown value '\(scalar.string)'; use one of \(allowed)")
        }
        return value
    }

    /// A YAML list, a comma-separated string, or a single value; `[]` and an empty value are no items.
    static func list(_ node: Node) throws(FieldError) -> [Node] {
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .scalar(let scalar):
            return CommaList.items(scalar.string).map { Node($0, Tag(.implicit), .plain) }
        default: throw FieldError(message: "expected a list, got a mapping")
        }
    }

    static func pace(_ node: Node) throws(FieldError) -> Pace {
        let allowed = "max, 1, 5, 20, 100 or 1000 (epochs per second)"
        if node.string == "max" { return .max }
        guard let value = node.int, let pace = Pace(rawValue: value), pace != .max else {
            throw FieldError(message: "expected \(allowed), got \(shown(node))")
        }
        return pace
    }
}
