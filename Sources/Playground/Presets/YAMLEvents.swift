import CYaml

/// Reads a preset's YAML as libyaml's own events (the parser Yams uses, before any node or Swift value is
/// built) and refuses what a preset never needs: anchors and aliases, which can multiply a 500-byte file
/// into minutes of work ("billion laughs"), nesting deeper than `maximumDepth`, and more than
/// `maximumEvents` events. The parser decides, so no spelling of an anchor escapes it (after a `#` in a
/// plain scalar, a `|` at a line's end, CR line endings, a quoted string over two lines, a tag).
enum YAMLEvents {
    /// Collections inside collections: a preset needs three (the root, `expect`, `beats`).
    static let maximumDepth = 16
    /// Events in one file: a preset has a few hundred.
    static let maximumEvents = 100_000

    /// What is wrong with `text`, with its 1-based line, or `nil`; a syntax error is left to Yams (which
    /// says it with its line).
    static func problem(in text: String) -> (line: Int, message: String)? {
        // The parser lives at one address for its whole life: libyaml keeps a pointer to it (its string reader's
        // context is the parser itself), which a Swift `&variable` would not keep valid between calls.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        defer {
            parser.deinitialize(count: 1)
            parser.deallocate()
        }
        guard yaml_parser_initialize(parser) == 1 else { return nil }
        defer { yaml_parser_delete(parser) }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            var depth = 0, count = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(parser, &event) == 1 else { return nestingProblem(parser.pointee) }
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1
                count += 1
                if count > maximumEvents {
                    return (line, "is too large for a preset (more than \(maximumEvents) values)")
                }
                if event.type == YAML_ALIAS_EVENT || hasAnchor(event) {
                    return (line, "uses a YAML anchor or alias (&name / *name); a preset writes each value out")
                }
                switch event.type {
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    depth += 1
                    if depth > maximumDepth {
                        return (line, "nests deeper than \(maximumDepth) levels; a preset needs three")
                    }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT: depth -= 1
                case YAML_STREAM_END_EVENT: return nil
                default: break
                }
            }
        }
    }

    /// libyaml's own limit on nesting, said in words (its message names a C function); any other syntax
    /// error is left to Yams, which says it with its line.
    private static func nestingProblem(_ parser: yaml_parser_t) -> (line: Int, message: String)? {
        let texts = [parser.context, parser.problem].compactMap { $0.map { String(cString: $0) } }
        guard texts.contains(where: { $0.contains("nesting level") }) else { return nil }
        return (Int(parser.problem_mark.line) + 1, "nests deeper than \(maximumDepth) levels; a preset needs three")
    }

    private static func hasAnchor(_ event: yaml_event_t) -> Bool {
        switch event.type {
        case YAML_SCALAR_EVENT: return event.data.scalar.anchor != nil
        case YAML_SEQUENCE_START_EVENT: return event.data.sequence_start.anchor != nil
        case YAML_MAPPING_START_EVENT: return event.data.mapping_start.anchor != nil
        default: return false
        }
    }
}
