@testable import ErfaringCLI
@testable import ErfaringKit
import Foundation
import Testing

/// What the cohort report shows: attempts with the last and best score, last activity and due
/// dates in every format; an LRS's limits on the page; chart labels whole.
@Suite("What the cohort report shows", .serialized)
struct ReportContentTests {
    @Test("a learner who failed the quiz four times: 4 attempts, last 0 %, best 50 %, in the table, CSV and HTML, from files and from statements")
    func attempts() throws {
        let cohort = try Cohort()
        let ola = cohort.ola
        // Ola failed once already (25 %); then 50 %, and twice nothing right.
        for right in [[true, true, false, false], [false, false, false, false], [false, false, false, false]] {
            ola.clock.advance(600)
            try ola.run(["quiz basics"] + (try ola.answers(module: "basics", right: right)) + ["quit"])
        }
        let export = try cohort.export(ola)
        let basics = try #require(export.modules.first { $0.id == "basics" })
        #expect(basics.attempts == 4 && basics.lastScore == 0 && basics.bestScore == 0.5, "\(basics)")
        let curriculum = ola.curriculum
        let fromFiles = CohortReport(curriculum: curriculum, learners: [LearnerProgress(export: export)],
                                     assignment: Cohort.assignment, today: "2025-11-25", language: .en)
        let table = FacilitatorCommand.Report.table(fromFiles, language: .en)
        let row = try #require(table.first { $0.hasPrefix(String(export.learner.id.prefix(8))) })
        #expect(row.contains("0/1 4× 0%/50% !"), "\(table.joined(separator: "\n"))")
        #expect(row.hasSuffix("2025-11-24"), "last active: \(row)")
        #expect(table.contains { $0.hasPrefix("due ") && $0.contains("2025-11-20") && $0.contains("2025-12-20") })
        #expect(table.contains { $0.contains("N× S%/B%") && $0.contains("the best, when it is better than the last") })
        let csv = CohortCSV.render(fromFiles)
        #expect(csv.contains(",basics,Basics,in-progress,0,1,4,0.00,0.50,2025-11-24T18:30:00.000Z,2025-11-20,yes,0,1\r\n"), "\(csv)")
        let html = HTMLPages.cohortReport(fromFiles, language: .en)
        #expect(html.contains("4 attempts · last 0\u{A0}% · best 50\u{A0}%"), "\(html)")
        #expect(html.contains("<span class=\"date\">active 2025-11-24</span>"))
        #expect(HTMLPages.cohortReport(fromFiles, language: .nb).contains("4 forsøk · siste 0\u{A0}% · beste 50\u{A0}%"))

        // The same from statements, in whatever order the LRS returns them.
        let statements = try cohort.statements(ola).reversed()
        let fromStatements = CohortReport(
            curriculum: curriculum,
            learners: StatementsProgress.learners(Array(statements), curriculum: curriculum, activityBase: "https://erfaring.no/xapi"),
            assignment: Cohort.assignment, today: "2025-11-25", language: .en)
        #expect(CohortCSV.render(fromStatements) == csv)

        // Statements about a module this course does not have are counted for a warning.
        var ghost = try #require(statements.first)
        ghost.object.id = ghost.object.id.replacingOccurrences(of: "/basics", with: "/ghost-module")
        #expect(ghost.object.id.contains("/ghost-module"))
        #expect(StatementsProgress.unknownModules(Array(statements) + [ghost, ghost], curriculum: curriculum,
                                                  activityBase: "https://erfaring.no/xapi") == ["ghost-module": 2])
    }

    @Test("an export written before lastScore existed still reads; its last score is shown as unknown, not as the best")
    func oldExport() throws {
        let cohort = try Cohort()
        let text = String(decoding: try ProgressExport.encoder.encode(try cohort.export(cohort.ola)), as: UTF8.self)
        let old = text.split(separator: "\n").filter { !$0.contains("\"lastScore\"") }.joined(separator: "\n")
        #expect(old != text, "the export had a lastScore to remove")
        let export = try ProgressExport.read(Data(old.utf8))
        #expect(export.modules.first?.lastScore == nil && export.modules.first?.bestScore == 0.25)
        // One attempt: its score is the last; of two, the last is not known.
        var twice = export
        twice.modules[0].attempts = 2
        let reports = [export, twice].map {
            CohortReport(curriculum: cohort.ola.curriculum, learners: [LearnerProgress(export: $0)], assignment: nil,
                         today: "2025-11-25", language: .en)
        }
        #expect(FacilitatorCommand.Report.table(reports[0], language: .en).contains { $0.contains(" 1× 25%") })
        #expect(FacilitatorCommand.Report.table(reports[1], language: .en).contains { $0.contains(" 2× ?/25%") })
        #expect(FacilitatorCommand.Report.table(reports[1], language: .en).contains { $0.hasPrefix("  ?  ") && $0.contains("older version") })
        #expect(!FacilitatorCommand.Report.table(reports[0], language: .en).contains { $0.contains("older version") })
        #expect(CohortCSV.render(reports[1]).contains(",2,,0.25,"))
        #expect(HTMLPages.cohortReport(reports[1], language: .en).contains("2 attempts · last – · best 25\u{A0}%"))
    }

    @Test("a report read from an LRS names the LRS's limits on the page; one from files does not")
    func lrsLimitsOnThePage() throws {
        let cohort = try Cohort()
        let learners = try [cohort.export(cohort.kari), cohort.export(cohort.ola)].map(LearnerProgress.init(export:))
        for (language, words) in [(Language.en, ["cannot tell cohorts apart", "never ran 'erfaring sync' are missing"]),
                                  (.nb, ["kan ikke skille kull fra hverandre", "aldri har kjørt «erfaring sync», mangler"])] {
            let lrs = HTMLPages.cohortReport(CohortReport(curriculum: cohort.kari.curriculum, learners: learners, assignment: nil,
                                                          today: "2025-11-25", language: language, source: .lrs),
                                             language: language)
            let files = HTMLPages.cohortReport(CohortReport(curriculum: cohort.kari.curriculum, learners: learners, assignment: nil,
                                                            today: "2025-11-25", language: language),
                                               language: language)
            for word in words {
                #expect(lrs.contains(HTMLPages.escape(word)), "\(word) in \(lrs)")
                #expect(!files.contains(HTMLPages.escape(word)))
            }
            #expect(lrs.contains("<p class=\"note\">"))
        }
    }

    @Test("times are read directly, to the same instant as the ISO 8601 formatter reads them", arguments: [
        "2026-11-22T23:00:00.000Z", "2026-11-22T23:00:00Z", "2024-02-29T12:34:56.789Z", "1970-01-01T00:00:00Z",
        "1969-12-31T23:59:59.500Z", "2000-03-01T00:00:00+00:00", "2099-12-31T23:59:59.999Z",
    ])
    func timestamps(text: String) throws {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = text.contains(".") ? [.withInternetDateTime, .withFractionalSeconds] : [.withInternetDateTime]
        let direct = try #require(ProgressExport.parseUTCTimestamp(text))
        let expected = try #require(formatter.date(from: text))
        #expect(abs(direct.timeIntervalSince(expected)) < 0.0005, "\(direct) \(expected)")
        #expect(XAPIExporter.timestamp(direct) == XAPIExporter.timestamp(expected))
    }

    @Test("what is not a time the direct reader leaves to the formatter", arguments: [
        "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-11-22 23:00:00Z", "2026-11-22T23:00:00", "2026-11-22T23:00:00.Z",
        "2026-11-22T23:00:00+01:00", "yesterday",
    ])
    func notTimestamps(text: String) {
        #expect(ProgressExport.parseUTCTimestamp(text) == nil)
    }

    @Test("docs/export-format.md lists the CSV's columns as the report writes them")
    func csvColumnsDocumented() throws {
        let docs = try String(contentsOf: Binary.repository.appendingPathComponent("docs/export-format.md"), encoding: .utf8)
            .replacingOccurrences(of: "\n", with: " ")
        #expect(docs.contains("`" + CohortCSV.header.joined(separator: ", ") + "`"))
    }

    @Test("chart labels wrap between words and are never cut")
    func chartLabelsWrap() throws {
        let title = "Recovery and recovery-oriented practice in the services of a municipality"
        let lines = HTMLPages.wrap(title, width: HTMLPages.labelCharacters)
        #expect(lines.joined(separator: " ") == title)
        #expect(lines.count == 3 && lines.allSatisfy { $0.count <= HTMLPages.labelCharacters }, "\(lines)")
        #expect(HTMLPages.wrap(String(repeating: "x", count: 80), width: 36) == [String(repeating: "x", count: 36),
                                                                                String(repeating: "x", count: 36),
                                                                                String(repeating: "x", count: 8)])
        let cohort = try Cohort()
        var report = CohortReport(curriculum: cohort.kari.curriculum,
                                  learners: [LearnerProgress(export: try cohort.export(cohort.kari))],
                                  assignment: nil, today: "2025-11-25", language: .en)
        report.modules[0].title = title
        let chart = HTMLPages.chart(report, words: .init(language: .en))
        #expect(chart.contains("<tspan x=\"0\" dy=\"0\">\(lines[0])</tspan><tspan x=\"0\" dy=\"15\">\(lines[1])</tspan>"
                               + "<tspan x=\"0\" dy=\"15\">\(lines[2])</tspan>"), "\(chart)")
        #expect(!chart.contains("practic<"), "not cut")
    }
}

