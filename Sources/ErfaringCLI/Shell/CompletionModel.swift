import ErfaringKit

/// What Tab offers, decided from the line typed so far: at the start of a line the shell's
/// commands; after `åpne`, `quiz` and `øv` the modules' numbers and titles; after `ordliste` the
/// glossary's terms; after `hjelp` the commands again (and `nå`); nothing anywhere else. A pure function of
/// the line, the curriculum and the learner's language; libedit only shows what it returns.
struct CompletionModel: Sendable {
    /// The words being completed and what may replace them.
    struct Completion: Equatable, Sendable {
        /// The text Tab completes: the first word, or everything after the command and its space.
        var typed: String
        /// Whole replacements for `typed`, each beginning with it (in any case), in the order shown.
        var candidates: [String]

        static let none = Completion(typed: "", candidates: [])
    }

    /// A module as the shell's `åpne` finds it: by number, title in either language, or id.
    private struct ModuleNames: Sendable {
        var number: String
        var title: [Language: String]
        var id: String
    }

    /// A glossary entry as `ordliste` finds it: by its term in either language, or its id.
    private struct TermNames: Sendable {
        var term: [Language: String]
        var id: String
    }

    private let modules: [ModuleNames]
    private let terms: [TermNames]

    init(curriculum: Curriculum) {
        modules = curriculum.modules.enumerated().map { index, module in
            ModuleNames(number: String(index + 1), title: [.nb: module.title.nb, .en: module.title.en], id: module.id.value)
        }
        terms = curriculum.course.glossary.map {
            TermNames(term: [.nb: $0.term.nb, .en: $0.term.en], id: $0.id.value)
        }
    }

    /// The completion for `line`, the text before the cursor, in `language`.
    func complete(_ line: String, in language: Language) -> Completion {
        // The shell splits on spaces and tabs and joins arguments with one space; so does this.
        let startsNew = line.last == " " || line.last == "\t"
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = words.first, words.count > 1 || startsNew else {
            let typed = words.first ?? ""
            return Completion(typed: typed, candidates: Self.matching(typed, ShellCommandID.allNames))
        }
        let typed = words.dropFirst().joined(separator: " ") + (startsNew && words.count > 1 ? " " : "")
        let other: Language = language == .nb ? .en : .nb
        switch ShellCommandID.find(first) {
        case .open, .quiz, .practice:
            // libedit shows the candidates sorted, in columns: numbers beside titles would read as
            // pairs that are not. Titles are shown; a number is completed only once begun.
            let shown = typed.isEmpty ? modules.compactMap { $0.title[language] }
                : modules.map(\.number) + modules.compactMap { $0.title[language] }
            let fallback = modules.map(\.id) + modules.compactMap { $0.title[other] }
            return Completion(typed: typed, candidates: Self.matching(typed, shown, else: fallback))
        case .glossary:
            let shown = terms.compactMap { $0.term[language] }.sorted { $0.lowercased() < $1.lowercased() }
            let fallback = terms.map(\.id) + terms.compactMap { $0.term[other] }
            return Completion(typed: typed, candidates: Self.matching(typed, shown, else: fallback))
        case .help:
            // A topic (or `alle`/`all`), one command name, or `nå`/`now` for the help numbers;
            // nothing after it.
            guard words.count == 1 || (words.count == 2 && !startsNew) else { return .none }
            let now = language == .nb ? "nå" : "now"
            let topics = HelpTopic.allCases.compactMap { $0.names[language] } + [language == .nb ? "alle" : "all"]
            return Completion(typed: typed, candidates: Self.matching(typed, topics + ShellCommandID.allNames + [now]))
        default:
            return .none
        }
    }

    /// The names that begin with `typed` (ignoring case), without repeats in any case; the fallback names
    /// only when none of the first do and something was typed (an id is offered to the learner
    /// who types one, never in the list Tab shows on an empty argument).
    private static func matching(_ typed: String, _ names: [String], else fallback: [String] = []) -> [String] {
        let key = typed.lowercased()
        var found: [String] = []
        var seen: Set<String> = []
        func add(_ list: [String]) {
            for name in list where name.lowercased().hasPrefix(key) && seen.insert(name.lowercased()).inserted {
                found.append(name)
            }
        }
        add(names)
        if found.isEmpty && !key.isEmpty { add(fallback) }
        return found
    }
}
