import CLibYAML

/// A sequence or mapping under construction. A class, so that appending to the top frame
/// does not copy its children.
private final class Frame {
    let isMapping: Bool
    let mark: YAMLMark
    let anchor: String?
    var items: [YAMLNode] = []
    var pairs: [YAMLPair] = []
    var pendingKey: YAMLNode?
    let tag: String?
    /// Nodes in this subtree, with aliases counted expanded.
    var size = 1
    /// Bytes of scalar text in this subtree, with aliases counted expanded.
    var bytes = 0

    init(isMapping: Bool, mark: YAMLMark, anchor: String?, tag: String?) {
        self.isMapping = isMapping
        self.mark = mark
        self.anchor = anchor
        self.tag = tag
        // Room for two, the size of a text ({nb, en}), the commonest collection: most never
        // grow, and a file of a million one-item lists keeps little unused room.
        if isMapping { pairs.reserveCapacity(2) } else { items.reserveCapacity(2) }
    }
}

/// Builds a ``YAMLNode`` tree from libyaml's events for ``YAMLParser``.
struct YAMLTreeBuilder {
    /// What an anchor stands for, and how much an alias to it expands to.
    private struct Anchored {
        var node: YAMLNode
        var size: Int
        var bytes: Int
    }

    let file: String
    let limits: YAMLLimits
    let allowedTags: Set<String>
    let input: UnsafeBufferPointer<UInt8>
    private let lines: YAMLLineMap
    private var stack: [Frame] = []
    private var anchors: [String: Anchored] = [:]
    private var aliasExpansion = 0
    private var aliasBytes = 0
    private var root: YAMLNode?
    private var documents = 0
    private var diagnostics: [Diagnostic] = []
    private var omittedErrors = 0

    init(file: String, limits: YAMLLimits, allowedTags: Set<String>, input: UnsafeBufferPointer<UInt8>) {
        self.file = file
        self.limits = limits
        self.allowedTags = allowedTags
        self.input = input
        self.lines = YAMLLineMap(input)
    }

    func location(_ mark: yaml_mark_t) -> SourceLocation {
        let converted = lines.mark(mark)
        return SourceLocation(file: file, line: Int(converted.line), column: Int(converted.column))
    }

    func yamlMark(_ mark: yaml_mark_t) -> YAMLMark {
        lines.mark(mark)
    }

    /// Whether ``Diagnostic/perFileLimit`` diagnostics are kept already: later ones are only
    /// counted, so a file of a million problems costs no million messages.
    private var isFull: Bool { diagnostics.count >= Diagnostic.perFileLimit }

