import Foundation
import Yams

/// Turns a preset into YAML (through Yams) with every key in a fixed, readable order.
public enum PresetWriter {
    public static func yaml(_ preset: Preset) throws(PresetError) -> String {
        let d = preset.display
        func flag(_ value: Bool) -> Node { SettingFormat<Bool>.flag.toNode(value) }
        var pairs: [(String, Node)] = [("title", Node(preset.title))]
        if let order = preset.order { pairs.append(("order", Node(String(order), Tag(.int)))) }
        pairs.append(("description", Node(preset.description)))
        if !preset.notes.isEmpty { pairs.append(("notes", Node(preset.notes, Tag(.str), .literal))) }
        if let data = preset.dataPath { pairs.append(("data", Node(data))) }
        for spec in SettingsTable.all {
            if let node = spec.node(preset.config) { pairs.append((spec.setting.presetKey, node)) }
        }
        pairs += [
            ("speed", d.speed.rawValue > 0 ? Node(String(d.speed.rawValue), Tag(.int)) : Node(d.speed.label)),
            ("show_test_points", flag(d.showTestPoints)), ("discretize", flag(d.discretize)),
            ("log_scale", flag(d.logScale)),
            ("show_step", flag(d.showStep)), ("show_sharpness", flag(d.showSharpness)),
        ]
        let root = Node(pairs.map { (Node($0.0), $0.1) })
        do {
            return try Yams.serialize(node: root, width: 100, allowUnicode: true)
        } catch {
            throw PresetError(file: preset.name, message: "could not be written as YAML: \(error)")
        }
    }
}
