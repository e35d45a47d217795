import ArgumentParser
import ErfaringKit
import Foundation

/// `erfaring export`: the current learner's progress as JSON, CSV or xAPI statements.
struct ExportCommand: ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export your progress as JSON, CSV or xAPI statements.",
        discussion: """
            Reflections and self-assessment answers stay on this machine unless you add \
            --include-private (JSON only). Your name is left out unless you add --include-name; \
            the export identifies you by a random id.
            """)

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

    @Option(help: "json, csv or xapi.")
    var format: Format = .json

    @Option(help: ArgumentHelp("Write to this file (mode 0600) instead of standard output.", valueName: "file"))
    var out: String?

    @Flag(help: "Include your reflections and self-assessment answers (JSON only).")
    var includePrivate = false

    @Flag(help: "Include your name (JSON and CSV).")
    var includeName = false

    @Flag(help: "With --format xapi: one statement per line instead of a JSON array.")
    var lines = false

    @Flag(help: "With --format csv: semicolons between fields and a decimal comma, as a spreadsheet set up for Norwegian opens it.")
    var semicolon = false

    @OptionGroup var options: CurriculumOptions

    func validate() throws {
        if includePrivate && !format.takes.includePrivate {
            throw ValidationError("--include-private works with --format json only")
        }
        if includeName && !format.takes.includeName {
            throw ValidationError("--include-name works with --format json and csv only; xAPI statements never carry your name")
        }
        if semicolon && !format.takes.semicolon {
            throw ValidationError("--semicolon works with --format csv only")
        }
        if lines && !format.takes.lines {
            throw ValidationError("--lines works with --format xapi only")
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
