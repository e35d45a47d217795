import ArgumentParser
import ErfaringKit
import Foundation

extension FacilitatorCommand {
    /// `erfaring facilitator items`: which quiz questions work, from the learners' first attempts.
    struct Items: ContextCommand {
        static let configuration = CommandConfiguration(
            abstract: "Item analysis: per quiz question, from learners' first attempts, how many answered, "
                + "the facility and discrimination, and how often each option was chosen.",
            discussion: """
                Reads JSON exports ('erfaring export --format json') or every learner's statements from a \
                Learning Record Store (credentials as for 'erfaring sync'). Only each learner's first \
                finished attempt of each module counts, and only the questions drawn and answered in it. \
                Several exports of one learner: the newest counts. An export made before exports carried \
                answers is named ('no answers in this export') and left out.

                Facility: the share who answered right. Discrimination: Moodle's discrimination index, the \
                correlation of the question's mark with the learner's marks on the other questions of the \
                same attempt (×100); efficiency: Moodle's discriminative efficiency. Flagged: facility at \
                least 90 % or at most 20 %, a negative discrimination, a discrimination below 20. With fewer \
                than 5 answers the figures are marked with * and the question is not flagged. The \
                distractor is the wrong option chosen most often. See docs/facilitator.md.

                A file that cannot be read or is not a fit export is named on standard error and skipped; \
                the analysis of the others is still written, and the exit status is then 65 (74 when the \
                only problem was a file that could not be read).
                """)

        @Argument(help: ArgumentHelp("Learners' JSON export files.", valueName: "file"))
        var files: [String] = []

        @Option(help: ArgumentHelp("Read statements from this LRS instead of files.", valueName: "url"))
        var lrs: String?

        @Option(help: "table, csv or html.")
        var format: Report.Format = .table

        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var out: String?

        @Option(help: "Language of the headings and prompts: nb or en.")
        var lang: Language = .nb

        @Flag(help: "With --format csv: semicolons between fields and a decimal comma, as a spreadsheet set up for Norwegian opens it.")
        var semicolon = false

        @OptionGroup var options: CurriculumOptions

        func validate() throws {
            guard files.isEmpty != (lrs == nil) else {
                throw ValidationError("give export files or --lrs URL, not both and not neither")
            }
            if semicolon && !format.takesSemicolon { throw ValidationError("--semicolon works with --format csv only") }
        }

        func run(_ context: CommandContext) throws {
            let curriculum = try options.load(context)
            var learners: [(id: String, attempts: [FirstAttempt])] = []
            var skipped: [Report.Skipped] = []
            if let lrs {
                let fetched = try Report.fetchStatements(lrs, curriculum: curriculum, context)
                learners = StatementsAnswers.firstAttempts(fetched.statements, curriculum: curriculum,
                                                           activityBase: fetched.activityBase)
            } else {
                let loaded = try Report.loadExports(files, curriculum: curriculum, context)
                skipped = loaded.skipped
                let read = CohortExports.firstAttempts(loaded.exports)
                for note in read.leftOut { context.writeError("erfaring: \(note)") }
                learners = read.learners
            }
            let analysis = ItemAnalysis(curriculum: curriculum, learners: learners)
            let source = lrs.map { "LRS \(TextChecks.sanitized($0))" } ?? (lang == .nb ? "eksportfiler" : "export files")
            switch format {
            case .csv:
                try emit(ItemAnalysisCSV.render(analysis, curriculum: curriculum, language: lang,
                                                dialect: semicolon ? .semicolon : .comma), out: out, context)
            case .html:
                try emit(HTMLPages.itemAnalysis(analysis, curriculum: curriculum, language: lang, source: source), out: out, context)
            case .table:
                try emit(Self.table(analysis, curriculum: curriculum, language: lang).joined(separator: "\n"), out: out, context)
            }
            if !skipped.isEmpty { throw Report.incomplete(skipped, of: files, what: "the analysis") }
        }
    }
}
