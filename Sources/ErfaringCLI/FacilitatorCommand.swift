import ArgumentParser
import ErfaringKit
import Foundation

/// `erfaring facilitator assign|report`: for the person who runs a cohort.
struct FacilitatorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facilitator",
        abstract: "Write an assignment file for a cohort, or report on the cohort's progress.",
        subcommands: [Assign.self, Report.self])

    struct Assign: ParsableCommand {
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

        func run() throws {
            let context = CommandContext.live
            let curriculum = try options.load(context)
            let known = curriculum.modules.map(\.id.value)
            for module in modules where !known.contains(module) {
                let hint = TextChecks.suggestion(for: module, among: known).map { " (did you mean '\($0)'?)" } ?? ""
                throw CLIError(description: "unknown module '\(module)'\(hint); the modules are: \(known.joined(separator: ", "))",
                               code: 64)
            }
            let today = AssignmentDates.today(Date())
            for due in dues where due < today {
                throw CLIError(description: "the due date \(due) has passed (today is \(today))", code: 64)
            }
            for module in modules {
                let missing = (curriculum.module(module)?.prerequisites.map(\.value) ?? []).filter { !modules.contains($0) }
                guard !missing.isEmpty else { continue }
                context.writeError("erfaring: warning: '\(module)' builds on "
                                   + missing.map { "'\($0)'" }.joined(separator: " and ")
                                   + ", which this assignment does not include; learners who have not completed "
                                   + (missing.count == 1 ? "it" : "them") + " will find '\(module)' locked "
                                   + "(add " + missing.map { "--module \($0)" }.joined(separator: " ") + " to assign "
                                   + (missing.count == 1 ? "it" : "them") + " too)")
            }
            let items = modules.enumerated().map { Assignment.Item(moduleID: $1, due: dues.count == 1 ? dues[0] : dues[$0]) }
            let assignment = Assignment(id: id ?? Self.makeID(cohort: cohort, due: items.map(\.due).min() ?? today),
                                        cohort: cohort, message: message, contact: contact, items: items)
            do {
                try AtomicFile.write(Array(AssignmentFile.render(assignment).utf8), to: URL(fileURLWithPath: out), mode: 0o644)
            } catch {
                throw CLIError.io(error.description)
            }
            context.write("Wrote '\(out)' for \(cohort): \(items.count) module\(items.count == 1 ? "" : "s"). "
                          + "Learners import it with: erfaring assignment import \(URL(fileURLWithPath: out).lastPathComponent)")
        }

        /// `nav-bergen-hoest-2026-2026-12-15` from "NAV Bergen, høst 2026" and the due date. When
        /// the Latin spelling loses part of the name (letters without one, such as "Кюлл", a name
        /// of only punctuation, or one cut at 40 characters), a short hash of the whole name keeps
        /// different cohorts apart: `assignment-5d41c2-2026-12-15` for "!!!".
        static func makeID(cohort: String, due: String) -> String {
            let folded = cohort.lowercased()
                .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ø", with: "oe")
                .replacingOccurrences(of: "å", with: "aa")
                .applyingTransform(.stripDiacritics, reverse: false) ?? cohort.lowercased()
            let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
            let slug = words.joined(separator: "-")
            var id = slug.isEmpty ? "assignment" : String(slug.prefix(40))
            while id.hasSuffix("-") { id.removeLast() }
            let lossy = slug.isEmpty || slug.count > 40 || folded.contains { ($0.isLetter || $0.isNumber) && !$0.isASCII }
            if lossy {
                let hash = NameBasedUUID.make(namespace: NameBasedUUID.statements, name: "assignment-cohort/\(cohort)")
                id += "-" + hash.uuidString.lowercased().prefix(6)
            }
            return id + "-" + due
        }
    }

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A learner × module report from learners' export files or from an LRS.",
            discussion: """
                Read JSON exports ('erfaring export --format json') or every learner's statements from \
                a Learning Record Store (credentials as for 'erfaring sync'). From an LRS, only learners \
                who have synced appear, and every learner of the course does: statements do not name a \
                cohort. Several exports of one learner: the newest counts.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, csv, html
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
            if semicolon && format != .csv { throw ValidationError("--semicolon works with --format csv only") }
            if let today, !AssignmentFile.isDate(today) { throw ValidationError("'\(today)' is not a date; write YYYY-MM-DD") }
        }

        func run() throws {
            let context = CommandContext.live
            let curriculum = try options.load(context)
            let day = today ?? AssignmentDates.today(Date())
            var learners: [LearnerProgress] = []
            if let lrs {
                let client = try makeLRSClient(lrs, context)
                let fetched: LRSClient.Fetched
                do {
                    fetched = try client.fetchAll()
                } catch {
                    throw CLIError(lrs: error)
                }
                let base = context.environment["ERFARING_XAPI_ACTIVITY_BASE"] ?? "https://erfaring.no/xapi"
                let prefix = StatementsProgress.activityPrefix(curriculum: curriculum, activityBase: base)
                let ours = fetched.statements.filter { StatementsProgress.isOurs($0, prefix: prefix) }
                let skipped = fetched.unreadable + fetched.statements.count - ours.count
                if skipped > 0 {
                    context.writeError("erfaring: skipped \(skipped) of \(fetched.unreadable + fetched.statements.count) "
                                       + "statements that Erfaring did not write for this course (activity ids not under "
                                       + "'\(prefix)': other tools or other courses)")
                }
                learners = StatementsProgress.learners(ours, curriculum: curriculum, activityBase: base)
            } else {
                var exports: [(file: String, export: ProgressExport)] = []
                var otherCourse: [String] = []
                // A file named twice is read once.
                var seen = Set<String>()
                let distinct = files.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
                for file in distinct {
                    let data = try readInputFile(file)
                    let export = try Self.readExport(data, file: file)
                    guard export.course.id == curriculum.course.id.value else {
                        otherCourse.append("'\(file)' (course '\(export.course.id)')")
                        continue
                    }
                    exports.append((file, export))
                }
                if !otherCourse.isEmpty {
                    context.writeError("erfaring: warning: left out \(otherCourse.joined(separator: ", ")): "
                                       + "this report is for course '\(curriculum.course.id.value)'; "
                                       + "give --curriculum to report on another course")
                }
                let (newest, older) = Self.newestPerLearner(exports)
                if !older.isEmpty {
                    context.writeError("erfaring: left out \(older.count) older export\(older.count == 1 ? "" : "s") of a learner "
                                       + "who has a newer one (the newest exportedAt per learner id counts): "
                                       + older.joined(separator: ", "))
                }
                learners = newest.map { LearnerProgress(export: $0.export) }
            }
            var plan: Assignment?
            if let assignment {
                let data = try readInputFile(assignment)
                let result = AssignmentFile.read([UInt8](data), file: assignment, curriculum: curriculum, today: "0000-00-00")
                let renderer = DiagnosticRenderer(sources: [assignment: [UInt8](data)], useColor: false)
                for diagnostic in result.diagnostics { context.writeError(renderer.render(diagnostic)) }
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
            let report = CohortReport(curriculum: curriculum, learners: learners, assignment: plan, today: day, language: lang)
            switch format {
            case .csv: try emit(CohortCSV.render(report, dialect: semicolon ? .semicolon : .comma), out: out, context)
            case .html: try emit(HTMLPages.cohortReport(report, language: lang), out: out, context)
            case .table: try emit(Self.table(report, language: lang).joined(separator: "\n"), out: out, context)
            }
        }

        /// One export per learner id, the one exported last (the later file on a tie, so the same
        /// file given twice counts once), in the order given; and the files left out.
        static func newestPerLearner(_ exports: [(file: String, export: ProgressExport)])
            -> (newest: [(file: String, export: ProgressExport)], older: [String]) {
            var best: [String: Int] = [:]
            for (index, entry) in exports.enumerated() {
                if let current = best[entry.export.learner.id], exports[current].export.exportedAt > entry.export.exportedAt {
                    continue
                }
                best[entry.export.learner.id] = index
            }
            let kept = Set(best.values)
            return (exports.indices.filter(kept.contains).map { exports[$0] },
                    exports.indices.filter { !kept.contains($0) }.map { exports[$0].file })
        }

        /// Reads one learner's export, with a plain message for anything wrong with it.
        static func readExport(_ data: Data, file: String) throws -> ProgressExport {
            struct Header: Decodable { var schema: String? }
            let reads = "the report reads files written by 'erfaring export --format json'"
            if isXAPI(data) {
                throw CLIError.invalidContent("'\(file)' holds xAPI statements ('erfaring export --format xapi'); \(reads). "
                                              + "xAPI statements are read from a Learning Record Store with --lrs URL")
            }
            guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
                let json = (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil
                throw CLIError.invalidContent("'\(file)' is \(json ? "JSON, but not an Erfaring export" : "not JSON"); \(reads)")
            }
            guard header.schema == ProgressExport.schemaName else {
                throw CLIError.invalidContent("'\(file)' is \(header.schema.map { "'\($0)'" } ?? "not an Erfaring export"); "
                                              + "this version reads '\(ProgressExport.schemaName)'")
            }
            let export: ProgressExport
            do {
                export = try ProgressExport.decoder.decode(ProgressExport.self, from: data)
            } catch let DecodingError.keyNotFound(key, context) {
                let path = (context.codingPath + [key]).map(\.stringValue).joined(separator: ".")
                throw CLIError.invalidContent("'\(file)' lacks '\(path)'")
            } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context),
                    let DecodingError.dataCorrupted(context) {
                let path = context.codingPath.map(\.stringValue).joined(separator: ".")
                throw CLIError.invalidContent("'\(file)' has a wrong value at '\(path)'")
            }
            if let problem = export.problems().first {
                throw CLIError.invalidContent("'\(file)' cannot be reported on: \(problem)")
            }
            return export
        }

        /// Whether `data` is xAPI statements: a JSON array of them, one statement, or one per line.
        static func isXAPI(_ data: Data) -> Bool {
            func isStatement(_ object: Any) -> Bool {
                guard let object = object as? [String: Any] else { return false }
                return object["actor"] != nil && object["verb"] != nil && object["object"] != nil
            }
            if let json = try? JSONSerialization.jsonObject(with: data) {
                if let list = json as? [Any] { return !list.isEmpty && list.allSatisfy(isStatement) }
                return isStatement(json)
            }
            let firstLine = data.prefix { $0 != UInt8(ascii: "\n") }
            return (try? JSONSerialization.jsonObject(with: Data(firstLine))).map(isStatement) ?? false
        }

        static func table(_ report: CohortReport, language: Language) -> [String] {
            let nb = language == .nb
            func state(_ cell: CohortReport.Cell) -> String {
                var text: String
                switch cell.state {
                case .completed: text = nb ? "fullført" : "done"
                case .quizPending: text = "quiz"
                case .inProgress: text = "\(cell.lessonsDone)/\(cell.lessonsTotal)"
                case .notStarted: text = "–"
                case .locked: text = nb ? "låst" : "locked"
                }
                if let best = cell.bestScore { text += " \(Int((best * 100).rounded()))%" }
                if cell.overdue { text += " !" }
                return text
            }
            let header = [nb ? "deltaker" : "learner"] + report.modules.map(\.id)
            var rows = report.rows.map { [$0.learner.label] + $0.cells.map(state) }
            rows.append([nb ? "fullført" : "completed"] + report.totals.map { "\($0.completed)/\(report.rows.count)" })
            let widths = header.indices.map { column in ([header[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0 }
            func line(_ cells: [String]) -> String {
                cells.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                    .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
            }
            var lines = [report.cohort.map { "\(report.courseTitle) · \($0)" } ?? report.courseTitle, line(header)]
            lines += rows.map(line)
            lines += legend(report, language: language)
            return lines
        }

        /// What the table's symbols mean: only those that appear, and the overdue mark only when
        /// due dates are in play.
        static func legend(_ report: CohortReport, language: Language) -> [String] {
            let nb = language == .nb
            let cells = report.rows.flatMap(\.cells)
            var entries: [(String, String)] = []
            if cells.contains(where: { $0.state == .inProgress }) {
                entries.append(("n/m", nb ? "påbegynt: leksjoner lest av modulens leksjoner" : "in progress: lessons read of the module's lessons"))
            }
            if cells.contains(where: { $0.state == .quizPending }) {
                entries.append(("quiz", nb ? "alle leksjoner lest, quizen ikke bestått ennå" : "every lesson read, the quiz not passed yet"))
            }
            if cells.contains(where: { $0.state == .completed }) {
                entries.append((nb ? "fullført" : "done", nb ? "alle leksjoner lest og quizen bestått" : "every lesson read and the quiz passed"))
            }
            if cells.contains(where: { $0.bestScore != nil }) {
                entries.append(("NN%", nb ? "beste quizresultat" : "best quiz score"))
            }
            if cells.contains(where: { $0.state == .notStarted }) {
                entries.append(("–", nb ? "ikke startet" : "not started"))
            }
            if cells.contains(where: { $0.state == .locked }) {
                entries.append((nb ? "låst" : "locked", nb ? "bygger på en modul som ikke er fullført" : "builds on a module not completed yet"))
            }
            entries.append((nb ? "fullført k/n" : "completed k/n",
                            nb ? "(siste rad) deltakere som har fullført modulen, av alle" : "(last row) learners who completed the module, of all"))
            if cells.contains(where: { $0.due != nil }) {
                entries.append(("!", nb ? "på overtid: fristen er passert og modulen ikke fullført (per \(report.today))"
                                    : "overdue: past the due date and not completed (as of \(report.today))"))
            }
            let width = entries.map(\.0.count).max() ?? 0
            return [nb ? "Forklaring:" : "Key:"]
                + entries.map { "  " + $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }
        }
    }
}

/// `erfaring summary`: a printable page of completed modules, for a job application.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Write a printable HTML page of the modules you have completed, with dates and scores.")

    @Option(help: ArgumentHelp("The file to write.", valueName: "file"))
    var out: String

    @Option(help: "The name to print (default: your profile's name).")
    var name: String?

    @OptionGroup var options: CurriculumOptions

    func run() throws {
        let context = CommandContext.live
        let data = try LearnerData.load(options, context)
        let summaries = ProgressReplay.summaries(curriculum: data.curriculum, events: data.events)
        let page = HTMLPages.completionSummary(curriculum: data.curriculum, name: name ?? data.profile.name,
                                               summaries: summaries, language: data.profile.language, date: Date())
        try emit(page, out: out, context)
        context.write(Strings(language: data.profile.language)
            .counted("cli.summary-written", summaries.count { $0.completedAt != nil }, ["file": out]))
    }
}
