import Foundation
import Yams

/// A saved model's setup as the settings table spells it (version 2): preset keys (`learning_rate`,
/// `hidden`, …) to values, read and written by each setting's own format, so a file missing a key takes its
/// default, an unknown key is refused by name, and adding a setting breaks no saved model. Version 1 files
/// (the setup as Swift's own encoding of `SessionConfig`) still load.
enum ModelSetup {
    /// One value of the setup: text, a number, true/false, or a list.
    enum Value: Codable, Equatable, Sendable {
        case text(String)
        case list([String])

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let items = try? container.decode([Scalar].self) { self = .list(items.map(\.text)); return }
            self = .text(try container.decode(Scalar.self).text)
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .list(let items): try container.encode(items)
            }
        }

        var node: Node {
            switch self {
            case .text(let text): return Node(text)
            case .list(let items): return Node(items.map { Node($0) }, Tag(.seq), .flow)
            }
        }
    }

    /// A JSON scalar as text: "0.03", "8", "true", "xor".
    struct Scalar: Decodable {
        let text: String
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let bool = try? container.decode(Bool.self) {
                text = bool ? "true" : "false"
            } else if let int = try? container.decode(Int.self) {
                text = String(int)
            } else if let double = try? container.decode(Double.self) {
                text = NumberFormat.compact(double)
            } else {
                text = try container.decode(String.self)
            }
        }
    }

    /// The setup of `config` by preset key (the settings a preset writes; one's own points go apart).
    static func values(of config: SessionConfig) -> [String: Value] {
        var values: [String: Value] = [:]
        for spec in SettingsTable.all {
            guard let node = spec.node(config) else { continue }
            switch node {
            case .sequence(let sequence): values[spec.setting.presetKey] = .list(sequence.map { $0.string ?? "" })
            default: values[spec.setting.presetKey] = .text(node.string ?? "")
            }
        }
        return values
    }

    /// The config the setup describes: defaults for keys left out, each value through its setting's format.
    static func config(from values: [String: Value], points: CustomData?) throws(SetupError) -> SessionConfig {
        var config = SessionConfig()
        for key in values.keys.sorted() {
            guard let spec = SettingsTable.spec(presetKey: key) else {
                throw SetupError(
                    key: key, message: "unknown key; a setup uses the preset keys (learning_rate, hidden, …)")
            }
            do { try spec.readNode(values[key]!.node, &config) } catch {
                throw SetupError(key: key, message: error.message)
            }
        }
        config.customData = points
        return config
    }
}

/// A setup value that cannot be read: its key and why, for a message with the file's line.
struct SetupError: Error, Sendable {
    let key: String
    let message: String

    /// "model.json:12: setup.learning_rate: expected …", the line found where the key is written.
    func description(in text: String, file: String) -> String {
        let line =
            text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("\"\(key)\"") }.map { ":\($0 + 1)" } ?? ""
        return "\(file)\(line): setup.\(key.quotedForMessage.dropFirst().dropLast()): \(message)"
    }
}
