import ErfaringKit

/// The shell's commands in a few groups, so that `hjelp` / `help` fits one window: the overview
/// names each group with its commands; `hjelp <topic>` explains the commands of one group.
enum HelpTopic: CaseIterable {
    case reading, practising, lookup, overview, settings

    /// The topic's name in each language. None is the name of a command.
    var names: [Language: String] {
        switch self {
        case .reading: return [.nb: "lesing", .en: "reading"]
        case .practising: return [.nb: "øving", .en: "practising"]
        case .lookup: return [.nb: "oppslag", .en: "lookup"]
        case .overview: return [.nb: "oversikt", .en: "overview"]
        case .settings: return [.nb: "innstillinger", .en: "settings"]
        }
    }

    var commands: [ShellCommandID] {
        switch self {
        case .reading: return [.modules, .open, .next, .back, .where]
        case .practising: return [.quiz, .hint, .practice, .review, .readiness]
        case .lookup: return [.search, .glossary, .journal]
        case .overview: return [.home, .progress, .assignments, .export]
        case .settings: return [.lang, .profile, .help, .quit]
        }
    }

    /// The words for the whole list of commands: `hjelp alle`, `help all`.
    static let allWords: Set<String> = ["alle", "all"]

    /// The topic a typed word names, in either language and any case (`øving`, `oving`, `reading`).
    static func find(_ word: String) -> HelpTopic? {
        let key = word.lowercased()
        return allCases.first { topic in
            topic.names.values.contains { $0 == key || Self.ascii($0) == key }
        }
    }

    private static func ascii(_ text: String) -> String {
        text.replacingOccurrences(of: "ø", with: "o").replacingOccurrences(of: "å", with: "a")
            .replacingOccurrences(of: "æ", with: "ae")
    }
}
