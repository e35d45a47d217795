/// Builds a ``ConversationFile`` from the node tree of `Conversations/<module-id>.yaml`:
/// keys, types, texts, ids and the counts and lengths of `conversation-bounds`. References
/// and the graph rules are checked by the validator, which knows the module.
struct ConversationReader {
    let document: DocumentContext

    func read(_ root: YAMLNode) -> ConversationFile? {
        let name = root.peekID("module").map { "the conversations of '\($0)'" } ?? "the conversations"
        guard let file = MappingReader(root, what: name, keys: ["module", "conversations"], in: document) else {
            return nil
        }
        let module = file.id("module")
        let list = countedList(file, "conversations", ConversationLimits.conversations)
        let conversations = (list ?? []).compactMap(readConversation)
        guard let module else { return nil }
        return ConversationFile(module: module, conversations: conversations, file: document.file,
                                conversationsLocation: file.keyLocation("conversations"))
    }

    private func readConversation(_ node: YAMLNode) -> Conversation? {
        let name = node.peekID().map { "conversation '\($0)'" } ?? "a conversation"
        let keys = ["id", "objective", "required", "content-note", "title", "setting", "people", "start", "nodes"]
        guard let reader = MappingReader(node, what: name, keys: keys, in: document) else { return nil }
        let id = reader.id()
        let objective = reader.id("objective")
        let required = reader.bool("required", required: false) ?? false
        let contentNote = ModuleReader.readContentNote(reader, of: name, subject: "conversation", in: document)
        let title = boundedText(reader, "title", limit: ConversationLimits.title)
        let setting = boundedText(reader, "setting", limit: ConversationLimits.setting)
        let peopleList = countedList(reader, "people", ConversationLimits.people)
        let people = (peopleList ?? []).compactMap { readPerson($0, of: name) }
        let start = reader.id("start")
        let nodeList = countedList(reader, "nodes", ConversationLimits.nodes)
        let nodes = (nodeList ?? []).compactMap { readNode($0, of: name) }
        guard let id, let objective, let title, let setting, let start, peopleList != nil, nodeList != nil else {
            return nil
        }
        return Conversation(id: id, objective: objective, required: required, contentNote: contentNote, title: title,
                            setting: setting,
                            people: people, start: start, nodes: nodes, location: reader.location)
    }

    private func readPerson(_ node: YAMLNode, of conversation: String) -> ConversationPerson? {
        let name = node.peekID().map { "person '\($0)' of \(conversation)" } ?? "a person of \(conversation)"
        guard let reader = MappingReader(node, what: name, keys: ["id", "name"], in: document) else { return nil }
        let id = reader.id()
        let label = boundedText(reader, "name", limit: ConversationLimits.name)
        guard let id, let label else { return nil }
        return ConversationPerson(id: id, name: label)
    }

