import ArgumentParser
import ErfaringKit
import Foundation

/// `erfaring summary`: the learner's competence statement for an employer.
struct SummaryCommand: ContextCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "summary",
            abstract: CommandLanguage.text(
                nb: "Lag kompetanseoversikten din: det du har vist i kurset, til en jobbsøknad (A4, én eller to sider).",
                en: "Write your competence statement: what you have shown in the course, for a job application (A4, one or two pages)."),
            discussion: CommandLanguage.text(
                nb: """
                    Siden har navnet ditt, kurset og versjonen, læringsmålene du har vist (som «kan …»-utsagn, \
                    etter kompetanseområde), modulene du har fullført med datoer, beste resultat og antall forsøk, \
                    tiden du har brukt, og hva kurset er og ikke er. Refleksjonene dine står aldri på den.
                    """,
                en: """
                    The page names you, the course and its version, the objectives you have shown (as "can …" \
                    statements, by competence area), the modules you completed with dates, best scores and attempts, \
                    the time you spent studying, and what the course is and is not. Your reflections are never on it.
                    """))
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, text
    }

    @Option(help: CommandLanguage.help(nb: "Filen som skal skrives (standard: standard ut).",
                                       en: "The file to write (default: standard output).", valueName: (nb: "fil", en: "file")))
    var out: String?

    @Option(help: CommandLanguage.help(nb: "html (en side å skrive ut) eller text (for terminalen).",
                                       en: "html (a printable page) or text (for the terminal)."))
    var format: Format = .html

    @Option(help: CommandLanguage.help(nb: "Språket på siden: nb eller en (standard: språket i profilen din).",
                                       en: "Language of the page: nb or en (default: your profile's language)."))
    var lang: Language?

    @Option(help: CommandLanguage.help(nb: "Bare disse modulene, med id, skilt med komma.",
                                       en: "Only these modules, by id, separated by commas.", valueName: (nb: "id-er", en: "ids")))
    var modules: String?

    @Flag(help: CommandLanguage.help(nb: "Utelat quizresultater, forsøk og antall spørsmål.",
                                     en: "Leave out quiz scores, attempts and question counts."))
    var noScores = false

    @Flag(help: CommandLanguage.help(nb: "Utelat tiden du har brukt.", en: "Leave out the time spent studying."))
    var noTime = false

    @Option(help: CommandLanguage.help(nb: "Navnet som skal stå på siden (standard: navnet i profilen din).",
                                       en: "The name to print (default: your profile's name).",
                                       valueName: (nb: "navn", en: "name")))
    var name: String?

    @OptionGroup var options: CurriculumOptions

    func run(_ context: CommandContext) throws {
        let data = try LearnerData.load(options, context)
        let chosen = try Self.moduleSelection(modules, curriculum: data.curriculum)
        let assignments = try storeCall { () throws(StoreError) in try data.store.assignments(profile: data.profile.id) }
        let assignment = assignments.max { ($0.importedAt ?? .distantPast) < ($1.importedAt ?? .distantPast) }
        let statement = CompetenceStatement(
            curriculum: data.curriculum, events: data.events, name: name ?? data.profile.name,
            // The course's own version (course.yaml); a course without one is named by the program's.
            version: data.curriculum.course.version?.value ?? ErfaringCommand.version, date: context.now, assignment: assignment,
            options: .init(modules: chosen, scores: !noScores, time: !noTime))
        let language = lang ?? data.profile.language
        switch format {
        case .html: try emit(HTMLPages.competenceStatement(statement, language: language), out: out, context)
        case .text: try emit(HTMLPages.competenceStatementText(statement, language: language), out: out, context)
        }
        if let out {
            context.write(Strings(language: data.profile.language)
                .counted(.cliSummaryWritten, statement.completed.count, [.file: TextChecks.terminalSafe(out)]))
        }
    }

    /// The module ids of `--modules`, each checked against the curriculum.
    static func moduleSelection(_ list: String?, curriculum: Curriculum) throws -> Set<String>? {
        guard let list else { return nil }
        let ids = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let known = curriculum.modules.map(\.id.value)
        for id in ids where !known.contains(id) {
            throw ValidationError(CommandLanguage.text(nb: "ukjent modul '\(TextChecks.terminalSafe(id))' i --modules; forventet én av: ",
                                                       en: "unknown module '\(TextChecks.terminalSafe(id))' in --modules; expected one of: ")
                                  + known.map { "'\($0)'" }.joined(separator: ", "))
        }
        guard !ids.isEmpty else {
            throw ValidationError(CommandLanguage.text(nb: "--modules er tom; forventet modul-id-er skilt med komma",
                                                       en: "--modules is empty; expected module ids separated by commas"))
        }
        return Set(ids)
    }
}
