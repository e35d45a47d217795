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
        let one = try statement(cohort.kari, assignment: Self.assignment)
        #expect(one.completed.count == 1 && one.areas.flatMap(\.competences).count == 2)
        let answers = try cohort.kari.answers(module: "next-steps", right: [true, true])
        cohort.kari.clock.advance(600)
        try cohort.kari.run(["open next-steps", "", "", "", "hjem", "quiz next-steps"] + answers + ["avslutt"])
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

    @Test("the binary writes the page, in the other language with --lang, and refuses an unknown module")
    func binary() throws {
        let cohort = try Cohort()
        let out = cohort.kari.folder.appendingPathComponent("summary.html")
        let written = try cohort.binary(cohort.kari, ["summary", "--out", out.path, "--lang", "en", "--no-time"])
        #expect(written.status == 0, "\(written.stderr)")
        let page = try String(contentsOf: out, encoding: .utf8)
        #expect(page.contains("<html lang=\"en\">") && page.contains("Competence statement"))
        #expect(!page.contains("Time spent studying") && page.contains("Best quiz"))
        #expect(!page.contains(Cohort.markerA))
        let text = try cohort.binary(cohort.kari, ["summary", "--format", "text", "--no-scores"])
        #expect(text.status == 0 && text.stdout.hasPrefix("Kompetanseoversikt\n") && !text.stdout.contains("%"))
        let refused = try cohort.binary(cohort.kari, ["summary", "--modules", "basics,nope"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("unknown module 'nope' in --modules; expected one of: 'basics', 'next-steps'"))
    }
}
