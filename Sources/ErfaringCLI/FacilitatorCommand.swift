import ArgumentParser
import ErfaringKit
import Foundation

/// `erfaring facilitator assign|report`: for the person who runs a cohort.
struct FacilitatorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facilitator",
        abstract: "Write an assignment file for a cohort, report on the cohort's progress, or analyse quiz questions.",
        subcommands: [Assign.self, Report.self, Items.self])

    struct Assign: ContextCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write an assignment file: modules with due dates, a message and a contact.",
            discussion: "Give one --due for all modules, or one per --module in the same order.")

        @Option(help: "The cohort's name, as learners will see it.")
        var cohort: String

        @Option(name: .customLong("module"), help: ArgumentHelp("A module id; repeat for several.", valueName: "id"))
        var modules: [String] = []

        @Option(name: .customLong("due"), help: ArgumentHelp("A due date, YYYY-MM-DD.", valueName: "date"))
        var dues: [String] = []

        @Option(help: "A message to the learners.")
        var message: String?

        @Option(help: "How to reach you.")
        var contact: String?

        @Option(help: "The assignment's id (default: made from the cohort and the first due date).")
        var id: String?

        @Option(help: ArgumentHelp("The file to write.", valueName: "file"))
        var out: String

        @OptionGroup var options: CurriculumOptions

        func validate() throws {
            guard !cohort.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw ValidationError("--cohort is empty: give the cohort's name, as learners will see it")
            }
            guard !modules.isEmpty else { throw ValidationError("give at least one --module") }
            for (index, module) in modules.enumerated() where modules[..<index].contains(module) {
                throw ValidationError("--module \(module) is given twice; give each module once (with its own --due if needed)")
            }
            guard dues.count == 1 || dues.count == modules.count else {
                throw ValidationError("give one --due for all modules, or one per --module (\(modules.count))")
            }
            for due in dues where !AssignmentFile.isDate(due) {
                throw ValidationError("'\(due)' is not a date; write YYYY-MM-DD")
            }
            for text in [cohort, message ?? "", contact ?? ""] where TextChecks.forbiddenCharacter(in: text) != nil {
                throw ValidationError("--cohort, --message and --contact must not contain control characters")
            }
            if let id, !TextChecks.isValidID(id) {
                throw ValidationError("'\(id)' is not a valid id: use lowercase letters, digits and single hyphens")
            }
        }

        func run(_ context: CommandContext) throws {
            let curriculum = try options.load(context)
            let known = curriculum.modules.map(\.id.value)
            for module in modules where !known.contains(module) {
                let hint = TextChecks.suggestion(for: module, among: known).map { " (did you mean '\($0)'?)" } ?? ""
                throw CLIError("unknown module '\(module)'\(hint); the modules are: \(known.joined(separator: ", "))",
                               .usage)
            }
            let today = AssignmentDates.today(context.now)
            for due in dues where due < today {
                throw CLIError("the due date \(due) has passed (today is \(today))", .usage)
            }
            for (module, missing) in AssignmentPlan.missingPrerequisites(modules, curriculum: curriculum) {
                context.writeError("erfaring: warning: '\(module)' builds on "
                                   + missing.map { "'\($0)'" }.joined(separator: " and ")
                                   + ", which this assignment does not include; learners who have not completed "
                                   + (missing.count == 1 ? "it" : "them") + " will find '\(module)' locked "
                                   + "(add " + missing.map { "--module \($0)" }.joined(separator: " ") + " to assign "
                                   + (missing.count == 1 ? "it" : "them") + " too)")
            }
            let items = modules.enumerated().map { Assignment.Item(moduleID: $1, due: dues.count == 1 ? dues[0] : dues[$0]) }
            let assignment = Assignment(id: id ?? AssignmentPlan.id(cohort: cohort, due: items.map(\.due).min() ?? today),
                                        cohort: cohort, message: message, contact: contact, items: items)
            do {
                try AtomicFile.write(Array(AssignmentFile.render(assignment).utf8), to: context.url(forPath: out), mode: 0o644)
            } catch {
                throw CLIError.io(error.description)
            }
            context.write("Wrote '\(out)' for \(cohort): \(items.count) module\(items.count == 1 ? "" : "s"). "
                          + "Learners import it with: erfaring assignment import \(URL(fileURLWithPath: out).lastPathComponent)")
        }
    }

    struct Report: ContextCommand {
        static let configuration = CommandConfiguration(
            abstract: "A learner × module report from learners' export files or from an LRS.",
            discussion: """
                Read JSON exports ('erfaring export --format json') or every learner's statements from \
                a Learning Record Store (credentials as for 'erfaring sync'). From an LRS, only learners \
                who have synced appear, and every learner of the course does: statements do not name a \
                cohort. Several exports of one learner: the newest counts.

                A file that cannot be read or is not a fit export (more than 8 MB, not JSON, a field \
                missing, of the wrong kind or too long) is named on standard error and skipped; the \
                report on the others is still written, and the exit status is then 65 (74 when the \
                only problem was a file that could not be read), so a script sees that learners are \
                missing. An assignment file may be at most 1 MB.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, csv, html

            /// Whether the format takes `--semicolon` (a CSV dialect).
            var takesSemicolon: Bool {
                switch self {
                case .csv: true
                case .table, .html: false
                }
            }
        }

        @Argument(help: ArgumentHelp("Learners' JSON export files.", valueName: "file"))
        var files: [String] = []

        @Option(help: ArgumentHelp("Read statements from this LRS instead of files.", valueName: "url"))
        var lrs: String?

        @Option(help: ArgumentHelp("An assignment file: show its modules and flag overdue ones.", valueName: "file"))
        var assignment: String?

        @Option(help: "table, csv or html.")
        var format: Format = .table

        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var out: String?

        @Option(help: "Language of the report: nb or en.")
        var lang: Language = .nb

        @Option(help: ArgumentHelp("Judge due dates as of this day (default: today).", valueName: "YYYY-MM-DD"))
        var today: String?

        @Flag(help: "With --format csv: semicolons between fields and a decimal comma, as a spreadsheet set up for Norwegian opens it.")
        var semicolon = false

        @OptionGroup var options: CurriculumOptions

        func validate() throws {
            guard files.isEmpty != (lrs == nil) else {
                throw ValidationError("give export files or --lrs URL, not both and not neither")
            }
            if semicolon && !format.takesSemicolon { throw ValidationError("--semicolon works with --format csv only") }
            if let today, !AssignmentFile.isDate(today) { throw ValidationError("'\(today)' is not a date; write YYYY-MM-DD") }
        }

        func run(_ context: CommandContext) throws {
            let curriculum = try options.load(context)
            let day = today ?? AssignmentDates.today(context.now)
            var learners: [LearnerProgress] = []
            var skippedFiles: [Skipped] = []
            if let lrs {
                let fetched = try Self.fetchStatements(lrs, curriculum: curriculum, context)
                learners = StatementsProgress.learners(fetched.statements, curriculum: curriculum, activityBase: fetched.activityBase)
            } else {
                let loaded = try Self.loadExports(files, curriculum: curriculum, context)
                skippedFiles = loaded.skipped
                learners = loaded.exports.map { LearnerProgress(export: $0.export) }
            }
            var plan: Assignment?
            if let assignment {
                let data = try readBoundedInput(assignment, limit: ProgressExport.Limits.assignmentFileSize, what: "an assignment file", context)
                let result = AssignmentFile.read([UInt8](data), file: assignment, curriculum: curriculum, today: "0000-00-00")
                let renderer = DiagnosticRenderer(sources: [assignment: [UInt8](data)], useColor: false)
                writeDiagnostics(result.diagnostics, omitted: result.omitted, renderer: renderer, context)
                guard let read = result.assignment else { throw CLIError.invalidContent("the assignment file has errors") }
                plan = read
                if lrs != nil {
                    let assigned = Set(read.items.map(\.moduleID))
                    let active = learners.count { $0.modules.contains { assigned.contains($0.moduleID) && $0.isStarted } }
                    context.writeError("erfaring: the LRS has statements from \(learners.count) learner\(learners.count == 1 ? "" : "s") "
                                       + "of this course; \(active) of them have activity in the assignment's modules. "
                                       + "The LRS cannot tell cohorts apart, so every learner is shown, and learners "
                                       + "who never ran 'erfaring sync' are missing.")
                }
            }
            let report = CohortReport(curriculum: curriculum, learners: learners, assignment: plan, today: day, language: lang,
                                      source: lrs == nil ? .files : .lrs)
            switch format {
            case .csv: try emit(CohortCSV.render(report, dialect: semicolon ? .semicolon : .comma), out: out, context)
            case .html: try emit(HTMLPages.cohortReport(report, language: lang), out: out, context)
            case .table: try emit(Self.table(report, language: lang).joined(separator: "\n"), out: out, context)
            }
            // The report is written; the status says it is incomplete.
            if !skippedFiles.isEmpty { throw Self.incomplete(skippedFiles, of: files, what: "the report") }
        }
    }
}

/// `erfaring summary`: a printable page of completed modules, for a job application.
