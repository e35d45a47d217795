/// Builds a ``Module`` from the node tree of `Curriculum/<module-id>.yaml`.
struct ModuleReader {
    let document: DocumentContext

    func read(_ root: YAMLNode) -> Module? {
        let name = root.peekID().map { "module '\($0)'" } ?? "the module"
        guard let module = MappingReader(root, what: name, keys: [
            "id", "title", "summary", "minutes", "prerequisites", "objectives", "lessons", "sources",
        ], in: document) else { return nil }
        let id = module.id()
        let title = module.text("title")
        let summary = module.text("summary")
        let minutes = module.int("minutes")
        if let minutes, minutes <= 0, let node = module.value("minutes") {
            document.sink.report(.valueRange, at: document.location(node),
                                 "'minutes' of \(name) must be more than 0; found \(minutes)")
        }
        let prerequisites = module.ids("prerequisites")
        let objectives = (module.list("objectives") ?? []).compactMap(readObjective)
        let lessons = (module.list("lessons") ?? []).compactMap(readLesson)
        let sources = (module.list("sources") ?? []).compactMap(readSource)
        // Keep a module whose other keys have errors, so that references to it still resolve;
        // the load fails on those errors anyway.
        guard let id else { return nil }
        let empty = LocalizedText(nb: "", en: "")
        return Module(id: id, title: title ?? empty, summary: summary ?? empty, minutes: minutes ?? 0,
                      prerequisites: prerequisites, objectives: objectives, lessons: lessons,
                      sources: sources, file: document.file)
    }

    private func readObjective(_ node: YAMLNode) -> Objective? {
        let name = node.peekID().map { "objective '\($0)'" } ?? "an objective"
        guard let objective = MappingReader(node, what: name, keys: ["id", "text", "can"], in: document) else {
            return nil
        }
        let id = objective.id()
        let text = objective.text("text")
        let can = objective.text("can")
        if let can, let node = objective.value("can") { checkCan(can, node: node, of: name) }
        guard let id, let text else { return nil }
        // A missing 'can' is reported above and fails the load; keeping the objective spares
        // a dangling-reference error at every lesson and question that names it.
        return Objective(id: id, text: text, can: can ?? LocalizedText(nb: "", en: ""))
    }

    /// The most characters a `can` statement may have in one language: it is one line of a printed page.
    static let canMaxCharacters = 140
    /// How a `can` statement begins in each language.
    static let canPrefix: [Language: String] = [.nb: "kan ", .en: "can "]

    /// A `can` statement begins "kan " / "can ", has more after it, and is short.
    private func checkCan(_ can: LocalizedText, node: YAMLNode, of name: String) {
        for language in Language.allCases {
            let text = Prose.flattened(can[language])
            guard !text.isEmpty else { continue }
            let location = document.location(node.mapping?.first { $0.key.scalar?.value == language.rawValue }?.value ?? node)
            let prefix = Self.canPrefix[language] ?? ""
            if !text.hasPrefix(prefix) || text.count <= prefix.count + 2 {
                document.sink.report(.objectiveCan, at: location,
                                     "'\(language.rawValue)' text of 'can' in \(name) must begin '\(prefix)' and say what the learner can do; found '\(String(text.prefix(30)))'",
                                     notes: [.init("write it as a competence, e.g. '\(prefix)explain …'")])
            } else if text.count > Self.canMaxCharacters {
                document.sink.report(.objectiveCan, at: location,
                                     "'\(language.rawValue)' text of 'can' in \(name) must have at most \(Self.canMaxCharacters) characters; found \(text.count)")
            }
        }
    }

    private func readLesson(_ node: YAMLNode) -> Lesson? {
        let name = node.peekID().map { "lesson '\($0)'" } ?? "a lesson"
        guard let lesson = MappingReader(node, what: name, keys: ["id", "title", "content-note", "objectives", "blocks"],
                                         in: document) else { return nil }
        let id = lesson.id()
        let title = lesson.text("title")
        let contentNote = Self.readContentNote(lesson, of: name, subject: "lesson", in: document)
        let objectives = lesson.ids("objectives")
        let blockNodes = lesson.list("blocks")
        let blocks = (blockNodes ?? []).compactMap { readBlock($0, in: name) }
        if blockNodes?.isEmpty == true, let node = lesson.value("blocks") {
            document.sink.report(.valueRange, at: document.location(node), "\(name) has no blocks",
                                 notes: [.init("a lesson needs at least one block to be read and completed")])
        }
        guard let id, let title else { return nil }
        return Lesson(id: id, title: title, objectives: objectives, blocks: blocks, contentNote: contentNote)
    }

