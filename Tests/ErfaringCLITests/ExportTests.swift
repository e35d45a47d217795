@testable import ErfaringCLI
import ErfaringKit
import Foundation
import Testing

/// Two learners with fixed clocks and ids: Kari completes the first module and writes a
/// reflection; Ola (in English) fails the quiz and answers the self-assessment.
struct Cohort {
    static let markerA = "PRIVAT-MARKØR-KARI"
    static let markerB = "PRIVATE-MARKER-OLA"

    let kari: ShellHarness
    let ola: ShellHarness

    init() throws {
        kari = try ShellHarness(idNamespace: 1)
        ola = try ShellHarness(idNamespace: 2)
        let right = try kari.answers(module: "basics", right: [true, true, true, true])
        try kari.run(["1", "Kari", "", "", "", "", Self.markerA + " jeg ville lyttet", "", "", "1", "", "", "hjem", "avslutt"])
        // Practice before the quiz (nine minutes of the hour), so the later times stay as they were.
        try Self.practise(kari, path: [("ask", "yes-of-course", "unpaid-again"), ("unpaid-again", "keep-quiet", "silent-yes")])
        try Self.practise(kari, path: [("ask", "ask-about-pay", "pay-question"), ("pay-question", "offer-swap", "good-end")])
        // Reached again: sent and exported once.
        try Self.practise(kari, path: [("ask", "ask-about-pay", "pay-question"), ("pay-question", "offer-swap", "good-end")])
        kari.clock.advance(3600 - 9 * 60)
        try kari.run(["quiz basics"] + right + ["avslutt"])
        let wrong = try ola.answers(module: "basics", right: [false, false, true, false])
        ola.clock.advance(7200)
        try ola.run(["2", "Ola", "readiness", "2", "open basics", "", "", "", Self.markerB, "", "home"] + ["quiz basics"] + wrong + ["quit"])
    }

    /// Plays the fixture's practice conversation along `path` (node, option, next), a minute a step.
    static func practise(_ harness: ShellHarness, path: [(String, String, String)]) throws {
        let profile = try #require(try harness.store.currentProfile()).id
        let conversation = try #require(harness.curriculum.conversation("evening-hours", in: "basics"))
        harness.clock.advance(60)
        try harness.store.startConversation(profile: profile, module: "basics", conversation: "evening-hours",
                                            at: conversation.start.value, date: harness.clock.now)
        for (node, option, next) in path {
            harness.clock.advance(60)
            #expect(try harness.store.recordConversationChoice(
                profile: profile, module: "basics", conversation: "evening-hours", node: node, option: option, next: next,
                ending: conversation.node(next)?.endingKind, date: harness.clock.now))
        }
    }

    func export(_ harness: ShellHarness, includePrivate: Bool = false) throws -> ProgressExport {
        let profile = try #require(try harness.store.currentProfile())
        let events = try harness.store.events(profile: profile.id)
        let snapshot = try harness.store.snapshot(profile: profile.id, at: harness.clock.now)
        var privateData: ProgressExport.PrivateData?
        if includePrivate {
            privateData = .init(reflections: try harness.store.reflections(profile: profile.id).map {
                .init(moduleID: $0.moduleID, lessonID: $0.lessonID, writtenAt: $0.writtenAt, text: $0.text)
            }, readiness: try harness.store.readiness(profile: profile.id))
        }
        return ProgressExport(curriculum: harness.curriculum, profile: profile, events: events,
                              assignments: snapshot.assignments, dueReviews: snapshot.dueReviews,
                              includeName: false, privateData: privateData, at: harness.clock.now)
    }

    func statements(_ harness: ShellHarness) throws -> [XAPIStatement] {
        let profile = try #require(try harness.store.currentProfile())
        return XAPIExporter(curriculum: harness.curriculum)
            .statements(profile: profile, events: try harness.store.events(profile: profile.id))
    }

    /// Runs `erfaring` in-process on a learner's data folder.
    func command(_ harness: ShellHarness, _ arguments: [String], environment: [String: String] = [:],
                 http: (@Sendable (TimeInterval) -> any HTTPExchange)? = nil) throws -> Binary.Result {
        try InProcess.run(arguments + ["--curriculum", Binary.fixtures.appendingPathComponent("base").path],
                       environment: environment.merging(["ERFARING_HOME": harness.folder.path]) { given, _ in given },
                       http: http)
    }

    static let assignment = Assignment(id: "demo-2025", cohort: "Demo, høst 2025", message: nil, contact: nil,
                                       items: [.init(moduleID: "basics", due: "2025-11-20"),
                                               .init(moduleID: "next-steps", due: "2025-12-20")])
}

