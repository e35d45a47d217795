/// One node of a parsed YAML document, with the position where it starts.
///
/// Scalars keep their text exactly as libyaml delivered it (escapes resolved, line breaks
/// normalised to `\n`) and their style, so a reader can tell `"no"` from `no`. Mappings keep
/// their keys in document order.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var content: Content
    /// Where the node starts (for a block mapping or sequence: its first entry).
    public var mark: YAMLMark
    /// The node's explicit tag as libyaml resolved it (`tag:yaml.org,2002:str` for `!!str`,
    /// `!name` for a local tag), or nil when the node has none (the parser keeps only the core
    /// tags and those its caller allows).
    public var tag: String? {
        get { YAMLTagTable.name(tagID) }
        set { tagID = YAMLTagTable.id(for: newValue) }
    }

    /// The tag as a number in ``YAMLTagTable`` (0: none), so that copying a node, which the
    /// readers do often, costs no reference counting for a tag almost no node has.
    private var tagID: UInt32

    public init(_ content: Content, mark: YAMLMark, tag: String? = nil) {
        self.content = content
        self.mark = mark
        self.tagID = YAMLTagTable.id(for: tag)
    }

    /// The scalar, if this node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The items, if this node is a sequence.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The key–value pairs, if this node is a mapping.
    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// A short name for the node's kind, for messages: `a string`, `a list`, `a mapping`.
    public var kindDescription: String {
        switch content {
        case .scalar(let scalar):
            switch scalar.plainType {
            case .null: return "null"
            case .bool: return "a boolean"
            case .int, .float: return "a number"
            case .string: return "a string"
            }
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

/// A key and its value in a mapping.
public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

/// A scalar's text and how it was written.
public struct YAMLScalar: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// What a scalar means under the YAML 1.2 core schema, as Erfaring applies it.
    public enum PlainType: Sendable, Hashable {
        case null, bool, int, float, string
    }

    public var value: String
    public var style: Style
    /// The type an explicit core tag gave the scalar: `!!str true` is a string, `!!int "12"` a
    /// number. The parser sets it only after checking that the text fits the tag.
    public var taggedType: PlainType?

    public init(_ value: String, style: Style = .plain, taggedType: PlainType? = nil) {
        self.value = value
        self.style = style
        self.taggedType = taggedType
    }

    /// The scalar's type: an explicit core tag decides; otherwise only plain scalars are typed,
    /// and only `true` and `false` are booleans, so `no`, `yes`, `on` and `off` stay strings.
    public var plainType: PlainType {
        if let taggedType { return taggedType }
        guard style == .plain else { return .string }
        // Most plain scalars are words: only these first bytes can begin a null, a boolean or a number.
        guard let first = value.utf8.first else { return .null }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
             UInt8(ascii: "f"), UInt8(ascii: "F"):
            break
        default:
            return .string
        }
        switch value {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE", "false", "False", "FALSE": return .bool
        default: break
        }
        if Int(value) != nil { return .int }
        if YAMLScalar.isFloat(value) { return .float }
        return .string
    }

    /// The boolean value, if the scalar is a core-schema boolean.
    public var bool: Bool? {
        guard plainType == .bool else { return nil }
        return value.lowercased() == "true"
    }

    /// The integer value, if the scalar is a plain (or `!!int`) decimal integer.
    public var int: Int? {
        guard plainType == .int else { return nil }
        return Int(value)
    }

    /// The number value, if the scalar is a plain (or `!!int`, `!!float`) decimal number.
    public var double: Double? {
        guard plainType == .int || plainType == .float else { return nil }
        return Double(value)
    }

    static func isFloat(_ text: String) -> Bool {
        // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
        var bytes = Substring(text).utf8[...]
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            bytes = bytes.dropFirst()
        }
        func digits(_ s: inout Substring.UTF8View.SubSequence) -> Int {
            var n = 0
            while let c = s.first, c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") {
                s = s.dropFirst()
                n += 1
            }
            return n
        }
        let whole = digits(&bytes)
        var fraction = 0
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            fraction = digits(&bytes)
        }
        guard whole + fraction > 0 else { return false }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                bytes = bytes.dropFirst()
            }
            guard digits(&bytes) > 0 else { return false }
        }
        return bytes.isEmpty
    }
}
