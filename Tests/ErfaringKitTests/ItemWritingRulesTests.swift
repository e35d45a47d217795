@testable import ErfaringKit
import Foundation
import Testing

/// The text measures behind the item-writing rules, and the course-wide duplicate search's
/// reach (across files) and bound (linear work for a large course).
@Suite("Item-writing rules")
struct ItemWritingRulesTests {
    @Test("lengths, words, stems and sentences are counted as the format documents")
    func textMeasures() {
        #expect(ItemText.length("  Ring\n  fastlegen   nå ") == 17)
        #expect(ItemText.words("Bærums 3 hus, på-nytt!") == ["bærums", "3", "hus", "på", "nytt"])
        #expect(ItemText.key("fastlegen") == "fastle")
        #expect(ItemText.key("hus") == nil)
        #expect(ItemText.contentKeys("Ring fastlegen, ring fastlegene") == ["ring", "fastle"])
        #expect(ItemText.shingles(["a", "b", "c", "d"]) == ["a b c", "b c d"])
        #expect(ItemText.shingles(["a", "b"]).isEmpty)
        #expect(ItemText.sentenceCount("Nei. Ikke nå.") == 2)
        #expect(ItemText.sentenceCount("Hva? Nå! Ja") == 3)
        #expect(ItemText.sentenceCount("Om 3.5 timer") == 1)
        #expect(ItemText.sentenceCount("...") == 1)
        #expect(ItemText.sentenceCount("") == 1)
    }

    private static func question(_ id: String, file: String, line: Int, scenario: String) -> Question {
        let here = SourceLocation(file: file, line: line, column: 5)
        let text = LocalizedText(nb: scenario, en: "Case \(id).")  // too short to compare
        return Question(id: Located(id, at: here), kind: .scenario, objective: nil, scenario: text,
                        prompt: LocalizedText(nb: "Hva gjør du?", en: "What do you do?"), choices: [],
                        hint: nil, explanation: LocalizedText(nb: ".", en: "."), location: here)
    }

    private static func quiz(_ file: String, _ questions: [Question]) -> Quiz {
        Quiz(module: Located("m", at: SourceLocation(file: file, line: 1, column: 1)), passMark: 0.8, draw: 1,
             questions: questions, file: file)
    }

    @Test("near-duplicate stems in two banks are reported at both, each pointing to the other")
    func acrossFiles() {
        let sink = DiagnosticCollector()
        DuplicateQuestions(sink: sink).check([
            Self.quiz("Quizzes/a.yaml", [Self.question("first", file: "Quizzes/a.yaml", line: 7,
                                                       scenario: "Per ringer deg sent på kvelden og vil snakke om sønnen sin")]),
            Self.quiz("Quizzes/b.yaml", [Self.question("second", file: "Quizzes/b.yaml", line: 9,
                                                       scenario: "Ali ringer deg sent på kvelden og vil snakke om sønnen sin")]),
        ])
        // 15 words each, 13 three-word phrases, all but the first shared: 12 / 14, shown rounded down.
        let found = sink.diagnostics.sortedByLocation()
        #expect(found.map(\.summary) == [
            "Quizzes/a.yaml:7:5: warning: question 'first' reads almost like 'second' in 'nb': 85 % of their three-word phrases are shared; expected under 50 % [duplicate-question]",
            "Quizzes/b.yaml:9:5: warning: question 'second' reads almost like 'first' in 'nb': 85 % of their three-word phrases are shared; expected under 50 % [duplicate-question]",
        ])
        #expect(found.first?.notes.first?.location?.file == "Quizzes/b.yaml")
        #expect(found.last?.notes.first?.location?.file == "Quizzes/a.yaml")
    }

    @Test("a large course costs work linear in its size: common phrases make no candidates")
    func linearForDistinctStems() {
        let count = 3000
        let questions = (0..<count).map { index in
            Self.question("q\(index)", file: "Quizzes/big.yaml", line: index + 1,
                          scenario: "Hva gjør du når person \(index) sier tall \(index * 7) og dag \(index * 13) nå")
        }
        let sink = DiagnosticCollector()
        let comparisons = DuplicateQuestions(sink: sink).check([Self.quiz("Quizzes/big.yaml", questions)])
        #expect(sink.diagnostics.isEmpty)
        // Every stem shares 'hva gjør du' and more with every other: comparing all pairs
        // would be 4.5 million comparisons.
        #expect(comparisons < 2 * count, "\(comparisons) comparisons")
    }

    @Test("a course of copies of one stem stays bounded, and the copies are still reported")
    func boundedForCopies() {
        let count = 2000
        let questions = (0..<count).map { index in
            Self.question("copy\(index)", file: "Quizzes/copies.yaml", line: index + 1,
                          scenario: "Per ringer deg sent på kvelden og vil snakke om sønnen sin")
        }
        let sink = DiagnosticCollector()
        let comparisons = DuplicateQuestions(sink: sink).check([Self.quiz("Quizzes/copies.yaml", questions)])
        #expect(!sink.diagnostics.isEmpty)
        #expect(sink.diagnostics.count <= Diagnostic.perFileLimit)
        // Each copy meets only the stems its phrases lead to: at most the posting limit.
        #expect(comparisons <= count * DuplicateQuestions.postingLimit, "\(comparisons) comparisons")
    }
}