    /// The most words a content note may have in one language: it is read before the lesson,
    /// so it stays a short notice.
    static let contentNoteMaxWords = 60

    /// The optional `content-note` of a lesson or a conversation (`subject`): a text like any
    /// other (both languages, no control characters), and short.
    static func readContentNote(_ lesson: MappingReader, of name: String, subject: String,
                                in document: DocumentContext) -> LocalizedText? {
        guard let note = lesson.text("content-note", required: false), let node = lesson.value("content-note") else {
            return nil
        }
        for language in Language.allCases {
            let words = TextChecks.wordCount(note[language])
            if words > Self.contentNoteMaxWords {
                let text = node.mapping?.first { $0.key.scalar?.value == language.rawValue }?.value ?? node
                document.sink.report(.valueRange, at: document.location(text),
                                     "'\(language.rawValue)' text of 'content-note' in \(name) must have at most \(Self.contentNoteMaxWords) words; found \(words)",
                                     notes: [.init("say in a sentence or two what the \(subject) is about and that it can wait")])
            }
        }
        return note
    }

    private static let blockKeys: [Block.Kind: [String]] = [
        .text: ["body"], .note: ["body"], .keyPoints: ["points"], .vignette: ["title", "body"],
        .reflection: ["prompt"], .check: ["prompt", "choices", "hint", "explanation"],
    ]

    private func readBlock(_ node: YAMLNode, in lessonName: String) -> Block? {
        let name = node.peekID().map { "block '\($0)' of \(lessonName)" } ?? "a block of \(lessonName)"
        // Read `kind` first, so the allowed keys can depend on it.
        guard node.mapping != nil else {
            document.sink.report(.wrongType, at: document.location(node),
                                 "\(name) must be a mapping; found \(node.kindDescription)")
            return nil
        }
        let kindNode = node.mapping?.first { $0.key.scalar?.value == "kind" }?.value
        var kind: Block.Kind?
        if let kindNode, let text = document.string(kindNode, describing: "'kind' of \(name)") {
            kind = Block.Kind(rawValue: text.value)
            if kind == nil {
                let kinds = Block.Kind.allCases.map(\.rawValue)
                let hint = TextChecks.suggestion(for: text.value, among: kinds).map { "did you mean '\($0)'?" }
                    ?? "expected one of: " + kinds.map { "'\($0)'" }.joined(separator: ", ")
                document.sink.report(.wrongType, at: text.location,
                                     "unknown block kind '\(text.value)' in \(name)", notes: [.init(hint)])
            }
        }
        let keys = ["id", "kind"] + (kind.flatMap { Self.blockKeys[$0] } ?? Self.blockKeys.values.flatMap { $0 })
        guard let block = MappingReader(node, what: name, keys: keys, in: document) else { return nil }
        let id = block.id()
        _ = block.node("kind")
        guard let kind, let id else { return nil }
        let content: Block.Content
        switch kind {
        case .text, .note:
            guard let body = block.text("body") else { return nil }
            content = kind == .text ? .text(body) : .note(body)
        case .keyPoints:
            guard let list = block.list("points") else { return nil }
            if list.count < 2, let points = block.value("points") {
                document.sink.report(.valueRange, at: document.location(points),
                                     "'points' of \(name) must have at least 2 points; found \(list.count)")
            }
            content = .keyPoints(list.compactMap { document.text($0, key: "points", of: name) })
        case .vignette:
            guard let title = block.text("title"), let body = block.text("body") else { return nil }
            content = .vignette(title: title, body: body)
        case .reflection:
            guard let prompt = block.text("prompt") else { return nil }
            content = .reflection(prompt: prompt)
        case .check:
            guard let question = QuestionReader(document: document)
                .readBody(block, id: id, kind: .single, objective: nil, name: name)
            else { return nil }
            content = .check(question)
        }
        return Block(id: id, content: content)
    }

    private func readSource(_ node: YAMLNode) -> Source? {
        let name = node.peekID().map { "source '\($0)'" } ?? "a source"
        guard let source = MappingReader(node, what: name, keys: ["id", "citation", "url"], in: document) else {
            return nil
        }
        let id = source.id()
        let citation = source.string("citation")
        let url = source.string("url", required: false)
        if let url, !(url.value.hasPrefix("https://") || url.value.hasPrefix("http://")) {
            document.sink.report(.wrongType, at: url.location,
                                 "'url' of \(name) must start with 'https://' or 'http://'")
        }
        guard let id, let citation else { return nil }
        return Source(id: id, citation: citation.value, url: url?.value)
    }
}
