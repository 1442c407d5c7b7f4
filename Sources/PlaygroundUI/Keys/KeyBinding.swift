/// One line of a key table: the keys, what they do, and how the help overlay and the status line say it.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let action: Action
    public let summary: String
    /// How the keys are written in help, when not simply listed (e.g. "1…9").
    public let keyLabel: String?
    /// How the status line says it, when shorter than "keys summary" (e.g. "↑↓ neuron").
    public let hint: String?
    /// The binding takes every typed character (the preset-name prompt), as `Action.saveName(.type(_))`.
    public let typesCharacters: Bool

    init(
        _ keys: [Key], _ action: Action, _ summary: String, keyLabel: String? = nil, hint: String? = nil,
        typesCharacters: Bool = false
    ) {
        self.keys = keys
        self.hint = hint
        self.action = action
        self.summary = summary
        self.keyLabel = keyLabel
        self.typesCharacters = typesCharacters
    }

    public var label: String { keyLabel ?? keys.map(\.label).joined(separator: " ") }

    /// The action for `key`, if this binding takes it.
    func action(for key: Key) -> Action? {
        if keys.contains(key) { return action }
        if typesCharacters, case .character(let c) = key { return .saveName(.type(c)) }
        return nil
    }

    /// The binding without `taken` keys (claimed by a mode above), or nil when none is left.
    func without(_ taken: Set<Key>) -> KeyBinding? {
        let left = keys.filter { !taken.contains($0) }
        guard !left.isEmpty || typesCharacters else { return nil }
        return KeyBinding(
            left, action, summary, keyLabel: left.count == keys.count ? keyLabel : nil, hint: hint,
            typesCharacters: typesCharacters)
    }
}
