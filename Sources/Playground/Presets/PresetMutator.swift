/// A seeded mutator of preset files, for fuzzing the reader: each mutant is a real preset with one to a few
/// of the edits a hostile or careless hand makes. Used by the test suite (a few hundred mutants) and by
/// `nnplay fuzz` (as many as asked for).
public struct PresetMutator: Sendable {
    /// The edits it makes.
    public enum Edit: String, CaseIterable, Sendable {
        case flipByte, deleteLine, duplicateLine, swapValues, hostileNumber, wrongType, deepNesting
        case anchorsAndAliases, longString, invalidUTF8, tab
    }

    private var rng: SplitMix64
    private let sources: [[UInt8]]

    /// Mutants of `sources` (preset files' bytes), reproducible from `seed`.
    public init(sources: [[UInt8]], seed: UInt64) {
        precondition(!sources.isEmpty, "needs a preset to mutate")
        self.sources = sources
        rng = SplitMix64(seed: seed)
    }

    /// The next mutant, and the edits that made it.
    public mutating func next() -> (bytes: [UInt8], edits: [Edit]) {
        var bytes = sources[pick(sources.count)]
        var edits: [Edit] = []
        for _ in 0..<(1 + pick(3)) {
            let edit = Edit.allCases[pick(Edit.allCases.count)]
            apply(edit, to: &bytes)
            edits.append(edit)
        }
        return (bytes, edits)
    }

    private mutating func pick(_ n: Int) -> Int { Int(rng.next() % UInt64(Swift.max(n, 1))) }

    private mutating func apply(_ edit: Edit, to bytes: inout [UInt8]) {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        let line = pick(lines.count)
        switch edit {
        case .flipByte:
            if !bytes.isEmpty { bytes[pick(bytes.count)] ^= UInt8(1 << pick(8)) }
            return
        case .deleteLine: lines.remove(at: line)
        case .duplicateLine: lines.insert(lines[line], at: line)
        case .swapValues:
            let other = pick(lines.count)
            if let a = value(lines[line]), let b = value(lines[other]) {
                lines[line] = Array(lines[line][..<a]) + Array(lines[other][b...])
            }
        case .hostileNumber:
            let numbers = [
                "9223372036854775807", "-9223372036854775808", "1e308", "-1", "nan", ".inf", "-.inf", "1e-46",
                "0", "18446744073709551616", "017", "0x10", "1:00:00", "1_000",
            ]
            replaceValue(&lines[line], with: numbers[pick(numbers.count)])
        case .wrongType:
            let values = ["[1, 2, 3]", "{a: b}", "true", "''", "~", "\"text\"", "[[[]]]"]
            replaceValue(&lines[line], with: values[pick(values.count)])
        case .deepNesting:
            let depth = 1 + pick(2000)
            replaceValue(
                &lines[line], with: String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
        case .anchorsAndAliases:
            lines.insert(
                Array("a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n? *b\n: x".utf8),
                at: line)
        case .longString:
            replaceValue(&lines[line], with: String(repeating: "x", count: 1 + pick(200_000)))
        case .invalidUTF8:
            lines[line] += [[0xE9], [0xC3, 0x28], [0xFF, 0xFE], [0xED, 0xA0, 0x80]][pick(4)]
        case .tab:
            lines[line].insert(0x09, at: pick(lines[line].count + 1))
        }
        bytes = Array(lines.joined(separator: [0x0A]))
    }

    /// The index where a `key: value` line's value starts.
    private func value(_ line: [UInt8]) -> Int? {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon + 1 < line.count else { return nil }
        return colon + 1
    }

    private func replaceValue(_ line: inout [UInt8], with text: String) {
        let start = value(line) ?? line.count
        line = Array(line[..<start]) + (value(line) == nil ? Array("x:".utf8) : []) + Array(" \(text)".utf8)
    }
}
