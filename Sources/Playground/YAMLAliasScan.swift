/// Finds YAML anchors (`&name`) and aliases (`*name`) before the parser sees them. A preset is a handful of
/// plain settings and needs neither; refusing them keeps a 500-byte "billion laughs" file (aliases of
/// aliases, expanded when the parser hashes mapping keys) from hanging the program.
///
/// Looks where YAML allows a node property to start — after indentation, `- `, `? `, `key: `, and `[`, `{`,
/// `,` in flow collections — outside quotes, comments and block scalars (`|`, `>`), so text such as
/// `notes: multiply 2 * 3` or a `*` inside the lesson notes passes.
enum YAMLAliasScan {
    /// The 1-based line of the first anchor or alias, or `nil`.
    static func firstLine(in text: String) -> Int? {
        var blockIndent: Int?  // inside a block scalar: the indent of the key that opened it
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Array(rawLine)
            let indent = line.prefix { $0 == " " }.count
            let isBlank = line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
            if let open = blockIndent {
                if isBlank || indent > open { continue }
                blockIndent = nil
            }
            let (found, opensBlock) = scan(line, from: indent)
            if found { return index + 1 }
            if opensBlock { blockIndent = indent }
        }
        return nil
    }

    /// Whether the line has an anchor or alias at a node start, and whether it opens a block scalar.
    private static func scan(_ line: [Character], from start: Int) -> (found: Bool, opensBlock: Bool) {
        var i = start, atNodeStart = true, flowDepth = 0
        while i < line.count {
            let c = line[i]
            if c == " " || c == "\t" { i += 1; continue }
            if c == "#" { break }
            if atNodeStart && (c == "&" || c == "*") && i + 1 < line.count && line[i + 1] != " " { return (true, false) }
            if c == "'" || c == "\"" {
                i = closingQuote(line, from: i) + 1
                atNodeStart = false
                continue
            }
            let next: Character = i + 1 < line.count ? line[i + 1] : " "
            switch c {
            case "[", "{": flowDepth += 1; atNodeStart = true
            case "]", "}": flowDepth -= 1; atNodeStart = false
            case "," where flowDepth > 0: atNodeStart = true
            case "-" where atNodeStart && (next == " " || i + 1 == line.count): atNodeStart = true
            case "?" where atNodeStart && next == " ": atNodeStart = true
            case ":" where next == " " || i + 1 == line.count || (flowDepth > 0 && (next == "," || next == "}")):
                atNodeStart = true
            default:
                // A plain scalar runs to the next `: ` (or flow indicator); nothing inside it starts a node.
                atNodeStart = false
            }
            i += 1
        }
        return (false, blockIndicatorEnds(line))
    }

    /// Whether the line ends in a block scalar indicator (`|`, `>`, with `-`/`+` and an indent digit).
    private static func blockIndicatorEnds(_ line: [Character]) -> Bool {
        var end = line.count
        while end > 0, line[end - 1] == " " || line[end - 1] == "\r" { end -= 1 }
        var j = end
        while j > 0, "-+0123456789".contains(line[j - 1]) { j -= 1 }
        guard j > 0, line[j - 1] == "|" || line[j - 1] == ">" else { return false }
        return j == 1 || line[j - 2] == " "
    }

    /// The index of the quote that closes the one at `start` (the line's end if none); `''` and `\"` escape.
    private static func closingQuote(_ line: [Character], from start: Int) -> Int {
        let quote = line[start]
        var i = start + 1
        while i < line.count {
            if quote == "\"" && line[i] == "\\" { i += 2; continue }
            if line[i] == quote {
                if quote == "'" && i + 1 < line.count && line[i + 1] == "'" { i += 2; continue }
                return i
            }
            i += 1
        }
        return line.count
    }
}
