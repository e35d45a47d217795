import ArgumentParser
import ErfaringKit
import Foundation

/// `erfaring export`: the current learner's progress as JSON, CSV or xAPI statements.
struct ExportCommand: ContextCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export",
            abstract: CommandLanguage.text(nb: "Eksporter fremgangen din som JSON, CSV eller xAPI-utsagn.",
                                           en: "Export your progress as JSON, CSV or xAPI statements."),
            discussion: CommandLanguage.text(
                nb: """
                    Refleksjonene og svarene fra selvtesten blir på denne maskinen, med mindre du legger til \
                    --include-private (bare JSON). Navnet ditt er ikke med, med mindre du legger til \
                    --include-name; eksporten bruker en tilfeldig id i stedet.
                    """,
                en: """
                    Reflections and self-assessment answers stay on this machine unless you add \
                    --include-private (JSON only). Your name is left out unless you add --include-name; \
                    the export identifies you by a random id.
                    """))
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv, xapi

        /// The options a format takes, and whether it reads every event (JSON and CSV come from
        /// the derived tables; only xAPI statements need the events).
        var takes: (includePrivate: Bool, includeName: Bool, semicolon: Bool, lines: Bool, events: Bool) {
            switch self {
            case .json: (includePrivate: true, includeName: true, semicolon: false, lines: false, events: false)
            case .csv: (includePrivate: false, includeName: true, semicolon: true, lines: false, events: false)
            case .xapi: (includePrivate: false, includeName: false, semicolon: false, lines: true, events: true)
            }
        }
    }

    @Option(help: CommandLanguage.help(nb: "json, csv eller xapi.", en: "json, csv or xapi."))
    var format: Format = .json

    @Option(help: CommandLanguage.help(nb: "Skriv til denne filen (modus 0600) i stedet for til standard ut.",
                                       en: "Write to this file (mode 0600) instead of standard output.",
                                       valueName: (nb: "fil", en: "file")))
    var out: String?

    @Flag(help: CommandLanguage.help(nb: "Ta med refleksjonene og svarene fra selvtesten (bare JSON).",
                                     en: "Include your reflections and self-assessment answers (JSON only)."))
    var includePrivate = false

    @Flag(help: CommandLanguage.help(nb: "Ta med navnet ditt (JSON og CSV).", en: "Include your name (JSON and CSV)."))
    var includeName = false

    @Flag(help: CommandLanguage.help(nb: "Med --format xapi: ett utsagn per linje i stedet for en JSON-liste.",
                                     en: "With --format xapi: one statement per line instead of a JSON array."))
    var lines = false

    @Flag(help: CommandLanguage.help(
        nb: "Med --format csv: semikolon mellom feltene og desimalkomma, slik et regneark satt opp for norsk åpner filen.",
        en: "With --format csv: semicolons between fields and a decimal comma, as a spreadsheet set up for Norwegian opens it."))
    var semicolon = false

    @OptionGroup var options: CurriculumOptions

    func validate() throws {
        if includePrivate && !format.takes.includePrivate {
            throw ValidationError(CommandLanguage.text(nb: "--include-private virker bare med --format json",
                                                        en: "--include-private works with --format json only"))
        }
        if includeName && !format.takes.includeName {
            throw ValidationError(CommandLanguage.text(
                nb: "--include-name virker bare med --format json og csv; xAPI-utsagn har aldri navnet ditt med",
                en: "--include-name works with --format json and csv only; xAPI statements never carry your name"))
        }
        if semicolon && !format.takes.semicolon {
            throw ValidationError(CommandLanguage.text(nb: "--semicolon virker bare med --format csv",
                                                        en: "--semicolon works with --format csv only"))
        }
        if lines && !format.takes.lines {
            throw ValidationError(CommandLanguage.text(nb: "--lines virker bare med --format xapi",
                                                        en: "--lines works with --format xapi only"))
        }
    }

    func run(_ context: CommandContext) throws {
        let data = try LearnerData.load(options, context, events: format.takes.events)
        let now = context.now
        switch format {
        case .json:
            let export = try makeExport(data, at: now)
            try emit(String(decoding: try ProgressExport.encoder.encode(export), as: UTF8.self), out: out, context)
        case .csv:
            let export = try makeExport(data, at: now)
            try emit(CohortCSV.render([export], curriculum: data.curriculum, today: AssignmentDates.today(now),
                                      language: data.profile.language, dialect: semicolon ? .semicolon : .comma),
                     out: out, context)
        case .xapi:
            let statements = data.xapi(context).statements(profile: data.profile, events: data.events)
            let encoder = JSONEncoder()
            encoder.outputFormatting = lines ? [.sortedKeys, .withoutEscapingSlashes]
                : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let text = lines
                ? try statements.map { String(decoding: try encoder.encode($0), as: UTF8.self) }.joined(separator: "\n")
                : String(decoding: try encoder.encode(statements), as: UTF8.self)
            try emit(text, out: out, context)
        }
        if let out { context.write(Strings(language: data.profile.language)(.cliWritten, [.file: out])) }
    }

    func makeExport(_ data: LearnerData, at now: Date) throws -> ProgressExport {
        do {
            return try ProgressExport.make(from: data.store, profile: data.profile, curriculum: data.curriculum,
                                           includeName: includeName, includePrivate: includePrivate, at: now)
        } catch let error as StoreError {
            throw CLIError(store: error)
        }
    }
}