@Suite("Export, privacy and the cohort report", .serialized)
struct ExportTests {
    private func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try ProgressExport.encoder.encode(value), as: UTF8.self) + "\n"
    }

    @Test("golden files: JSON export, xAPI statements, cohort CSV and HTML")
    func goldens() throws {
        let cohort = try Cohort()
        let kari = try cohort.export(cohort.kari)
        let ola = try cohort.export(cohort.ola)
        try assertGolden(try json(kari), "export-kari.json")
        try assertGolden(try json(cohort.statements(cohort.kari)), "xapi-kari.json")
        let report = CohortReport(curriculum: cohort.kari.curriculum, learners: [kari, ola].map(LearnerProgress.init(export:)),
                                  assignment: Cohort.assignment, today: "2025-11-25", language: .nb)
        try assertGolden(CohortCSV.render(report), "report.csv")
        let html = HTMLPages.cohortReport(report, language: .nb)
        try assertGolden(html, "report.html")
        #expect(html.contains("<title>Demo, høst 2025 · Demokurs</title>"), "the cohort names the printed page")
        #expect(html.contains("width=\"100%\" style=\"max-width:740px\" viewBox=\"0 0 740 "), "the chart scales to the page")
        #expect(!html.contains("width=\"740\""))
        #expect(html.contains("print-color-adjust:exact") && html.contains("-webkit-print-color-adjust:exact"))
        #expect(html.contains(".date{white-space:nowrap}") && html.contains("<span class=\"date\">frist 2025-12-20</span>"))
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src="), "one self-contained page")
        #expect(html.components(separatedBy: "http").count == 2, "no address but the SVG namespace")
        try assertGolden(FacilitatorCommand.Report.table(report, language: .en).joined(separator: "\n") + "\n", "report-table.txt")
        #expect(report.rows.first { $0.learner.id == kari.learner.id }?.cells.first?.state == .completed)
        #expect(report.rows.first { $0.learner.id == ola.learner.id }?.cells.first?.overdue == true)
    }

    @Test("the export round-trips and the report from exports equals the report from statements")
    func reportFromEitherSource() throws {
        let cohort = try Cohort()
        let exports = try [cohort.export(cohort.kari), cohort.export(cohort.ola)]
        let decoded = try exports.map {
            try ProgressExport.decoder.decode(ProgressExport.self, from: try ProgressExport.encoder.encode($0))
        }
        #expect(decoded == exports)
        let curriculum = cohort.kari.curriculum
        let fromFiles = CohortReport(curriculum: curriculum, learners: decoded.map(LearnerProgress.init(export:)),
                                     assignment: Cohort.assignment, today: "2025-11-25", language: .en)
        let statements = try cohort.statements(cohort.kari) + cohort.statements(cohort.ola)
        let roundTripped = try JSONDecoder().decode([XAPIStatement].self, from: try JSONEncoder().encode(statements))
        let fromStatements = CohortReport(
            curriculum: curriculum,
            learners: StatementsProgress.learners(roundTripped, curriculum: curriculum, activityBase: "https://erfaring.no/xapi"),
            assignment: Cohort.assignment, today: "2025-11-25", language: .en)
        #expect(CohortCSV.render(fromFiles) == CohortCSV.render(fromStatements))
        #expect(Set(statements.map(\.id)).count == statements.count, "statement ids are unique")
        #expect(try cohort.statements(cohort.kari).map(\.id) == cohort.statements(cohort.kari).map(\.id), "and stable")
    }

    @Test("reflections and self-assessment never leave without --include-private", arguments: ["json", "csv", "xapi"])
    func privacy(format: String) throws {
        let cohort = try Cohort()
        for harness in [cohort.kari, cohort.ola] {
            let result = try cohort.command(harness, ["export", "--format", format] + (format == "xapi" ? [] : ["--include-name"]))
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stdout.isEmpty)
            #expect(!result.stdout.contains(Cohort.markerA) && !result.stdout.contains(Cohort.markerB))
            #expect(!result.stdout.contains("readiness"), "no self-assessment")
        }
        let xapi = try cohort.command(cohort.kari, ["export", "--format", "xapi"])
        #expect(!xapi.stdout.contains("Kari"), "xAPI never carries the name")
    }

    @Test("--include-private puts reflections and readiness in the JSON; the file is written 0600")
    func includePrivate() throws {
        let cohort = try Cohort()
        let out = cohort.ola.folder.appendingPathComponent("ola.json")
        let result = try cohort.command(cohort.ola, ["export", "--include-private", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.contains(Cohort.markerB))
        #expect(text.contains("\"say-no\" : 2"))
        let mode = try FileManager.default.attributesOfItem(atPath: out.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        for format in ["csv", "xapi"] {
            let misuse = try cohort.command(cohort.ola, ["export", "--format", format, "--include-private"])
            #expect(misuse.status == 64)
            #expect(misuse.stderr.contains("--include-private works with --format json only"))
        }
        let name = try cohort.command(cohort.ola, ["export", "--format", "xapi", "--include-name"])
        #expect(name.status == 64, "refused like --include-private, not silently ignored")
        #expect(name.stderr.contains("--include-name works with --format json and csv only"), "\(name.stderr)")
        #expect(name.stdout.isEmpty)
    }

    @Test("real exports validate against docs/export.schema.json",
          .enabled(if: ProcessInfo.processInfo.environment["ERFARING_TEST_PYTHON"] != nil))
    func schema() throws {
        let python = try #require(ProcessInfo.processInfo.environment["ERFARING_TEST_PYTHON"])
        let cohort = try Cohort()
        let schema = Binary.repository.appendingPathComponent("docs/export.schema.json").path
        for (index, arguments) in [["export"], ["export", "--include-private", "--include-name"]].enumerated() {
            let out = cohort.kari.folder.appendingPathComponent("export-\(index).json")
            #expect(try cohort.command(cohort.kari, arguments + ["--out", out.path]).status == 0)
            let validator = try ChildProcess(python, ["-c", """
                import json, sys, jsonschema
                schema = json.load(open(sys.argv[1]))
                jsonschema.validate(json.load(open(sys.argv[2])), schema, format_checker=jsonschema.FormatChecker())
                print("valid")
                """, schema, out.path], output: .pipe, error: .output)
            let output = try #require(validator.output).readToEndInBackground()
            let status = try validator.wait()
            #expect(status == 0, "\(String(decoding: output(), as: UTF8.self))")
        }
    }

    @Test("several exports of one learner: the newest exportedAt counts, and stderr says which were left out")
    func newestExportPerLearner() throws {
        let cohort = try Cohort()
        let newer = try cohort.export(cohort.kari)
        var older = newer
        older.exportedAt = newer.exportedAt.addingTimeInterval(-7 * 86_400)
        for index in older.modules.indices {
            older.modules[index].lessonsDone = 0
            older.modules[index].attempts = 0
            older.modules[index].bestScore = nil
            older.modules[index].passedAt = nil
            older.modules[index].completedAt = nil
            older.modules[index].lastActivityAt = nil
        }
        let folder = cohort.kari.folder
        let week47 = folder.appendingPathComponent("per-uke47.json"), week48 = folder.appendingPathComponent("per-uke48.json")
        let ola = folder.appendingPathComponent("ola.json")
        try ProgressExport.encoder.encode(older).write(to: week47)
        try ProgressExport.encoder.encode(newer).write(to: week48)
        try ProgressExport.encoder.encode(try cohort.export(cohort.ola)).write(to: ola)
        // The newer file first and twice, the older one last: still one row per module, from the newer file.
        let report = try cohort.command(cohort.kari, ["facilitator", "report", "--format", "csv",
                                                     week48.path, ola.path, week48.path, week47.path])
        #expect(report.status == 0, "\(report.stderr)")
        let rows = report.stdout.split(separator: "\r\n").filter { $0.hasPrefix(newer.learner.id) }
        #expect(rows.count == newer.modules.count)
        #expect(rows.first?.contains(",completed,") == true, "from the newer export")
        #expect(report.stdout.split(separator: "\r\n").count == 1 + 2 * newer.modules.count, "a header and two learners: \(report.stdout)")
        let lines = report.stderr.split(separator: "\n")
        #expect(lines.count == 1, "one line: \(report.stderr)")
        // The file named twice is read once, and only the older export is named as left out.
        #expect(report.stderr.contains("left out 1 older export "))
        #expect(report.stderr.contains(week47.path) && !report.stderr.contains(week48.path))
        #expect(!report.stderr.contains(ola.path))
        let table = try cohort.command(cohort.kari, ["facilitator", "report", week47.path, week48.path])
        #expect(table.stdout.split(separator: "\n").count { $0.hasPrefix(newer.learner.id.prefix(8)) } == 1)
    }

    @Test("assign, import, list: the whole facilitator file flow through the binary")
    func assignments() throws {
        let cohort = try Cohort()
        let file = cohort.kari.folder.appendingPathComponent("assignment.yaml")
        let assign = try cohort.command(cohort.kari, [
            "facilitator", "assign", "--cohort", "NAV Bergen, høst 2099", "--module", "basics", "--module", "next-steps",
            "--due", "2099-01-15", "--due", "2099-02-15", "--message", "Vi sees på torsdag", "--out", file.path,
        ])
        #expect(assign.status == 0, "\(assign.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8).contains("id: \"nav-bergen-hoest-2099-2099-01-15\""))
        let imported = try cohort.command(cohort.kari, ["assignment", "import", file.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        // In the learner's language (Kari chose Norwegian).
        #expect(imported.stdout == "Hentet inn «NAV Bergen, høst 2099»: 2 moduler for Kari.\n")
        let list = try cohort.command(cohort.kari, ["assignment", "list"])
        #expect(list.stdout.contains("2099-01-15  fullført   Grunnlag"), "\(list.stdout)")
        #expect(list.stdout.contains("2099-02-15  åpen       Videre"))
        #expect(list.stdout.contains("  Vi sees på torsdag\n"))
        let missing = try cohort.command(cohort.kari, ["assignment", "import", "nope.yaml"])
        #expect(missing.status == 74)
        #expect(missing.stderr.contains("cannot read 'nope.yaml': No such file or directory"), "\(missing.stderr)")
        let folder = try cohort.command(cohort.kari, ["facilitator", "report", "--assignment", cohort.kari.folder.path,
                                                     cohort.kari.folder.path])
        #expect(folder.status == 74)
        #expect(folder.stderr.contains("it is a folder, not a file"), "\(folder.stderr)")
        let unknown = try cohort.command(cohort.kari, ["facilitator", "assign", "--cohort", "X", "--module", "basic",
                                                      "--due", "2099-01-01", "--out", file.path])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("did you mean 'basics'?"))
        #expect(!assign.stderr.contains("warning"), "both modules are assigned: no prerequisite warning")
    }

    @Test("due and overdue come from the learner's imported assignments: in the CSV export, and in a report without --assignment")
    func dueFromImportedAssignments() throws {
        let cohort = try Cohort()
        let folder = cohort.kari.folder
        for (name, modules, dues) in [("A", ["basics", "next-steps"], ["2099-01-15", "2099-02-15"]),
                                      ("B", ["next-steps"], ["2099-01-31"])] {
            let file = folder.appendingPathComponent("\(name).yaml").path
            let assign = try cohort.command(cohort.kari, ["facilitator", "assign", "--cohort", name, "--out", file]
                                           + modules.flatMap { ["--module", $0] } + dues.flatMap { ["--due", $0] })
            #expect(assign.status == 0, "\(assign.stderr)")
            #expect(try cohort.command(cohort.kari, ["assignment", "import", file]).status == 0)
        }
        let csv = try cohort.command(cohort.kari, ["export", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = csv.stdout.split(separator: "\r\n")
        #expect(rows.contains { $0.contains(",basics,") && $0.hasSuffix(",2099-01-15,no,1,1") }, "\(csv.stdout)")
        #expect(rows.contains { $0.contains(",next-steps,") && $0.hasSuffix(",2099-01-31,no,0,0") }, "the earliest due date")
        let json = folder.appendingPathComponent("kari.json").path
        #expect(try cohort.command(cohort.kari, ["export", "--out", json]).status == 0)
        let report = try cohort.command(cohort.kari, ["facilitator", "report", json, "--format", "csv", "--today", "2099-02-01"])
        #expect(report.status == 0, "\(report.stderr)")
        let reportRows = report.stdout.split(separator: "\r\n")
        #expect(reportRows.contains { $0.contains(",basics,") && $0.hasSuffix(",2099-01-15,no,1,1") }, "completed: not overdue")
        #expect(reportRows.contains { $0.contains(",next-steps,") && $0.hasSuffix(",2099-01-31,yes,0,0") }, "\(report.stdout)")
        let table = try cohort.command(cohort.kari, ["facilitator", "report", json, "--today", "2099-02-01"])
        #expect(table.stdout.contains(" !"))
    }

    @Test("--semicolon: semicolons between fields and decimal commas, for a spreadsheet set up for Norwegian")
    func semicolonCSV() throws {
        let cohort = try Cohort()
        let comma = try cohort.command(cohort.kari, ["export", "--format", "csv"])
        let semicolon = try cohort.command(cohort.kari, ["export", "--format", "csv", "--semicolon"])
        #expect(semicolon.status == 0, "\(semicolon.stderr)")
        let header = try #require(semicolon.stdout.split(separator: "\r\n").first)
        #expect(header == "\u{FEFF}" + CohortCSV.header.joined(separator: ";"))
        // Kari passed the quiz with full marks: 1.00 with commas, 1,00 with semicolons.
        #expect(comma.stdout.contains(",1.00,"))
        #expect(semicolon.stdout.contains(";1,00;"))
        #expect(semicolon.stdout.split(separator: "\r\n").count == comma.stdout.split(separator: "\r\n").count)
        #expect(CSVWriter.render(header: ["a"], rows: [["x;y"], ["x,y"]], dialect: .semicolon)
                == "\u{FEFF}a\r\n\"x;y\"\r\nx,y\r\n")
        let refused = try cohort.command(cohort.kari, ["export", "--format", "json", "--semicolon"])
        #expect(refused.status == 64)
    }

    @Test("the table explains its symbols: only those that appear, the overdue mark only with due dates")
    func tableLegend() throws {
        let cohort = try Cohort()
        let learners = try [cohort.export(cohort.kari), cohort.export(cohort.ola)].map(LearnerProgress.init(export:))
        let curriculum = cohort.kari.curriculum
        let plain = FacilitatorCommand.Report.table(
            CohortReport(curriculum: curriculum, learners: learners, assignment: nil, today: "2025-11-25", language: .en),
            language: .en)
        let key = try #require(plain.firstIndex(of: "Key:"))
        let legend = plain[key...].joined(separator: "\n")
        for shown in ["n/m  ", "done  ", "N× S%  ", "–  ", "locked  ", "completed k/n  "] {
            #expect(legend.contains("  " + shown), "\(shown) in \(legend)")
        }
        #expect(!legend.contains("quiz  "), "no learner has a quiz to go")
        #expect(!legend.contains("!"), "no due dates: no overdue mark")
        let onlyKari = FacilitatorCommand.Report.table(
            CohortReport(curriculum: curriculum, learners: [learners[0]], assignment: Cohort.assignment, today: "2025-11-25",
                         language: .nb), language: .nb)
        let nbLegend = onlyKari[try #require(onlyKari.firstIndex(of: "Forklaring:"))...].joined(separator: "\n")
        #expect(nbLegend.contains("  !   ") && nbLegend.contains("på overtid: fristen er passert"), "due dates are in play: \(nbLegend)")
        #expect(!nbLegend.contains("n/m"), "nobody is in progress")
    }

    @Test("an xAPI file, another course's export: what the report reads, and what it leaves out")
    func reportInputs() throws {
        let cohort = try Cohort()
        let folder = cohort.kari.folder
        for lines in [false, true] {
            let xapi = folder.appendingPathComponent("kari\(lines ? "-lines" : "").xapi.json")
            #expect(try cohort.command(cohort.kari, ["export", "--format", "xapi", "--out", xapi.path]
                                      + (lines ? ["--lines"] : [])).status == 0)
            let result = try cohort.command(cohort.kari, ["facilitator", "report", xapi.path])
            #expect(result.status == 65)
            #expect(result.stderr.contains("holds xAPI statements"), "\(result.stderr)")
            #expect(result.stderr.contains("'erfaring export --format json'") && result.stderr.contains("--lrs"))
            #expect(!result.stderr.contains("is not JSON"))
        }
        let other = folder.appendingPathComponent("other.json"), kari = folder.appendingPathComponent("kari.json")
        var foreign = try cohort.export(cohort.ola)
        foreign.course.id = "another-course"
        try ProgressExport.encoder.encode(foreign).write(to: other)
        try ProgressExport.encoder.encode(try cohort.export(cohort.kari)).write(to: kari)
        let report = try cohort.command(cohort.kari, ["facilitator", "report", "--format", "csv", kari.path, other.path])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stderr.contains("warning: left out '\(other.path)' (course 'another-course')"), "\(report.stderr)")
        #expect(report.stderr.contains("this report is for course 'demo-course'"))
        #expect(!report.stdout.contains(foreign.learner.id), "left out of the report")
        #expect(report.stdout.contains(try cohort.export(cohort.kari).learner.id))
    }

    @Test("assign refuses a module given twice and an empty cohort; warns about prerequisites left out")
    func assignRefusals() throws {
        let cohort = try Cohort()
        let file = cohort.kari.folder.appendingPathComponent("assignment.yaml")
        let twice = try cohort.command(cohort.kari, ["facilitator", "assign", "--cohort", "X", "--module", "basics",
                                                    "--module", "basics", "--due", "2099-01-01", "--out", file.path])
        #expect(twice.status == 64)
        #expect(twice.stderr.contains("--module basics is given twice; give each module once"), "\(twice.stderr)")
        #expect(twice.stderr.contains("Usage:"))
        #expect(!FileManager.default.fileExists(atPath: file.path), "no file that every import would refuse")
        for blank in ["", "   "] {
            let empty = try cohort.command(cohort.kari, ["facilitator", "assign", "--cohort", blank, "--module", "basics",
                                                        "--due", "2099-01-01", "--out", file.path])
            #expect(empty.status == 64)
            #expect(empty.stderr.contains("--cohort is empty"), "\(empty.stderr)")
        }
        let alone = try cohort.command(cohort.kari, ["facilitator", "assign", "--cohort", "X", "--module", "next-steps",
                                                    "--due", "2099-01-01", "--out", file.path])
        #expect(alone.status == 0, "a warning, not an error: \(alone.stderr)")
        #expect(alone.stderr.contains("warning: 'next-steps' builds on 'basics', which this assignment does not include"))
        #expect(alone.stderr.contains("--module basics"))
        #expect(FileManager.default.fileExists(atPath: file.path))
    }
}
