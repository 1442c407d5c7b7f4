import Foundation
import Yams

/// Turns a preset into YAML (through Yams) with every key in a fixed, readable order.
public enum PresetWriter {
    public static func yaml(_ preset: Preset) throws(PresetError) -> String {
        let c = preset.config, d = preset.display
        func scalar(_ text: String) -> Node { Node(text) }
        func number(_ value: Double) -> Node { Node(NumberFormat.compact(value), Tag(.float)) }
        func whole(_ value: Int) -> Node { Node(String(value), Tag(.int)) }
        func flag(_ value: Bool) -> Node { Node(value ? "true" : "false", Tag(.bool)) }
        func list(_ items: [String]) -> Node { Node(items.map { Node($0) }, Tag(.seq), .flow) }
        var pairs: [(String, Node)] = [
            ("title", scalar(preset.title)),
            ("description", scalar(preset.description)),
        ]
        if !preset.notes.isEmpty { pairs.append(("notes", Node(preset.notes, Tag(.str), .literal))) }
        pairs += [
            ("dataset", scalar(c.dataset.rawValue)), ("noise", whole(c.noise)), ("points", whole(c.points)),
            ("train_fraction", number(c.trainFraction)), ("features", list(c.features.map(\.rawValue))),
            ("standardize", flag(c.standardize)), ("hidden", list(c.hidden.map(String.init))),
            ("activation", c.activations.count == 1 ? scalar(c.activations[0].rawValue) : list(c.activations.map(\.rawValue))),
        ]
        if c.dataset == .blobs { pairs.append(("classes", whole(c.classes))) }
        if let loss = c.loss { pairs.append(("loss", scalar(loss.rawValue))) }
        pairs += [
            ("optimizer", scalar(c.optimizer.rawValue)), ("learning_rate", number(c.learningRate)),
            ("momentum", number(c.momentum)), ("batch_size", whole(c.batchSize)),
            ("regularization", scalar(c.regularization.rawValue)), ("regularization_rate", number(c.regularizationRate)),
            ("dropout", number(c.dropout)), ("init", scalar(c.initialization.rawValue)),
            ("seed", Node(String(c.seed), Tag(.int))), ("epochs", whole(c.epochs)),
            ("speed", d.speed == .max ? scalar("max") : whole(d.speed.rawValue)),
            ("show_test_points", flag(d.showTestPoints)), ("discretize", flag(d.discretize)), ("log_scale", flag(d.logScale)),
        ]
        let root = Node(pairs.map { (Node($0.0), $0.1) })
        do {
            return try Yams.serialize(node: root, width: 100, allowUnicode: true)
        } catch {
            throw PresetError(file: preset.name, message: "could not be written as YAML: \(error)")
        }
    }
}

/// Numbers as people write them: 0.03, 1e-05, 3 (presets and the UI's controls).
public enum NumberFormat {
    public static func compact(_ value: Double) -> String {
        if value == 0 { return "0" }
        let text = "\(value)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
