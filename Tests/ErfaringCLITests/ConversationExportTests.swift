@testable import ErfaringCLI
import ErfaringKit
import Foundation
import Testing

/// What leaves the machine of practice conversations: the endings reached, never the path.
@Suite("Practice conversations in the export, xAPI and the cohort report", .serialized)
struct ConversationExportTests {
    /// The option and decision-node ids Kari's play-throughs went through (see ``Cohort``).
    private let pathIDs = ["yes-of-course", "unpaid-again", "keep-quiet", "ask-about-pay", "pay-question", "offer-swap"]

    @Test("the export lists each ending reached once, with its kind and first time; no path in any format")
    func exportHasEndingsNotPath() throws {
        let cohort = try Cohort()
        let kari = try cohort.export(cohort.kari)
        let basics = try #require(kari.modules.first { $0.id == "basics" })
        let conversation = try #require(basics.conversations?.first)
        #expect(basics.conversations?.count == 1)
        #expect(conversation.id == "evening-hours" && conversation.completed)
        #expect(conversation.endings.map(\.id) == ["silent-yes", "good-end"], "in the order first reached, good-end once")
        #expect(conversation.endings.map(\.kind) == [.mistake, .skill])
        #expect(conversation.endings[0].firstReachedAt < conversation.endings[1].firstReachedAt)
        #expect(kari.modules.first { $0.id == "next-steps" }?.conversations == nil, "absent, not an empty list")
        #expect(try cohort.export(cohort.ola).modules.allSatisfy { $0.conversations == nil })
        for format in ["json", "csv", "xapi"] {
            let result = try cohort.command(cohort.kari, ["export", "--format", format]
                                                + (format == "json" ? ["--include-private"] : []))
            #expect(result.status == 0, "\(result.stderr)")
            for id in pathIDs { #expect(!result.stdout.contains("\"\(id)\"") && !result.stdout.contains(",\(id),"), "\(format): \(id)") }
        }
        let json = try cohort.command(cohort.kari, ["export", "--format", "json"]).stdout
        #expect(json.contains("\"good-end\"") && json.contains("\"kind\" : \"mistake\""))
    }

    @Test("xAPI: one completed statement per ending first reached, the conversation as a simulation under its module")
    func statements() throws {
        let cohort = try Cohort()
        let statements = try cohort.statements(cohort.kari)
        let practice = statements.filter { $0.object.id.contains("/conversation/") }
        #expect(practice.map { $0.result?.response } == ["silent-yes", "good-end"], "good-end reached twice, sent once")
        for statement in practice {
            #expect(statement.verb.id == "http://adlnet.gov/expapi/verbs/completed")
            #expect(statement.object.id == "https://erfaring.no/xapi/demo-course/basics/conversation/evening-hours")
            #expect(statement.object.definition.type == "http://adlnet.gov/expapi/activities/simulation")
            #expect(statement.object.definition.name.keys.sorted() == ["en", "nb"])
            #expect(statement.context?.contextActivities?.parent?.map(\.id) == ["https://erfaring.no/xapi/demo-course/basics"])
            #expect(statement.result?.completion == true)
        }
        #expect(practice.map { $0.result?.extensions?[XAPIExporter.endingKindExtension] } == [.string("mistake"), .string("skill")])
        // Stable ids: a second play to a new ending adds one statement and changes none.
        try Cohort.practise(cohort.kari, path: [("ask", "ask-about-pay", "pay-question"), ("pay-question", "maybe", "half-way")])
        let again = try cohort.statements(cohort.kari)
        #expect(again.count == statements.count + 1)
        #expect(Set(statements.map(\.id)).isSubset(of: Set(again.map(\.id))))
        #expect(again.last?.result?.response == "half-way")
    }

    @Test("the report counts conversations completed per learner: a practice column only when there are conversations")
    func reportPractice() throws {
        let cohort = try Cohort()
        let learners = try [cohort.kari, cohort.ola].map { LearnerProgress(export: try cohort.export($0)) }
        let curriculum = cohort.kari.curriculum
        let report = CohortReport(curriculum: curriculum, learners: learners, assignment: nil, today: "2025-11-25", language: .en)
        #expect(report.rows.map { $0.practice.completed } == [1, 0])
        #expect(report.rows.allSatisfy { $0.practice.total == curriculum.conversations.values.map(\.count).reduce(0, +) })
        let table = FacilitatorCommand.Report.table(report, language: .nb)
        #expect(table[1].contains("  øving  "))
        #expect(table.contains { $0.hasPrefix("  øving k/n") })
        // Without conversations, no column: the table is as wide as before they existed.
        var without = curriculum
        without.conversations = [:]
        let plain = FacilitatorCommand.Report.table(CohortReport(curriculum: without, learners: learners, assignment: nil,
                                                                 today: "2025-11-25", language: .en), language: .en)
        #expect(!plain[1].contains("practice") && !plain.contains { $0.contains("practice k/n") })
        let header = FacilitatorCommand.Report.table(report, language: .en)[1]
        #expect(header.count == plain[1].count + "practice  ".count)
        let csv = CohortCSV.render(report)
        #expect(csv.contains(",no,1,1\r\n") && csv.contains(",no,0,0\r\n"))
        let html = HTMLPages.cohortReport(report, language: .en)
        #expect(html.contains("<br>practice conversations 1/1<br>") && html.contains("<br>practice conversations 0/1<br>"))
    }

    @Test("an export whose conversation ids carry control characters is not reported on")
    func hostileConversationIDs() throws {
        let cohort = try Cohort()
        var kari = try cohort.export(cohort.kari)
        #expect(kari.problems().isEmpty)
        let index = try #require(kari.modules.firstIndex { $0.conversations != nil })
        kari.modules[index].conversations?[0].endings[0].id = "good\u{1B}[2J"
        #expect(kari.problems() == ["it contains control characters"])
    }

    @Test("a bad ending kind names the field in words and skips the file; of two exports made at once, more endings win")
    func readingConversations() throws {
        let cohort = try Cohort()
        let kari = try cohort.export(cohort.kari)
        let text = String(decoding: try ProgressExport.encoder.encode(kari), as: UTF8.self)
        let folder = cohort.kari.folder
        let bad = folder.appendingPathComponent("bad.json")
        try Data(text.replacingOccurrences(of: "\"kind\" : \"skill\"", with: "\"kind\" : \"brave\"").utf8).write(to: bad)
        let refused = try cohort.command(cohort.kari, ["facilitator", "report", "--format", "csv", bad.path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("the kind of ending ('modules[0].conversations[0].endings[1].kind')"), "\(refused.stderr)")
        #expect(refused.stderr.contains("'skill', 'mixed' or 'mistake'"), "\(refused.stderr)")
        // The same moment, one ending fewer: the export with both endings counts.
        var fewer = kari
        let index = try #require(fewer.modules.firstIndex { $0.conversations != nil })
        fewer.modules[index].conversations?[0].endings.removeLast()
        let more = folder.appendingPathComponent("more.json"), less = folder.appendingPathComponent("less.json")
        try ProgressExport.encoder.encode(kari).write(to: more)
        try ProgressExport.encoder.encode(fewer).write(to: less)
        for order in [[less, more], [more, less]] {
            let result = try cohort.command(cohort.kari, ["facilitator", "report", "--format", "csv"] + order.map(\.path))
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("a tie; counted '\(more.path)', which shows more progress"), "\(result.stderr)")
        }
    }
}
