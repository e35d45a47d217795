@testable import ErfaringCLI
import ErfaringKit
import Foundation
import Testing

@Suite("erfaring summary: the competence statement", .serialized)
struct SummaryTests {
    static let assignment = Assignment(id: "demo-2025", cohort: "Demo, høst 2025", message: nil,
                                       contact: "Anne <veileder@example.no>",
                                       items: [.init(moduleID: "basics", due: "2025-11-20"),
                                               .init(moduleID: "next-steps", due: "2025-12-20")])

    private func statement(_ harness: ShellHarness, assignment: Assignment? = nil,
                           options: CompetenceStatement.Options = .init()) throws -> CompetenceStatement {
        let profile = try #require(try harness.store.currentProfile())
        return CompetenceStatement(curriculum: harness.curriculum, events: try harness.store.events(profile: profile.id),
                                   name: "Kari <Nordmann>", version: "0.1.0", date: harness.clock.now,
                                   assignment: assignment, options: options)
    }

    @Test("golden pages in both languages: nothing completed, one module, all modules")
    func goldens() throws {
        let cohort = try Cohort()
        let none = try statement(cohort.ola)
        #expect(none.completed.isEmpty && none.areas.isEmpty)
        let failed = try cohort.ola.run(["quiz basics"] + (try cohort.ola.answers(module: "basics", right: [false, false, true, false])) + ["quit"])
        #expect(!failed.contains("erfaring summary"), "a failed quiz does not offer it")
        let one = try statement(cohort.kari, assignment: Self.assignment)
        #expect(one.completed.count == 1 && one.areas.flatMap(\.competences).count == 2)
        let answers = try cohort.kari.answers(module: "next-steps", right: [true, true])
        cohort.kari.clock.advance(600)
        let transcript = try cohort.kari.run(["open next-steps", "", "", "", "hjem", "quiz next-steps"] + answers + ["avslutt"])
        #expect(transcript.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("kjør 'erfaring summary --out kompetanse.html' i terminalen"),
                "completing a module offers the competence statement")
        let all = try statement(cohort.kari, assignment: Self.assignment)
        #expect(all.completed.count == 2, "the second module is completed too")
        for (name, page) in [("none", none), ("one", one), ("all", all)] {
            for language in Language.allCases {
                let html = HTMLPages.competenceStatement(page, language: language)
                try assertGolden(html, "summary-\(name)-\(language.rawValue).html")
                #expect(!html.contains(Cohort.markerA), "a private reflection is never on the page")
                #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("<link"))
                #expect(html.contains("Kari &lt;Nordmann&gt;") && !html.contains("<Nordmann>"))
            }
        }
        try assertGolden(HTMLPages.competenceStatementText(one, language: .nb), "summary-one-nb.txt")
        let withFacilitator = HTMLPages.competenceStatement(one, language: .nb)
        #expect(withFacilitator.contains("Kull: Demo, høst 2025 · frister 2025-11-20 – 2025-12-20 · kontakt: Anne &lt;veileder@example.no&gt;"))
    }

    @Test("reading the last lesson after the quiz is passed completes the module and offers the statement")
    func offerAfterReading() throws {
        let harness = try ShellHarness()
        try harness.run(["1", "Kari", "avslutt"])
        let right = try harness.answers(module: "basics", right: [true, true, true, true])
        let passed = try harness.run(["quiz basics"] + right + ["avslutt"])
        #expect(!passed.contains("erfaring summary"), "passed with a lesson left: not completed yet")
        let read = try harness.run(["open basics"] + Array(repeating: "", count: 12) + ["hjem", "avslutt"])
        let profile = try #require(try harness.store.currentProfile())
        #expect(try harness.store.moduleProgress(profile: profile.id)["basics"]?.lessonsDone == ["first"])
        #expect(read.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .contains("kjør 'erfaring summary --out kompetanse.html' i terminalen for en kompetanseoversikt"))
    }

    @Test("the binary writes the page, in the other language with --lang, and refuses an unknown module")
    func binary() throws {
        let cohort = try Cohort()
        let out = cohort.kari.folder.appendingPathComponent("summary.html")
        let written = try cohort.command(cohort.kari, ["summary", "--out", out.path, "--lang", "en", "--no-time"])
        #expect(written.status == 0, "\(written.stderr)")
        let page = try String(contentsOf: out, encoding: .utf8)
        #expect(page.contains("<html lang=\"en\">") && page.contains("Competence statement"))
        #expect(!page.contains("Time spent studying") && page.contains("Best quiz"))
        #expect(!page.contains(Cohort.markerA))
        let text = try cohort.command(cohort.kari, ["summary", "--format", "text", "--no-scores"])
        #expect(text.status == 0 && text.stdout.hasPrefix("Kompetanseoversikt\n") && !text.stdout.contains("%"))
        // The fixture course has no version of its own: the program's names it.
        #expect(text.stdout.contains("versjon \(ErfaringCommand.version)"), "\(text.stdout)")
        // The shipped course has one, and that is the version on the page.
        let shipped = try #require(try CurriculumLoader.load(root: Binary.repository).curriculum?.course.version?.value)
        let shippedText = try InProcess.run(["summary", "--format", "text"],
                                         environment: ["ERFARING_HOME": cohort.kari.folder.path,
                                                       "ERFARING_CURRICULUM": Binary.repository.path])
        #expect(shippedText.stdout.contains("versjon \(shipped)"), "\(shippedText.stdout) \(shippedText.stderr)")
        let refused = try cohort.command(cohort.kari, ["summary", "--modules", "basics,nope"])
        #expect(refused.status != 0)
        // Kari's profile is Norwegian: so is the error.
        #expect(refused.stderr.contains("ukjent modul 'nope' i --modules; forventet én av: 'basics', 'next-steps'"),
                "\(refused.stderr)")
    }

    /// Every shipped module completed, every quiz question answered right, each quiz passed at the
    /// second attempt: the longest page the shipped course gives.
    static func shippedStatement() throws -> CompetenceStatement {
        let curriculum = try #require(try CurriculumLoader.load(root: Binary.repository).curriculum)
        var events: [LearningEvent] = []
        var clock = Date(timeIntervalSince1970: 1_764_000_000)
        func add(_ kind: LearningEvent.Kind, _ module: String, _ item: String?, _ payload: LearningEvent.Payload, after: Double) {
            clock += after
            events.append(LearningEvent(id: Int64(events.count + 1), profileID: "p", occurredAt: clock, kind: kind,
                                        moduleID: module, itemID: item, payload: payload))
        }
        for module in curriculum.modules {
            let id = module.id.value
            for lesson in module.lessons {
                for block in lesson.blocks {
                    add(.blockViewed, id, block.id.value, .init(lessonID: lesson.id.value), after: 90)
                }
                add(.lessonCompleted, id, lesson.id.value, .init(lessonID: lesson.id.value), after: 30)
            }
            add(.quizFinished, id, nil, .init(attemptID: "\(id)-1", score: 0.6, passed: false), after: 600)
            clock += 86_400
            for question in curriculum.quiz(for: id)?.questions ?? [] {
                add(.questionAnswered, id, question.id.value, .init(attemptID: "\(id)-2", correct: true), after: 40)
            }
            add(.quizFinished, id, nil, .init(attemptID: "\(id)-2", score: 0.9, passed: true), after: 20)
            clock += 3 * 86_400
        }
        return CompetenceStatement(curriculum: curriculum, events: events, name: "Kari Nordmann", version: "0.1.0",
                                   date: clock, assignment: assignment)
    }

    @Test("the shipped course, all completed: every objective as a 'can' statement, golden in both languages")
    func shippedGoldens() throws {
        let statement = try Self.shippedStatement()
        #expect(statement.completed.count == 7 && statement.completed.allSatisfy { $0.attempts == 2 })
        #expect(statement.areas.flatMap(\.competences).count == 33, "all 33 objectives shown")
        for language in Language.allCases {
            let html = HTMLPages.competenceStatement(statement, language: language)
            try assertGolden(html, "summary-shipped-\(language.rawValue).html")
            #expect(html.contains(language == .nb ? "<li>Kan " : "<li>Can "))
        }
    }
}
