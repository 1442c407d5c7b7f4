import Playground

/// One row of the controls panel: a setting from `SettingsTable`, or one of the rows the panel adds (the
/// problem type, the hidden layers and their widths, the pace).
public enum Control: Hashable, Sendable {
    case setting(Setting)
    /// Classification or regression (switches between a classification dataset and a regression one).
    case problem
    /// The number of hidden layers.
    case layers
    /// The width of one hidden layer.
    case neurons(layer: Int)
    case speed

    /// Every control for `config`, in display order: the table's stepped settings by group, with the problem
    /// after the dataset, the layers first among the network's, and the pace last.
    public static func list(for config: SessionConfig) -> [Control] {
        let (data, network, training) = panelSettings
        return data + [.layers] + config.hidden.indices.map { Control.neurons(layer: $0) } + network + training + [
            .speed
        ]
    }

    /// The table's stepped settings of each group as controls (the problem right after the dataset).
    private static let panelSettings: (data: [Control], network: [Control], training: [Control]) = {
        func controls(_ group: SettingGroup) -> [Control] {
            SettingsTable.all.filter { $0.group == group && $0.isStepped }.flatMap { spec -> [Control] in
                spec.setting == .dataset ? [.setting(spec.setting), .problem] : [.setting(spec.setting)]
            }
        }
        return (controls(.data), controls(.network), controls(.training))
    }()

    /// The heading a control is listed under.
    public var group: SettingGroup {
        switch self {
        case .setting(let setting): return setting.spec.group ?? .data
        case .problem: return .data
        case .layers, .neurons: return .network
        case .speed: return .training
        }
    }

    public var label: String {
        switch self {
        case .setting(let setting): return setting.spec.label
        case .problem: return "problem"
        case .layers: return "hidden layers"
        case .neurons(let layer): return "  layer \(layer + 1)"
        case .speed: return "speed"
        }
    }

    /// The label in a compact controls column (narrow terminals): at most 6 characters.
    public var shortLabel: String {
        switch self {
        case .setting(.dataset): return "data"
        case .setting(.features): return "inputs"
        case .setting(.trainFraction): return "train"
        case .setting(.standardize): return "std"
        case .setting(.activation): return "act"
        case .setting(.loss): return "out"
        case .setting(.optimizer): return "opt"
        case .setting(.learningRate): return "rate η"
        case .setting(.momentum): return "mom."
        case .setting(.batchSize): return "batch"
        case .setting(.regularization): return "reg"
        case .setting(.regularizationRate): return "reg η"
        case .setting(.dropout): return "drop"
        case .problem: return "type"
        case .layers: return "layers"
        case .neurons(let layer): return " L\(layer + 1)"
        default: return String(label.prefix(6))
        }
    }

    /// The current value as shown.
    public func value(in state: AppState) -> String {
        let c = state.config
        switch self {
        // The features as the network panel names them (x1², not the file spelling x1sq).
        case .setting(.features): return c.features.map(state.name).joined(separator: " ")
        case .setting(let setting): return setting.spec.value(in: c)
        case .problem: return c.dataset.isRegression ? "regression" : "classification"
        case .layers: return "\(c.hidden.count)"
        case .neurons(let layer): return layer < c.hidden.count ? "\(c.hidden[layer]) neurons" : "—"
        case .speed: return state.pace.label
        }
    }

    /// Whether a change applies to the running session without a reset (shown in bold).
    var isLive: Bool {
        switch self {
        case .setting(let setting): return setting.spec.application == .live
        case .speed: return true
        case .problem, .layers, .neurons: return false
        }
    }
}
