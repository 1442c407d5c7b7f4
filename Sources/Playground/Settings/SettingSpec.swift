import Yams

/// Where a setting is listed in the controls panel.
public enum SettingGroup: String, Sendable, CaseIterable {
    case data = "DATA"
    case network = "NETWORK"
    case training = "TRAINING"
}

/// What a change of a setting means for a running session.
public enum SettingApplication: Sendable, Equatable {
    /// Applies to the running session from the next step on: nothing learned is lost.
    case live
    /// Needs a new session (new data or a new network).
    case rebuild
    /// Only how long a headless run lasts; a running session ignores it.
    case runLength
}

/// One setting, declared once: its names, what it allows, how it is read and written, how the UI shows and
/// steps it, and whether a change applies live. Built from a key path and a `SettingFormat` by
/// `SettingSpec.field`; `SettingsTable` holds them all. A class, so the UI can walk the table every frame
/// without copying (and retaining) a dozen closures per entry.
public final class SettingSpec: Sendable {
    public let setting: Setting
    /// The controls panel's heading, or `nil` when the panel does not list the setting.
    public let group: SettingGroup?
    /// The controls panel's label, e.g. "learning rate".
    public let label: String
    /// The command-line help, e.g. "Noise in percent, 0…50.".
    public let help: String
    public let application: SettingApplication
    /// What a value looks like, for messages: "a percentage 0…50".
    public let expected: String
    /// Whether the UI steps it with ←/→ (the table gives the values it steps through).
    public var isStepped: Bool { stepper != nil }

    let readText: @Sendable (String, inout SessionConfig) throws(SettingProblem) -> Void
    let readNode: @Sendable (Node, inout SessionConfig) throws(FieldError) -> Void
    /// The preset value, or `nil` when a preset leaves it out (e.g. `classes` for a dataset without classes).
    let node: @Sendable (SessionConfig) -> Node?
    let same: @Sendable (SessionConfig, SessionConfig) -> Bool
    let copy: @Sendable (SessionConfig, inout SessionConfig) -> Void
    let problem: @Sendable (SessionConfig) -> String?
    let shown: @Sendable (SessionConfig) -> String
    let stepper: (@Sendable (SessionConfig, Int) -> SessionConfig)?

    init(
        setting: Setting, group: SettingGroup?, label: String, help: String, application: SettingApplication,
        expected: String, readText: @escaping @Sendable (String, inout SessionConfig) throws(SettingProblem) -> Void,
        readNode: @escaping @Sendable (Node, inout SessionConfig) throws(FieldError) -> Void,
        node: @escaping @Sendable (SessionConfig) -> Node?,
        same: @escaping @Sendable (SessionConfig, SessionConfig) -> Bool,
        copy: @escaping @Sendable (SessionConfig, inout SessionConfig) -> Void,
        problem: @escaping @Sendable (SessionConfig) -> String?, shown: @escaping @Sendable (SessionConfig) -> String,
        stepper: (@Sendable (SessionConfig, Int) -> SessionConfig)?
    ) {
        (self.setting, self.group, self.label, self.help, self.application, self.expected) =
            (setting, group, label, help, application, expected)
        (self.readText, self.readNode, self.node, self.same, self.copy) = (readText, readNode, node, same, copy)
        (self.problem, self.shown, self.stepper) = (problem, shown, stepper)
    }

    /// Sets the setting from command-line text; throws the message for `--option: message`.
    public func read(_ text: String, into config: inout SessionConfig) throws(ConfigError) {
        do {
            try readText(text, &config)
        } catch {
            throw ConfigError(setting, error.message)
        }
    }

    /// The value as the controls panel shows it.
    public func value(in config: SessionConfig) -> String { shown(config) }

    /// The config with this setting stepped by `delta` (+1 or −1) through the values the table lists; the
    /// config unchanged when the setting is not stepped.
    public func stepped(_ config: SessionConfig, by delta: Int) -> SessionConfig { stepper?(config, delta) ?? config }

    /// Whether `a` and `b` agree on this setting.
    public func agrees(_ a: SessionConfig, _ b: SessionConfig) -> Bool { same(a, b) }

    // MARK: - Building an entry

    typealias Path<V> = WritableKeyPath<SessionConfig, V> & Sendable

    /// The entry for the setting stored at `path`, read and written by `format`.
    static func field<V>(
        _ setting: Setting, _ path: Path<V>, _ format: SettingFormat<V>, group: SettingGroup?, label: String,
        help: String, applies application: SettingApplication, steps: SettingSteps<V>? = nil,
        shown: (@Sendable (SessionConfig) -> String)? = nil, writtenWhen: (@Sendable (SessionConfig) -> Bool)? = nil
    ) -> SettingSpec {
        let readText: @Sendable (String, inout SessionConfig) throws(SettingProblem) -> Void = {
            text, config throws(SettingProblem) in
            config[keyPath: path] = try format.fromText(text)
        }
        let readNode: @Sendable (Node, inout SessionConfig) throws(FieldError) -> Void = {
            node, config throws(FieldError) in
            config[keyPath: path] = try format.fromNode(node)
        }
        let node: @Sendable (SessionConfig) -> Node? = { config in
            (writtenWhen?(config) ?? true) ? format.toNode(config[keyPath: path]) : nil
        }
        let same: @Sendable (SessionConfig, SessionConfig) -> Bool = { $0[keyPath: path] == $1[keyPath: path] }
        let copy: @Sendable (SessionConfig, inout SessionConfig) -> Void = { source, target in
            target[keyPath: path] = source[keyPath: path]
        }
        let problem: @Sendable (SessionConfig) -> String? = { format.problem($0[keyPath: path]) }
        let show: @Sendable (SessionConfig) -> String = shown ?? { format.show($0[keyPath: path]) }
        var stepper: (@Sendable (SessionConfig, Int) -> SessionConfig)?
        if let steps { stepper = { config, delta in steps.step(config, path, delta) } }
        return SettingSpec(
            setting: setting, group: group, label: label, help: help, application: application,
            expected: format.expected, readText: readText, readNode: readNode, node: node, same: same, copy: copy,
            problem: problem, shown: show, stepper: stepper)
    }
}

/// How the UI steps a setting with ←/→.
struct SettingSteps<V: Sendable>: Sendable {
    let step: @Sendable (SessionConfig, WritableKeyPath<SessionConfig, V> & Sendable, Int) -> SessionConfig

    /// A custom step over the whole config (e.g. a dataset change that also drops a loss that no longer fits).
    static func custom(_ step: @escaping @Sendable (SessionConfig, Int) -> SessionConfig) -> Self {
        Self { config, _, delta in step(config, delta) }
    }
}

extension SettingSteps where V: Comparable & Numeric {
    /// To the neighbour in `values` (from the nearest entry when the value is not listed), clamped at the ends.
    static func nearest(_ values: [V]) -> Self {
        Self { config, path, delta in
            var next = config
            next[keyPath: path] = SteppedValues.step(config[keyPath: path], by: delta, in: values)
            return next
        }
    }
}

extension SettingSteps where V: Equatable {
    /// To the next of `values`, wrapping around.
    static func cycle(_ values: [V]) -> Self {
        Self { config, path, delta in
            var next = config
            next[keyPath: path] = SteppedValues.cycle(config[keyPath: path], by: delta, in: values)
            return next
        }
    }
}