    mutating func run() -> YAMLDocument {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            return finish(failed: Diagnostic(
                .yamlSyntax, at: SourceLocation(file: file, line: 1, column: 1),
                "could not initialise the YAML parser (out of memory)"))
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, input.baseAddress, input.count)

        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else {
                return finish(failed: parserError(parser.pointee))
            }
            defer { yaml_event_delete(&event) }
            let type = event.type
            if type == YAML_STREAM_END_EVENT { break }
            if let failure = handle(&event) { return finish(failed: failure) }
        }
        return finish(failed: nil)
    }

    private func finish(failed: Diagnostic?) -> YAMLDocument {
        var all = diagnostics
        if let failed { all.append(failed) }
        return YAMLDocument(file: file, root: failed == nil ? root : nil, diagnostics: all,
                            omittedErrors: omittedErrors)
    }

    /// Handles one event; returns a diagnostic when parsing must stop.
    private mutating func handle(_ event: inout yaml_event_t) -> Diagnostic? {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                return Diagnostic(.yamlMultipleDocuments, at: location(event.start_mark),
                                  "a file holds one document; found a second one here")
            }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length),
                               as: UTF8.self)
            let style: YAMLScalar.Style
            switch data.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: style = .literal
            case YAML_FOLDED_SCALAR_STYLE: style = .folded
            default: style = .plain
            }
            var scalar = YAMLScalar(value, style: style)
            let tag = data.tag.map { String(cString: $0) }
            if let tag {
                switch YAMLTag.scalarType(tag, of: scalar, allowed: allowedTags) {
                case .success(let type): scalar.taggedType = type
                case .failure(let refusal): refuseTag(refusal, at: event.start_mark)
                }
            }
            let node = YAMLNode(.scalar(scalar), mark: yamlMark(event.start_mark),
                                tag: YAMLTag.kept(tag, allowed: allowedTags))
            if let anchor = data.anchor {
                anchors[String(cString: anchor)] = Anchored(node: node, size: 1, bytes: data.length)
            }
            append(node, size: 1, bytes: data.length)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            if stack.count >= limits.maxDepth {
                return Diagnostic(.yamlDepth, at: location(event.start_mark),
                                  "nesting is deeper than \(limits.maxDepth) levels")
            }
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let anchorPointer = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            let tag = (isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag)
                .map { String(cString: $0) }
            if let tag, let refusal = YAMLTag.checkCollection(tag, isMapping: isMapping, allowed: allowedTags) {
                refuseTag(refusal, at: event.start_mark)
            }
            stack.append(Frame(isMapping: isMapping, mark: yamlMark(event.start_mark),
                               anchor: anchorPointer.map { String(cString: $0) },
                               tag: YAMLTag.kept(tag, allowed: allowedTags)))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { break }
            let node: YAMLNode
            // An empty list or mapping keeps none of the room reserved for it.
            if frame.isMapping {
                let pairs = frame.pairs.isEmpty ? [] : removingDuplicateKeys(frame.pairs)
                node = YAMLNode(.mapping(pairs), mark: frame.mark, tag: frame.tag)
            } else {
                node = YAMLNode(.sequence(frame.items.isEmpty ? [] : frame.items), mark: frame.mark, tag: frame.tag)
            }
            if let anchor = frame.anchor {
                anchors[anchor] = Anchored(node: node, size: frame.size, bytes: frame.bytes)
            }
            append(node, size: frame.size, bytes: frame.bytes)
        case YAML_ALIAS_EVENT:
            let name = String(cString: event.data.alias.anchor)
            guard let target = anchors[name] else {
                return Diagnostic(.yamlSyntax, at: location(event.start_mark),
                                  "alias '*\(name)' refers to no anchor defined before it")
            }
            aliasExpansion += target.size
            aliasBytes += target.bytes
            let note = Diagnostic.Note("this is how an 'alias bomb' starts; write the text out or use fewer aliases")
            if aliasExpansion > limits.maxAliasExpansion {
                return Diagnostic(.yamlAliasLimit, at: location(event.start_mark),
                                  "aliases expand to more than \(limits.maxAliasExpansion) nodes", notes: [note])
            }
            if aliasBytes > limits.maxAliasBytes {
                return Diagnostic(.yamlAliasLimit, at: location(event.start_mark),
                                  "aliases expand to more than \(limits.maxAliasBytes) bytes of text", notes: [note])
            }
            var node = target.node
            node.mark = yamlMark(event.start_mark)
            append(node, size: target.size, bytes: target.bytes)
        default:
            break
        }
        return nil
    }

    private mutating func refuseTag(_ refusal: YAMLTag.Refusal, at mark: yaml_mark_t) {
        if isFull {
            omittedErrors += 1
        } else {
            diagnostics.append(Diagnostic(.yamlTag, at: location(mark), refusal.message))
        }
    }

    private mutating func append(_ node: YAMLNode, size: Int, bytes: Int) {
        guard let top = stack.last else {
            root = node
            return
        }
        top.size += size
        top.bytes += bytes
        if top.isMapping {
            if let key = top.pendingKey {
                top.pairs.append(YAMLPair(key: key, value: node))
                top.pendingKey = nil
            } else {
                top.pendingKey = node
            }
        } else {
            top.items.append(node)
        }
    }

    /// Reports every repeated scalar key at its second occurrence and keeps the first.
    private mutating func removingDuplicateKeys(_ pairs: [YAMLPair]) -> [YAMLPair] {
        guard pairs.count > 1 else { return pairs }
        if pairs.count <= 12 {
            // Small mappings, the common case: compare in place, no hashing or allocation.
            var clean = true
            outer: for index in 1..<pairs.count {
                guard let key = pairs[index].key.scalar?.value else { continue }
                for earlier in 0..<index where pairs[earlier].key.scalar?.value == key {
                    clean = false
                    break outer
                }
            }
            if clean { return pairs }
        }
        var firstIndex: [String: Int] = [:]
        firstIndex.reserveCapacity(pairs.count)
        // Built only once a duplicate appears: the pairs so far, then every pair kept.
        var kept: [YAMLPair]?
        for (index, pair) in pairs.enumerated() {
            guard let key = pair.key.scalar?.value else {
                kept?.append(pair)
                continue
            }
            if let first = firstIndex[key] {
                if kept == nil { kept = Array(pairs[..<index]) }
                if isFull {
                    omittedErrors += 1
                } else {
                    diagnostics.append(Diagnostic(
                        .yamlDuplicateKey, at: SourceLocation(file: file, mark: pair.key.mark),
                        "duplicate key '\(key)'",
                        notes: [.init("'\(key)' is first defined here",
                                      at: SourceLocation(file: file, mark: pairs[first].key.mark))]))
                }
            } else {
                firstIndex[key] = index
                kept?.append(pair)
            }
        }
        return kept ?? pairs
    }

    private func parserError(_ parser: yaml_parser_t) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "the YAML could not be read"
        if parser.error == YAML_READER_ERROR {
            let at = locationOfByte(parser.problem_offset)
            if problem.contains("control characters") {
                let name = Unicode.Scalar(UInt32(bitPattern: parser.problem_value))
                    .map(TextChecks.describe) ?? "\(parser.problem_value)"
                return Diagnostic(.controlCharacter, at: at,
                                  "control character \(name) is not allowed in a curriculum file",
                                  notes: [.init("control characters and terminal escape sequences are not allowed in text")])
            }
            return Diagnostic(.yamlEncoding, at: at, "\(problem): the file must be UTF-8",
                              notes: [.init("save the file as UTF-8 in your editor")])
        }
        var notes: [Diagnostic.Note] = []
        if let context = parser.context {
            notes.append(.init(String(cString: context), at: errorLocation(parser.context_mark)))
        }
        if problem.contains("mapping values are not allowed") {
            notes.append(.init("a text containing ': ' must be quoted or written as a block scalar (|)"))
        }
        return Diagnostic(.yamlSyntax, at: errorLocation(parser.problem_mark), problem, notes: notes)
    }

    /// The location of an error's mark. At the end of a file without a final line break,
    /// libyaml puts the mark on a line after the last one; the error is shown at the end of
    /// the last line instead, where the author can see it.
    private func errorLocation(_ mark: yaml_mark_t) -> SourceLocation {
        let located = location(mark)
        guard mark.index > 0, input.last != 0x0A, input.last != 0x0D else { return located }
        let end = locationOfByte(input.count)
        return located.line > end.line ? end : located
    }

    /// Line and column (in Unicode scalars) of a byte offset, counting CR LF as one break.
    private func locationOfByte(_ offset: Int) -> SourceLocation {
        var line = 1
        var column = 1
        var index = 0
        let end = min(offset, input.count)
        while index < end {
            let byte = input[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= input.count || input[index + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 && byte != 0x0D {
                column += 1
            }
            index += 1
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
