import ErfaringKit

/// Full-text search over every lesson and module summary, in both languages.
struct SearchIndex {
    struct Entry {
        var moduleID: String
        var lessonID: String?
        var language: Language
        var text: String
        var folded: String
    }

    struct Hit {
        struct Part {
            var text: String
            var isMatch: Bool
        }

        var moduleID: String
        var lessonID: String?
        var language: Language
        var snippet: [Part]
    }

    private var entries: [Entry] = []

    init(curriculum: Curriculum) {
        for module in curriculum.modules {
            for language in Language.allCases {
                add(module.id.value, nil, language, module.title[language] + ". " + Prose.flattened(module.summary[language]))
                for lesson in module.lessons {
                    let text = ([lesson.title] + lesson.blocks.flatMap(\.texts)).map { Prose.flattened($0[language]) }
                    add(module.id.value, lesson.id.value, language, text.joined(separator: " "))
                }
            }
        }
    }

    private mutating func add(_ module: String, _ lesson: String?, _ language: Language, _ text: String) {
        entries.append(Entry(moduleID: module, lessonID: lesson, language: language, text: text,
                             folded: text.lowercased()))
    }

    /// Places where every word occurs (case-insensitively), the learner's language first.
    func search(_ words: [String], preferring language: Language) -> [Hit] {
        let needles = words.map { $0.lowercased() }.filter { !$0.isEmpty }
        guard !needles.isEmpty else { return [] }
        let found = entries.filter { entry in needles.allSatisfy { entry.folded.contains($0) } }
        let ordered = found.filter { $0.language == language } + found.filter { $0.language != language }
        return ordered.map { entry in
            Hit(moduleID: entry.moduleID, lessonID: entry.lessonID, language: entry.language,
                snippet: Self.snippet(entry, needle: needles[0]))
        }
    }

    /// About 120 characters around the first match, with the match marked.
    static func snippet(_ entry: Entry, needle: String) -> [Hit.Part] {
        let text = Array(entry.text)
        let folded = Array(entry.folded)
        let target = Array(needle)
        guard text.count == folded.count,
              let start = (0...(max(0, folded.count - target.count))).first(where: {
                  $0 + target.count <= folded.count && Array(folded[$0..<($0 + target.count)]) == target
              }) else {
            return [Hit.Part(text: String(text.prefix(120)), isMatch: false)]
        }
        let from = max(0, start - 50)
        let to = min(text.count, start + target.count + 70)
        var before = String(text[from..<start])
        if from > 0 { before = "…" + before.drop { $0 != " " } }
        var after = String(text[(start + target.count)..<to])
        if to < text.count { after = String(after.reversed().drop { $0 != " " }.reversed()) + "…" }
        return [Hit.Part(text: before, isMatch: false),
                Hit.Part(text: String(text[start..<(start + target.count)]), isMatch: true),
                Hit.Part(text: after, isMatch: false)]
    }
}