    private func readNode(_ node: YAMLNode, of conversation: String) -> ConversationNode? {
        let name = node.peekID().map { "node '\($0)' of \(conversation)" } ?? "a node of \(conversation)"
        let keys = ["id", "speaker", "says", "options", "ending", "title", "debrief", "lesson"]
        guard let reader = MappingReader(node, what: name, keys: keys, in: document) else { return nil }
        let id = reader.id()
        let speaker = reader.id("speaker", required: false)
        if reader.has("ending") {
            if let location = reader.keyLocation("options") {
                document.sink.report(.keyNotAllowed, at: location, "an ending takes no 'options' in \(name)",
                                    notes: [.init("a node is a decision (with 'options') or an ending (with 'ending')")])
            }
            let says = boundedText(reader, "says", limit: ConversationLimits.says, required: false)
            let kind = endingKind(reader, of: name)
            let title = boundedText(reader, "title", limit: ConversationLimits.endingTitle)
            let debrief = boundedText(reader, "debrief", limit: ConversationLimits.debrief)
            let lesson = reader.id("lesson")
            guard let id, let kind, let title, let debrief, let lesson else { return nil }
            return ConversationNode(id: id, speaker: speaker, says: says,
                                    content: .ending(kind: kind, title: title, debrief: debrief, lesson: lesson))
        }
        for key in ["title", "debrief", "lesson"] {
            if let location = reader.keyLocation(key) {
                document.sink.report(.keyNotAllowed, at: location, "only an ending takes '\(key)'; \(name) has options",
                                    notes: [.init("a node is a decision (with 'options') or an ending (with 'ending')")])
            }
        }
        guard reader.has("options") else {
            document.sink.report(.missingKey, at: reader.location,
                                "\(name) is missing required key 'options'",
                                notes: [.init("a decision has 'options'; an ending has 'ending', 'title', 'debrief' and 'lesson'")])
            return nil
        }
        let says = boundedText(reader, "says", limit: ConversationLimits.says)
        let list = countedList(reader, "options", ConversationLimits.options)
        let options = (list ?? []).compactMap { readOption($0, of: name) }
        guard let id, let says, list != nil else { return nil }
        return ConversationNode(id: id, speaker: speaker, says: says, content: .decision(options: options))
    }

    private func readOption(_ node: YAMLNode, of nodeName: String) -> ConversationOption? {
        let name = node.peekID().map { "option '\($0)' of \(nodeName)" } ?? "an option of \(nodeName)"
        let keys = ["id", "text", "feedback", "note", "next", "retry"]
        guard let reader = MappingReader(node, what: name, keys: keys, in: document) else { return nil }
        let id = reader.id()
        let text = boundedText(reader, "text", limit: ConversationLimits.optionText)
        let feedback = boundedText(reader, "feedback", limit: ConversationLimits.feedback)
        let note = boundedText(reader, "note", limit: ConversationLimits.note, required: false)
        let next = reader.id("next")
        let retry = reader.bool("retry", required: false) ?? false
        guard let id, let text, let feedback, let next else { return nil }
        return ConversationOption(id: id, text: text, feedback: feedback, note: note, next: next, isRetry: retry)
    }

    private func endingKind(_ reader: MappingReader, of name: String) -> EndingKind? {
        guard let text = reader.string("ending") else { return nil }
        if let kind = EndingKind(rawValue: text.value) { return kind }
        let kinds = EndingKind.allCases.map(\.rawValue)
        let hint = TextChecks.suggestion(for: text.value, among: kinds).map { "did you mean '\($0)'?" }
            ?? "expected one of: " + kinds.map { "'\($0)'" }.joined(separator: ", ")
        document.sink.report(.wrongType, at: text.location, "unknown ending kind '\(text.value)' in \(name)",
                            notes: [.init(hint)])
        return nil
    }

    /// A text whose languages must each be at most `limit` characters [conversation-bounds].
    private func boundedText(_ reader: MappingReader, _ key: String, limit: Int, required: Bool = true) -> LocalizedText? {
        guard let text = reader.text(key, required: required), let node = reader.value(key) else { return nil }
        for language in Language.allCases {
            let length = ConversationLimits.length(text[language])
            guard length > limit else { continue }
            let value = node.mapping?.first { $0.key.scalar?.value == language.rawValue }?.value ?? node
            document.sink.report(.conversationBounds, at: document.location(value),
                                "'\(language.rawValue)' text of '\(key)' in \(reader.what) is \(length) characters; the limit is \(limit)")
        }
        return text
    }

    /// The list under `key`, its length checked against `range` [conversation-bounds].
    private func countedList(_ reader: MappingReader, _ key: String, _ range: ClosedRange<Int>) -> [YAMLNode]? {
        guard let list = reader.list(key) else { return nil }
        if !range.contains(list.count) {
            document.sink.report(.conversationBounds, at: reader.keyLocation(key) ?? reader.location,
                                "\(reader.what) has \(list.count) \(key); expected \(range.lowerBound) to \(range.upperBound)")
        }
        return list
    }
}
