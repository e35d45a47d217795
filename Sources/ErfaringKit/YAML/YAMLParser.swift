import CLibYAML

/// The result of parsing one YAML file: its root node (absent when the file is empty or
/// could not be parsed) and every problem found on the way.
public struct YAMLDocument: Sendable {
    /// The display path the document was read from.
    public var file: String
    public var root: YAMLNode?
    public var diagnostics: [Diagnostic]

    /// The location of a mark in this document.
    public func location(_ mark: YAMLMark) -> SourceLocation {
        SourceLocation(file: file, mark: mark)
    }
}

/// Turns YAML bytes into an owned ``YAMLNode`` tree through libyaml's event API.
///
/// libyaml checks the syntax and the encoding; this type adds what libyaml leaves to its
/// callers: duplicate keys, a bound on alias expansion, bounds on size and depth, and a single
/// document per file. Problems become located ``Diagnostic``s.
public enum YAMLParser {
    /// Parses `bytes`, reporting locations against `file`.
    public static func parse(
        _ bytes: [UInt8], file: String, limits: YAMLLimits = .default
    ) -> YAMLDocument {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard bytes.count <= limits.maxFileSize else {
            return YAMLDocument(file: file, root: nil, diagnostics: [.error(
                "yaml-file-size", at: start,
                "file is \(bytes.count) bytes; the limit is \(limits.maxFileSize) bytes")])
        }
        var input = bytes
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input.removeFirst(3) }
        if input.isEmpty { input = [0x0A] }  // libyaml needs a non-empty buffer pointer
        return input.withUnsafeBufferPointer { buffer in
            var builder = TreeBuilder(file: file, limits: limits, input: buffer)
            return builder.run()
        }
    }
}

/// A sequence or mapping under construction. A class, so that appending to the top frame
/// does not copy its children.
private final class Frame {
    let isMapping: Bool
    let mark: YAMLMark
    let anchor: String?
    let tag: String?
    var items: [YAMLNode] = []
    var pairs: [YAMLPair] = []
    var pendingKey: YAMLNode?
    /// Nodes in this subtree, with aliases counted expanded.
    var size = 1

    init(isMapping: Bool, mark: YAMLMark, anchor: String?, tag: String?) {
        self.isMapping = isMapping
        self.mark = mark
        self.anchor = anchor
        self.tag = tag
        // Room for a typical mapping or list of the format, so most never grow.
        if isMapping { pairs.reserveCapacity(4) } else { items.reserveCapacity(4) }
    }
}

private struct TreeBuilder {
    let file: String
    let limits: YAMLLimits
    let input: UnsafeBufferPointer<UInt8>
    var stack: [Frame] = []
    var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    var aliasExpansion = 0
    var root: YAMLNode?
    var documents = 0
    var diagnostics: [Diagnostic] = []

    init(file: String, limits: YAMLLimits, input: UnsafeBufferPointer<UInt8>) {
        self.file = file
        self.limits = limits
        self.input = input
    }

    func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)
    }

    func yamlMark(_ mark: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: Int32(truncatingIfNeeded: mark.line + 1),
                 column: Int32(truncatingIfNeeded: mark.column + 1))
    }

    mutating func run() -> YAMLDocument {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            return finish(failed: .error(
                "yaml-syntax", at: SourceLocation(file: file, line: 1, column: 1),
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
        return YAMLDocument(file: file, root: failed == nil ? root : nil, diagnostics: all)
    }

    /// Handles one event; returns a diagnostic when parsing must stop.
    private mutating func handle(_ event: inout yaml_event_t) -> Diagnostic? {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                return .error("yaml-multiple-documents", at: location(event.start_mark),
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
            let node = YAMLNode(.scalar(YAMLScalar(value, style: style)), mark: yamlMark(event.start_mark),
                                tag: data.tag.map { String(cString: $0) })
            if let anchor = data.anchor { anchors[String(cString: anchor)] = (node, 1) }
            append(node, size: 1)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            if stack.count >= limits.maxDepth {
                return .error("yaml-depth", at: location(event.start_mark),
                              "nesting is deeper than \(limits.maxDepth) levels")
            }
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let anchorPointer = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            let tagPointer = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
            stack.append(Frame(isMapping: isMapping, mark: yamlMark(event.start_mark),
                               anchor: anchorPointer.map { String(cString: $0) }, tag: tagPointer.map { String(cString: $0) }))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { break }
            let node: YAMLNode
            if frame.isMapping {
                node = YAMLNode(.mapping(removingDuplicateKeys(frame.pairs)), mark: frame.mark, tag: frame.tag)
            } else {
                node = YAMLNode(.sequence(frame.items), mark: frame.mark, tag: frame.tag)
            }
            if let anchor = frame.anchor { anchors[anchor] = (node, frame.size) }
            append(node, size: frame.size)
        case YAML_ALIAS_EVENT:
            let name = String(cString: event.data.alias.anchor)
            guard let target = anchors[name] else {
                return .error("yaml-syntax", at: location(event.start_mark),
                              "alias '*\(name)' refers to no anchor defined before it")
            }
            aliasExpansion += target.size
            if aliasExpansion > limits.maxAliasExpansion {
                return .error("yaml-alias-limit", at: location(event.start_mark),
                              "aliases expand to more than \(limits.maxAliasExpansion) nodes",
                              notes: [.init("this is how an 'alias bomb' starts; write the text out or use fewer aliases")])
            }
            var node = target.node
            node.mark = yamlMark(event.start_mark)
            append(node, size: target.size)
        default:
            break
        }
        return nil
    }

    private mutating func append(_ node: YAMLNode, size: Int) {
        guard let top = stack.last else {
            root = node
            return
        }
        top.size += size
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
        var duplicates: [Int] = []
        for (index, pair) in pairs.enumerated() {
            guard let key = pair.key.scalar?.value else { continue }
            if let first = firstIndex[key] {
                duplicates.append(index)
                diagnostics.append(.error(
                    "yaml-duplicate-key", at: SourceLocation(file: file, mark: pair.key.mark),
                    "duplicate key '\(key)'",
                    notes: [.init("'\(key)' is first defined here",
                                  at: SourceLocation(file: file, mark: pairs[first].key.mark))]))
            } else {
                firstIndex[key] = index
            }
        }
        guard !duplicates.isEmpty else { return pairs }
        let drop = Set(duplicates)
        return pairs.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
    }

    private func parserError(_ parser: yaml_parser_t) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "the YAML could not be read"
        if parser.error == YAML_READER_ERROR {
            let at = locationOfByte(parser.problem_offset)
            if problem.contains("control characters") {
                let name = Unicode.Scalar(UInt32(bitPattern: parser.problem_value))
                    .map(TextChecks.describe) ?? "\(parser.problem_value)"
                return .error("control-character", at: at,
                              "control character \(name) is not allowed in a curriculum file",
                              notes: [.init("control characters and terminal escape sequences are not allowed in text")])
            }
            return .error("yaml-encoding", at: at, "\(problem): the file must be UTF-8",
                          notes: [.init("save the file as UTF-8 in your editor")])
        }
        var notes: [Diagnostic.Note] = []
        if let context = parser.context {
            notes.append(.init(String(cString: context), at: location(parser.context_mark)))
        }
        if problem.contains("mapping values are not allowed") {
            notes.append(.init("a text containing ': ' must be quoted or written as a block scalar (|)"))
        }
        return .error("yaml-syntax", at: location(parser.problem_mark), problem, notes: notes)
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
