/// Reads the keys of one YAML mapping into typed values, reporting what is unknown, missing
/// or of the wrong type as located diagnostics.
///
/// The allowed keys are declared up front, so an unknown key (a typo) is reported at once with
/// a "did you mean" note, and a text can never hide under a misspelt key.
struct MappingReader {
    let node: YAMLNode
    let pairs: [YAMLPair]
    /// How the mapping is named in messages: `lesson 'what-is-recovery'`.
    let what: String
    let document: DocumentContext

    /// Returns nil (after reporting) when `node` is not a mapping.
    init?(_ node: YAMLNode, what: String, keys: [String], in document: DocumentContext) {
        self.node = node
        self.what = what
        self.document = document
        guard let pairs = node.mapping else {
            document.sink.report(.wrongType, at: document.location(node),
                                 "\(what) must be a mapping; found \(node.kindDescription)")
            return nil
        }
        self.pairs = pairs
        for pair in pairs {
            guard let key = pair.key.scalar?.value else {
                document.sink.report(.wrongType, at: document.location(pair.key),
                                     "keys in \(what) must be strings; found \(pair.key.kindDescription)")
                continue
            }
            if !keys.contains(key) {
                document.sink.report(.unknownKey, at: document.location(pair.key),
                                     "unknown key '\(key)' in \(what)", notes: Self.unknownKeyNotes(key, keys: keys))
            }
        }
    }

    var location: SourceLocation { document.location(node) }

    /// "Did you mean" or the list of expected keys, and a hint when a comma split a text.
    static func unknownKeyNotes(_ key: String, keys: [String]) -> [Diagnostic.Note] {
        var notes: [Diagnostic.Note] = []
        if let close = TextChecks.suggestion(for: key, among: keys) {
            notes.append(.init("did you mean '\(close)'?"))
        } else {
            notes.append(.init("expected one of: " + keys.map { "'\($0)'" }.joined(separator: ", ")))
        }
        if key.contains(" ") || key.hasSuffix(".") {
            notes.append(.init("inside '{ }' a comma ends the value: quote a text that contains commas"))
        }
        return notes
    }

    func has(_ key: String) -> Bool { value(key) != nil }

    func value(_ key: String) -> YAMLNode? {
        pairs.first { $0.key.scalar?.value == key }?.value
    }

    func keyLocation(_ key: String) -> SourceLocation? {
        pairs.first { $0.key.scalar?.value == key }.map { document.location($0.key) }
    }

    /// The value of `key`, reporting `missing-key` when a required key is absent.
    func node(_ key: String, required: Bool = true) -> YAMLNode? {
        if let found = value(key) { return found }
        if required {
            document.sink.report(.missingKey, at: location, "\(what) is missing required key '\(key)'")
        }
        return nil
    }

    func string(_ key: String, required: Bool = true, allowBoolean: Bool = false) -> Located<String>? {
        guard let value = node(key, required: required) else { return nil }
        return document.string(value, describing: "'\(key)' of \(what)", allowBoolean: allowBoolean)
    }

    /// A kebab-case id. An id that breaks the rule is reported and still returned, so the
    /// item it names is checked further.
    func id(_ key: String = "id", required: Bool = true) -> Located<String>? {
        // `true` and `false` are fine as ids (the choices of a true/false question).
        guard let found = string(key, required: required, allowBoolean: true) else { return nil }
        document.checkID(found)
        return found
    }

    func ids(_ key: String, required: Bool = true) -> [Located<String>] {
        guard let list = list(key, required: required) else { return [] }
        return list.compactMap { item in
            guard let found = document.string(item, describing: "an entry of '\(key)' in \(what)") else {
                return nil
            }
            document.checkID(found)
            return found
        }
    }

    func list(_ key: String, required: Bool = true) -> [YAMLNode]? {
        guard let value = node(key, required: required) else { return nil }
        guard let items = value.sequence else {
            document.sink.report(.wrongType, at: document.location(value),
                                 "'\(key)' of \(what) must be a list; found \(value.kindDescription)")
            return nil
        }
        return items
    }

    func int(_ key: String, required: Bool = true) -> Int? {
        guard let value = node(key, required: required) else { return nil }
        guard let number = value.scalar?.int else {
            document.sink.report(.wrongType, at: document.location(value),
                                 "'\(key)' of \(what) must be a whole number; found \(value.kindDescription)")
            return nil
        }
        return number
    }

