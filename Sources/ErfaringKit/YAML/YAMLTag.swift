/// Explicit tags: the YAML 1.2 core tags are honoured, any other tag is refused unless the
/// caller allows it, so `correct: !!str true` is the string `true` and never the boolean.
enum YAMLTag {
    static let prefix = "tag:yaml.org,2002:"
    static let string = prefix + "str"
    static let sequence = prefix + "seq"
    static let mapping = prefix + "map"

    static let core: Set<String> = ["!", string, sequence, mapping, prefix + "int", prefix + "float",
                                    prefix + "bool", prefix + "null"]

    /// The tag to keep on a node: a core tag or one the caller allows; a refused tag is not
    /// kept, so the tags kept in a process are never more than those two lists.
    static func kept(_ tag: String?, allowed: Set<String>) -> String? {
        guard let tag, core.contains(tag) || allowed.contains(tag) else { return nil }
        return tag
    }

    /// The tag as an author writes it: `!!str` for the core tags.
    static func display(_ tag: String) -> String {
        tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }

    /// The type a core tag gives `scalar`, or a message saying why the tag does not fit.
    /// Returns `.success(nil)` for a tag the caller allows, which leaves the scalar untyped.
    static func scalarType(_ tag: String, of scalar: YAMLScalar, allowed: Set<String>)
        -> Result<YAMLScalar.PlainType?, Refusal>
    {
        let wanted: YAMLScalar.PlainType
        switch tag {
        case "!", string: return .success(.string)
        case prefix + "int": wanted = .int
        case prefix + "float": wanted = .float
        case prefix + "bool": wanted = .bool
        case prefix + "null": wanted = .null
        default:
            if allowed.contains(tag) { return .success(nil) }
            return .failure(.unsupported(tag))
        }
        let plain = YAMLScalar(scalar.value).plainType
        let fits = plain == wanted || (wanted == .float && plain == .int)
        return fits ? .success(wanted) : .failure(.mismatch(tag, scalar.value))
    }

    /// Checks a tag on a sequence or mapping.
    static func checkCollection(_ tag: String, isMapping: Bool, allowed: Set<String>) -> Refusal? {
        switch tag {
        case "!": return nil
        case sequence: return isMapping ? .wrongKind(tag, "a mapping") : nil
        case mapping: return isMapping ? nil : .wrongKind(tag, "a list")
        default:
            if allowed.contains(tag) { return nil }
            return tag.hasPrefix(prefix) ? .wrongKind(tag, isMapping ? "a mapping" : "a list") : .unsupported(tag)
        }
    }

    enum Refusal: Error {
        case unsupported(String)
        case mismatch(String, String)
        case wrongKind(String, String)

        var message: String {
            switch self {
            case .unsupported(let tag):
                return "tag '\(display(tag))' is not supported; expected no tag or one of '!!str', '!!int', '!!float', '!!bool', '!!null', '!!seq', '!!map'"
            case .mismatch(let tag, let value):
                let shown = value.count > 40 ? String(value.prefix(40)) + "…" : value
                return "'\(shown)' is not a valid '\(display(tag))' value"
            case .wrongKind(let tag, let kind):
                return "tag '\(display(tag))' cannot be used on \(kind)"
            }
        }
    }
}
