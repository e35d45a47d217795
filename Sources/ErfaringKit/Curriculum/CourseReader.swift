/// Builds a ``Course`` from the node tree of `Curriculum/course.yaml`.
struct CourseReader {
    let document: DocumentContext

    func read(_ root: YAMLNode) -> Course? {
        guard let course = MappingReader(root, what: "the course", keys: [
            "id", "version", "title", "summary", "languages", "modules", "competence-areas", "readiness",
            "glossary", "help-lines", "minimums",
        ], in: document) else { return nil }

        let id = course.id()
        let version = course.string("version", required: false)
        let title = course.text("title")
        let summary = course.text("summary")
        let languages = readLanguages(course)
        let order = course.ids("modules")
        if order.isEmpty, let node = course.value("modules"), node.sequence != nil {
            document.sink.report(.valueRange, at: document.location(node), "'modules' of the course lists no module")
        }
        let areas = (course.list("competence-areas") ?? []).compactMap(readArea)
        let readiness = course.node("readiness").flatMap(readReadiness)
        let glossary = (course.list("glossary") ?? []).compactMap(readGlossaryEntry)
        let helpLines = readHelpLines(course)
        let minimums = course.node("minimums", required: false).flatMap(readMinimums)
        guard let id, let title, let summary, let readiness else { return nil }
        return Course(id: id, version: version, title: title, summary: summary, languages: languages,
                      moduleOrder: order, competenceAreas: areas, readiness: readiness,
                      glossary: glossary, helpLines: helpLines, minimums: minimums)
    }

    private func readLanguages(_ course: MappingReader) -> [Language] {
        guard let list = course.list("languages") else { return [] }
        var languages: [Language] = []
        var first: [Language: SourceLocation] = [:]
        for item in list {
            guard let code = document.string(item, describing: "a language") else { continue }
            guard let language = Language(rawValue: code.value) else {
                document.sink.report(.unknownKey, at: code.location,
                                     "unknown language '\(code.value)'",
                                     notes: [.init("this version supports 'nb' and 'en'")])
                continue
            }
            if let earlier = first[language] {
                document.sink.report(.duplicateId, at: code.location, "language '\(code.value)' is listed twice",
                                     notes: [.init("'\(code.value)' is first listed here", at: earlier)])
                continue
            }
            first[language] = code.location
            languages.append(language)
        }
        if Set(languages) != Set(Language.allCases), let node = course.value("languages") {
            document.sink.report(.missingLocale, at: document.location(node),
                                 "'languages' must list exactly 'nb' and 'en'")
        }
        return languages
    }

    private func readArea(_ node: YAMLNode) -> CompetenceArea? {
        guard let area = MappingReader(node, what: "a competence area", keys: ["id", "title", "modules"],
                                       in: document) else { return nil }
        let id = area.id()
        let title = area.text("title")
        let modules = area.ids("modules")
        guard let id, let title else { return nil }
        return CompetenceArea(id: id, title: title, modules: modules)
    }

    private func readReadiness(_ node: YAMLNode) -> Readiness? {
        guard let readiness = MappingReader(node, what: "'readiness'", keys: [
            "title", "intro", "scale", "advice-threshold", "items", "all-clear", "closing",
        ], in: document) else { return nil }
        let title = readiness.text("title")
        let intro = readiness.text("intro")
        var scale: [LocalizedText] = []
        if let labels = readiness.list("scale") {
            scale = labels.compactMap { document.text($0, key: "scale", of: "'readiness'") }
            if labels.count != 5, let node = readiness.value("scale") {
                document.sink.report(.valueRange, at: document.location(node),
                                     "'scale' of 'readiness' must have 5 labels, for the ratings 1 to 5; found \(labels.count)")
            }
        }
        let threshold = readiness.int("advice-threshold")
        if let threshold, !(1...4).contains(threshold), let node = readiness.value("advice-threshold") {
            document.sink.report(.valueRange, at: document.location(node),
                                 "'advice-threshold' of 'readiness' must be between 1 and 4; found \(threshold)")
        }
        let items = (readiness.list("items") ?? []).compactMap(readReadinessItem)
        let allClear = readiness.text("all-clear")
        let closing = readiness.text("closing")
        guard let title, let intro, let threshold, let allClear, let closing else { return nil }
        return Readiness(title: title, intro: intro, scale: scale, adviceThreshold: threshold,
                         items: items, allClear: allClear, closing: closing)
    }

    private func readReadinessItem(_ node: YAMLNode) -> ReadinessItem? {
        let label = node.peekID().map { "readiness item '\($0)'" } ?? "a readiness item"
        guard let item = MappingReader(node, what: label, keys: ["id", "statement", "module", "advice"],
                                       in: document) else { return nil }
        let id = item.id()
        let statement = item.text("statement")
        let module = item.id("module")
        let advice = item.text("advice")
        guard let id, let statement, let module, let advice else { return nil }
        return ReadinessItem(id: id, statement: statement, module: module, advice: advice)
    }

    private func readGlossaryEntry(_ node: YAMLNode) -> GlossaryEntry? {
        let label = node.peekID().map { "glossary term '\($0)'" } ?? "a glossary term"
        guard let entry = MappingReader(node, what: label, keys: ["id", "term", "definition", "modules"],
                                        in: document) else { return nil }
        let id = entry.id()
        let term = entry.text("term")
        let definition = entry.text("definition")
        let modules = entry.ids("modules", required: false)
        guard let id, let term, let definition else { return nil }
        return GlossaryEntry(id: id, term: term, definition: definition, modules: modules)
    }

    private func readMinimums(_ node: YAMLNode) -> ContentMinimums? {
        let keys = [
            "objectives", "lessons", "lesson-words", "lesson-words-max", "vignettes-per-lesson",
            "reflections-per-lesson", "questions", "scenarios", "questions-per-objective", "sources",
            "glossary-terms",
        ]
        guard let minimums = MappingReader(node, what: "'minimums'", keys: keys, in: document) else {
            return nil
        }
        func value(_ key: String) -> Int? {
            guard let number = minimums.int(key, required: false) else { return nil }
            if number < 0, let node = minimums.value(key) {
                document.sink.report(.valueRange, at: document.location(node),
                                     "'\(key)' of 'minimums' must not be negative; found \(number)")
            }
            return number
        }
        return ContentMinimums(
            location: minimums.location,
            objectives: value("objectives"), lessons: value("lessons"),
            lessonWords: value("lesson-words"), lessonWordsMax: value("lesson-words-max"),
            vignettesPerLesson: value("vignettes-per-lesson"),
            reflectionsPerLesson: value("reflections-per-lesson"),
            questions: value("questions"), scenarios: value("scenarios"),
            questionsPerObjective: value("questions-per-objective"), sources: value("sources"),
            glossaryTerms: value("glossary-terms"))
    }
}

extension YAMLNode {
    /// The plain text of the mapping's `id` key, for naming the node in messages before it is read.
    func peekID(_ key: String = "id") -> String? {
        mapping?.first { $0.key.scalar?.value == key }?.value.scalar?.value
    }
}