    func double(_ key: String, required: Bool = true) -> Double? {
        guard let value = node(key, required: required) else { return nil }
        guard let number = value.scalar?.double else {
            document.sink.report(.wrongType, at: document.location(value),
                                 "'\(key)' of \(what) must be a number; found \(value.kindDescription)")
            return nil
        }
        return number
    }

    func bool(_ key: String, required: Bool = true) -> Bool? {
        guard let value = node(key, required: required) else { return nil }
        guard let flag = value.scalar?.bool else {
            var notes: [Diagnostic.Note] = []
            if let text = value.scalar?.value, ["yes", "no", "on", "off", "y", "n"].contains(text.lowercased()) {
                notes.append(.init("only 'true' and 'false' are booleans; '\(text)' is a string"))
            }
            document.sink.report(.wrongType, at: document.location(value),
                                 "'\(key)' of \(what) must be true or false; found \(value.kindDescription)",
                                 notes: notes)
            return nil
        }
        return flag
    }

    /// A localised text; reports missing or empty languages. Returns nil only when the key is
    /// absent or not a mapping.
    func text(_ key: String, required: Bool = true) -> LocalizedText? {
        guard let value = node(key, required: required) else { return nil }
        return document.text(value, key: key, of: what)
    }
}

/// The file being read and where its diagnostics go.
struct DocumentContext {
    let file: String
    let sink: DiagnosticCollector

    func location(_ node: YAMLNode) -> SourceLocation { SourceLocation(file: file, mark: node.mark) }

    /// A scalar's text, checked for forbidden characters.
    func string(_ node: YAMLNode, describing what: @autoclosure () -> String,
                allowBoolean: Bool = false) -> Located<String>? {
        guard let scalar = node.scalar, scalar.plainType != .null, allowBoolean || scalar.plainType != .bool else {
            sink.report(.wrongType, at: location(node), "\(what()) must be a string; found \(node.kindDescription)")
            return nil
        }
        if let bad = TextChecks.forbiddenCharacter(in: scalar.value) {
            sink.report(.controlCharacter, at: location(node),
                        "\(what()) contains control character \(TextChecks.describe(bad))",
                        notes: [.init("control characters and terminal escape sequences are not allowed in text")])
            // The value goes no further: no later message may carry it to a terminal.
            return nil
        }
        return Located(scalar.value, at: location(node))
    }

    @discardableResult
    func checkID(_ id: Located<String>) -> Bool {
        guard TextChecks.isValidID(id.value) else {
            sink.report(.invalidId, at: id.location,
                        "'\(id.value)' is not a valid id",
                        notes: [.init("use lowercase letters a–z, digits and single hyphens, such as 'saying-no'")])
            return false
        }
        return true
    }

    /// Reads `{nb: …, en: …}`. This runs for every text of the course, so it reads the two
    /// keys directly and builds message strings only when something is wrong.
    func text(_ node: YAMLNode, key: String, of what: String) -> LocalizedText? {
        guard let pairs = node.mapping else {
            sink.report(.wrongType, at: location(node),
                        "'\(key)' of \(what) must be a mapping; found \(node.kindDescription)",
                        notes: [.init("write one text per language: 'nb:' and 'en:'")])
            return nil
        }
        var nb: String?
        var en: String?
        for pair in pairs {
            let name = pair.key.scalar?.value
            let language: Language? = name == "nb" ? .nb : name == "en" ? .en : nil
            guard let language else {
                sink.report(.unknownKey, at: location(pair.key),
                            "unknown key '\(name ?? pair.key.kindDescription)' in '\(key)' of \(what)",
                            notes: MappingReader.unknownKeyNotes(name ?? "", keys: ["nb", "en"]))
                continue
            }
            guard let text = string(pair.value, describing: "'\(language.rawValue)' text of '\(key)' in \(what)") else {
                continue
            }
            if TextChecks.isBlank(text.value) {
                sink.report(.emptyText, at: text.location,
                            "'\(language.rawValue)' text of '\(key)' in \(what) is empty")
            }
            if language == .nb { nb = text.value } else { en = text.value }
        }
        for (language, value) in [(Language.nb, nb), (.en, en)] where value == nil {
            if !pairs.contains(where: { $0.key.scalar?.value == language.rawValue }) {
                sink.report(.missingLocale, at: location(node),
                            "\(what) has no '\(language.rawValue)' text for '\(key)'")
            }
        }
        return LocalizedText(nb: nb ?? "", en: en ?? "")
    }
}
