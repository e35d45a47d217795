@testable import ErfaringCLI
import ErfaringKit
import Foundation
import Testing

/// What Tab offers, decided from the line so far, on the shipped course.
@Suite("Tab completion from the line so far")
struct CompletionModelTests {
    private let course: Curriculum
    private let model: CompletionModel

    init() throws {
        course = try #require(try CurriculumLoader.load(root: Binary.repository).curriculum)
        model = CompletionModel(curriculum: course)
    }

    private var titlesNB: [String] { course.modules.map(\.title.nb) }
    private var titlesEN: [String] { course.modules.map(\.title.en) }
    private var glossaryIDs: [String] { course.course.glossary.map(\.id.value) }

    @Test("at the start of a line: the commands in both languages, nothing else")
    func lineStart() {
        let empty = model.complete("", in: .nb)
        #expect(Set(empty.candidates) == Set(ShellCommandID.allNames))
        #expect(empty.candidates.allSatisfy { !glossaryIDs.contains($0) && !course.modules.map(\.id.value).contains($0) })
        #expect(model.complete("åp", in: .nb) == .init(typed: "åp", candidates: ["åpne"]))
        #expect(model.complete("Ordl", in: .nb).candidates == ["ordliste"], "case does not matter")
        #expect(model.complete("p", in: .en).candidates == ["practice", "progress", "profile", "profil"])
        #expect(model.complete("reco", in: .nb).candidates.isEmpty, "a glossary id is no command")
    }

    @Test("after 'åpne', 'quiz' and 'øv': the module titles in the learner's language; no glossary ids")
    func modules() throws {
        for line in ["åpne ", "open ", "quiz ", "øv ", "practice ", "åpne  "] {
            let completion = model.complete(line, in: .nb)
            #expect(completion.typed == "")
            #expect(completion.candidates == titlesNB, "\(line)")
        }
        #expect(model.complete("open ", in: .en).candidates == titlesEN)
        // A title of several words is completed word by word, as the shell reads it.
        #expect(model.complete("åpne Å ", in: .nb) == .init(typed: "Å ", candidates: ["Å allmenngjøre egenerfaringen", "Å kunne si nei"]))
        #expect(model.complete("åpne å k", in: .nb) == .init(typed: "å k", candidates: ["Å kunne si nei"]))
        // A number once begun; an id or the other language's title only when nothing else fits.
        #expect(model.complete("quiz 4", in: .nb).candidates == ["4"])
        #expect(model.complete("øv say", in: .nb).candidates == ["saying-no"])
        #expect(model.complete("åpne Being", in: .nb).candidates == ["Being able to say no"])
        #expect(model.complete("åpne Rec", in: .nb).candidates == ["Recovery og recoveryorientert praksis"])
        // An id and a title that differ only in case are offered once, as the id.
        let base = CompletionModel(curriculum: try #require(
            try CurriculumLoader.load(root: Binary.fixtures.appendingPathComponent("base")).curriculum))
        #expect(base.complete("åpne bas", in: .nb).candidates == ["basics"])
        #expect(base.complete("åpne ", in: .nb).candidates == ["Grunnlag", "Videre"])
        // After the module, a lesson number is not completed.
        #expect(model.complete("åpne 4 ", in: .nb).candidates.isEmpty)
    }

    @Test("what Tab offers after 'åpne ' names a module as the shell reads it")
    func titlesOpen() throws {
        let harness = try ShellHarness(curriculum: course)
        let shell = Shell(curriculum: course, store: harness.store, terminal: ScriptedTerminal([]),
                          environment: harness.environment, style: Style(color: false, plain: false, width: 80), dataFolder: "")
        for language in [Language.nb, .en] {
            for (index, title) in model.complete("åpne ", in: language).candidates.enumerated() {
                // The shell joins the words after the command with one space and lowercases them.
                #expect(shell.findModule(title.lowercased())?.title[language] == title, "\(index): \(title)")
            }
        }
        #expect(shell.findModule("saying-no")?.id.value == "saying-no", "the id a fallback offers")
    }

    @Test("after 'ordliste': the glossary terms in the learner's language")
    func glossary() {
        let terms = model.complete("ordliste ", in: .nb).candidates
        #expect(Set(terms) == Set(course.course.glossary.map(\.term.nb)))
        #expect(Set(model.complete("glossary ", in: .en).candidates) == Set(course.course.glossary.map(\.term.en)))
        #expect(model.complete("ordliste klinisk", in: .nb).candidates == ["klinisk recovery"])
        #expect(model.complete("ordliste medarbeider med", in: .nb).candidates == ["medarbeider med brukererfaring (MB)"])
    }

    @Test("after 'hjelp': a topic or 'alle', one command name, or 'nå' for the help numbers; elsewhere nothing")
    func helpAndNothing() {
        let topicsNB = ["lesing", "øving", "oppslag", "oversikt", "innstillinger", "alle"]
        #expect(model.complete("hjelp ", in: .nb).candidates == topicsNB + ShellCommandID.allNames + ["nå"])
        #expect(model.complete("hjelp øv", in: .nb).candidates.first == "øving")
        #expect(model.complete("help set", in: .en).candidates == ["settings"])
        #expect(model.complete("help al", in: .en).candidates == ["all"])
        #expect(model.complete("hjelp n", in: .nb).candidates == ["next", "neste", "nå"])
        #expect(model.complete("help no", in: .en).candidates == ["now"])
        #expect(model.complete("hjelp ord", in: .nb).candidates == ["ordliste"])
        #expect(model.complete("hjelp quiz ", in: .nb).candidates.isEmpty)
        for line in ["søk ", "dagbok ", "språk ", "hjem ", "moduler ", "tullord "] {
            #expect(model.complete(line, in: .nb).candidates.isEmpty, "\(line)")
        }
    }

    @Test("the shell offers the model's candidates in the learner's language, also after 'språk'")
    func shellUsesTheModel() throws {
        let harness = try ShellHarness(curriculum: course)
        let tab = ScriptedTerminal.tabLine
        let transcript = try harness.run(["1", "Kari", tab("åpne "), tab("ordliste kli"), "språk en", tab("open "), "quit"],
                                         width: 80)
        let norwegian = try #require(transcript.range(of: "> åpne <Tab>\n"))
        #expect(transcript[norwegian.upperBound...].hasPrefix(titlesNB.map { "  \($0)\n" }.joined() + "> ordliste kli<Tab>\n  klinisk recovery\n"))
        let english = try #require(transcript.range(of: "> open <Tab>\n"))
        #expect(transcript[english.upperBound...].hasPrefix(titlesEN.map { "  \($0)\n" }.joined() + "> quit"))
        #expect(!transcript.contains("saying-no") && !glossaryIDs.contains { transcript.contains("  \($0)\n") })
    }
}
