import ErfaringKit

/// The shell's commands with their English and Norwegian names, usage and help, both languages.
enum ShellCommandID: String, CaseIterable {
    case home, modules, open, next, back, `where`, quiz, hint, review, journal, readiness, search, glossary
    case progress, assignments, export, lang, help, quit

    /// The Norwegian name; the English name is the raw value.
    var norwegian: String {
        switch self {
        case .home: return "hjem"
        case .modules: return "moduler"
        case .open: return "åpne"
        case .next: return "neste"
        case .back: return "tilbake"
        case .where: return "hvor"
        case .quiz: return "quiz"
        case .hint: return "hint"
        case .review: return "repeter"
        case .journal: return "dagbok"
        case .readiness: return "selvtest"
        case .search: return "søk"
        case .glossary: return "ordliste"
        case .progress: return "fremgang"
        case .assignments: return "oppgaver"
        case .export: return "eksport"
        case .lang: return "språk"
        case .help: return "hjelp"
        case .quit: return "avslutt"
        }
    }

    /// Other accepted spellings.
    var aliases: [String] {
        switch self {
        case .open: return ["apne", "aapne"]
        case .search: return ["sok", "soek"]
        case .quit: return ["exit", "q"]
        case .help: return ["?"]
        case .review: return ["repetisjon"]
        case .readiness: return ["klar"]
        case .progress: return ["framgang", "fremdrift"]
        case .hint: return ["tips"]
        default: return []
        }
    }

    func name(in language: Language) -> String { language == .nb ? norwegian : rawValue }

    static func find(_ word: String) -> ShellCommandID? {
        let lowered = word.lowercased()
        return allCases.first { $0.rawValue == lowered || $0.norwegian == lowered || $0.aliases.contains(lowered) }
    }

    static var allNames: [String] {
        allCases.flatMap { [$0.rawValue, $0.norwegian] }.reduce(into: []) { names, name in
            if !names.contains(name) { names.append(name) }
        }
    }

    /// Arguments, as shown in help: `<module>`, `[term]`.
    var arguments: [Language: String] {
        switch self {
        case .open: return [.nb: "<modul>", .en: "<module>"]
        case .quiz: return [.nb: "[modul]", .en: "[module]"]
        case .journal: return [.nb: "[nummer]", .en: "[number]"]
        case .search: return [.nb: "<ord>", .en: "<words>"]
        case .glossary: return [.nb: "[begrep]", .en: "[term]"]
        case .lang: return [.nb: "nb|en", .en: "nb|en"]
        case .help: return [.nb: "[kommando]", .en: "[command]"]
        default: return [.nb: "", .en: ""]
        }
    }

    func usage(in language: Language) -> String {
        let arguments = self.arguments[language] ?? ""
        return arguments.isEmpty ? name(in: language) : "\(name(in: language)) \(arguments)"
    }

    var summary: [Language: String] {
        switch self {
        case .home: return [.nb: "startsiden: fremgang, oppgaver og hva som er neste", .en: "the home screen: progress, assignments and what is next"]
        case .modules: return [.nb: "alle modulene med innhold og status", .en: "every module with its contents and state"]
        case .open: return [.nb: "åpne en modul og les der du slapp", .en: "open a module and read from where you left off"]
        case .next: return [.nb: "neste del av leksjonen (samme som Enter)", .en: "the next part of the lesson (same as Enter)"]
        case .back: return [.nb: "forrige del av leksjonen", .en: "the previous part of the lesson"]
        case .where: return [.nb: "hvor du er i modulen", .en: "where you are in the module"]
        case .quiz: return [.nb: "ta quizen i modulen (fortsetter en påbegynt quiz)", .en: "take the module's quiz (resumes an unfinished one)"]
        case .hint: return [.nb: "et hint til spørsmålet du svarer på", .en: "a hint for the question you are answering"]
        case .review: return [.nb: "repeter spørsmålene du er i ferd med å glemme", .en: "review the questions you are about to forget"]
        case .journal: return [.nb: "les refleksjonene dine (bare på denne maskinen)", .en: "read your reflections (on this machine only)"]
        case .readiness: return [.nb: "«Passer jeg til å bli erfaringskonsulent?» – forslag til hvor du kan begynne", .en: "“Is peer work right for me?” – suggestions for where to start"]
        case .search: return [.nb: "søk i alle leksjonene, på norsk og engelsk", .en: "search every lesson, in Norwegian and English"]
        case .glossary: return [.nb: "ordlisten, eller ett begrep", .en: "the glossary, or one term"]
        case .progress: return [.nb: "fremgangen din i hver modul", .en: "your progress in each module"]
        case .assignments: return [.nb: "oppgaver og frister fra kursleder", .en: "assignments and due dates from your facilitator"]
        case .export: return [.nb: "hvordan du eksporterer fremgangen din", .en: "how to export your progress"]
        case .lang: return [.nb: "bytt språk: nb (norsk) eller en (English)", .en: "change language: nb (Norwegian) or en (English)"]
        case .help: return [.nb: "denne hjelpen, eller mer om én kommando", .en: "this help, or more about one command"]
        case .quit: return [.nb: "avslutt (alt er lagret)", .en: "leave (everything is saved)"]
        }
    }
}