/// The HTML page of a report read from the real test LRS (Ralph) states the LRS's limits.
@Suite("The cohort report from a real LRS", .serialized,
       .enabled(if: ProcessInfo.processInfo.environment["ERFARING_TEST_LRS"] != nil))
struct ReportFromLRSTests {
    @Test("facilitator report --lrs --format html: the page names the LRS's limits; from files it does not")
    func limitsOnThePage() throws {
        let env = ProcessInfo.processInfo.environment
        let lrs = env["ERFARING_TEST_LRS"] ?? ""
        let credentials = ["ERFARING_LRS_USER": env["ERFARING_TEST_LRS_USER"] ?? "",
                           "ERFARING_LRS_PASSWORD": env["ERFARING_TEST_LRS_PASSWORD"] ?? ""]
        let cohort = try Cohort()
        let sync = try cohort.command(cohort.kari, ["sync", "--lrs", lrs], environment: credentials)
        #expect(sync.status == 0, "\(sync.stderr)")
        let page = try cohort.command(cohort.kari, ["facilitator", "report", "--lrs", lrs, "--format", "html", "--lang", "en"],
                                     environment: credentials)
        #expect(page.status == 0, "\(page.stderr)")
        #expect(page.stdout.contains("<p class=\"note\">Read from a Learning Record Store (LRS). An LRS cannot tell cohorts apart"),
                "\(page.stdout.prefix(2000))")
        #expect(page.stdout.contains("never ran &#39;erfaring sync&#39; are missing"))
        let file = cohort.kari.folder.appendingPathComponent("kari.json")
        try ProgressExport.encoder.encode(try cohort.export(cohort.kari)).write(to: file)
        let fromFiles = try cohort.command(cohort.kari, ["facilitator", "report", file.path, "--format", "html", "--lang", "en"])
        #expect(fromFiles.status == 0 && !fromFiles.stdout.contains("<p class=\"note\">"))
    }
}
