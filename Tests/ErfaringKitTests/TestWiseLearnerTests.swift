@testable import ErfaringKit
import Foundation
import Testing

/// A learner who knows nothing and answers by surface cues alone cannot pass a shipped quiz:
/// drawn and shuffled by the shell's own ``QuizDraw`` and graded by its ``Grader``.
@Suite("The test-wise learner")
struct TestWiseLearnerTests {
    private var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    private static let here = SourceLocation(file: "Quizzes/cued.yaml", line: 1, column: 1)

    private static func choice(_ id: String, _ nb: String, _ en: String, correct: Bool) -> Choice {
        Choice(id: Located(id, at: here), text: LocalizedText(nb: nb, en: en), isCorrect: correct,
               feedback: LocalizedText(nb: "Fordi.", en: "Because."))
    }

    private static func question(_ id: String, _ kind: Question.Kind, _ choices: [Choice],
                                 prompt: LocalizedText = LocalizedText(nb: "Hva gjør du?", en: "What do you do?")) -> Question {
        Question(id: Located(id, at: here), kind: kind, objective: nil, scenario: nil, prompt: prompt,
                 choices: choices, hint: nil, explanation: LocalizedText(nb: "Slik.", en: "So."), location: here)
    }

    /// A bank whose single-answer questions give their answer away by length (in 'nb' only)
    /// and whose true/false statements are all false.
    private static func cuedQuiz() -> Quiz {
        var questions: [Question] = (1...6).map { index in
            question("cued-\(index)", .single, [
                choice("short", "Venter", "Wait until she calls", correct: false),
                choice("other", "Ringer", "Call her doctor now", correct: false),
                choice("long", "Spør hva hun selv ønsker å gjøre nå", "Ask what she wants", correct: true),
            ])
        }
        questions += (1...4).map { index in
            question("false-\(index)", .trueFalse, [
                Choice(id: Located("true", at: here), text: nil, isCorrect: false, feedback: LocalizedText(nb: "Nei.", en: "No.")),
                Choice(id: Located("false", at: here), text: nil, isCorrect: true, feedback: LocalizedText(nb: "Ja.", en: "Yes.")),
            ])
        }
        return Quiz(module: Located("cued", at: here), passMark: 0.8, draw: 5, questions: questions, file: "Quizzes/cued.yaml")
    }

    @Test("on a bank with cues, the strategy that uses them passes and the others do not")
    func cuedBankIsPassed() throws {
        let score = CueScore(quiz: Self.cuedQuiz(), draws: 300)
        func cell(_ strategy: TestWiseLearner.Strategy, _ language: Language) throws -> CueScore.Cell {
            try #require(score.cells.first { $0.strategy == strategy && $0.language == language })
        }
        // 'longest' picks the long right option in 'nb' and answers 'false': every draw passes.
        #expect(try cell(.longest, .nb).passRate == 1)
        #expect(try cell(.longest, .nb).meanScore == 1)
        // In 'en' the right option is the shortest: 'longest' only gets the true/false right.
        #expect(try cell(.longest, .en).meanScore < 0.5)
        #expect(try cell(.shortest, .en).passRate > 0.3)
        // 'shortest' answers 'true' and picks a wrong option in 'nb': nothing right.
        #expect(try cell(.shortest, .nb).meanScore == 0)
        // Position: the shell shows 'true' first, so 'last' answers 'false'; the shuffle makes
        // 'first' right in about a third of the single-answer questions.
        #expect(try cell(.first, .nb).meanScore > 0.15 && cell(.first, .nb).meanScore < 0.5)
        #expect(score.rightLongest == ["nb": 6, "en": 0])
        #expect(score.rightShortest == ["nb": 0, "en": 6])
        #expect(score.singleAnswerQuestions == 6)
        #expect(score.best(in: .nb)?.strategy == .longest)
    }

    @Test("each strategy answers as documented")
    func strategies() {
        let multiple = Self.question("several", .multiple, [
            Self.choice("a", "kort", "short", correct: true),
            Self.choice("b", "et langt alternativ", "a long option here", correct: true),
            Self.choice("c", "middels langt", "medium one", correct: false),
            Self.choice("d", "hva gjør du da", "what then", correct: false),
        ])
        let shown = ["c", "a", "d", "b"]
        func answer(_ strategy: TestWiseLearner.Strategy, _ question: Question, _ order: [String]) -> [String] {
            TestWiseLearner.response(to: question, shown: order, strategy: strategy, language: .nb)
        }
        #expect(answer(.longest, multiple, shown) == ["b", "d"])
        #expect(answer(.shortest, multiple, shown) == ["a", "c"])
        #expect(answer(.overlap, multiple, shown).first == "d")  // shares 'hva', 'gjør', 'du' with the prompt
        #expect(answer(.first, multiple, shown) == ["c", "a"])
        #expect(answer(.last, multiple, shown) == ["d", "b"])
        let statement = Self.question("tf", .trueFalse, [
            Choice(id: Located("true", at: Self.here), text: nil, isCorrect: true, feedback: LocalizedText(nb: "J.", en: "Y.")),
            Choice(id: Located("false", at: Self.here), text: nil, isCorrect: false, feedback: LocalizedText(nb: "N.", en: "N.")),
        ])
        #expect(answer(.longest, statement, ["true", "false"]) == ["false"])
        #expect(answer(.shortest, statement, ["true", "false"]) == ["true"])
        #expect(answer(.overlap, statement, ["true", "false"]) == ["true"])
        #expect(answer(.last, statement, ["true", "false"]) == ["false"])
        let ordering = Self.question("order", .ordering, [
            Self.choice("x", "en", "one", correct: false),
            Self.choice("y", "to to", "two two", correct: false),
            Self.choice("z", "tre tre tre", "three three", correct: false),
        ])
        #expect(answer(.longest, ordering, ["z", "x", "y"]) == ["x", "y", "z"])
        #expect(answer(.shortest, ordering, ["z", "x", "y"]) == ["z", "y", "x"])
        #expect(answer(.last, ordering, ["z", "x", "y"]) == ["y", "x", "z"])
    }

    @Test("every shipped module and strategy: pass rate under 5 %, mean score at most 40 %, in both languages")
    func shippedQuizzesResistCues() throws {
        let curriculum = try #require(try CurriculumLoader.load(root: root).curriculum)
        var lines = ["module                     lang  " + TestWiseLearner.Strategy.allCases
            .map { $0.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0) }.joined(separator: "")]
        for module in curriculum.modules {
            let quiz = try #require(curriculum.quiz(for: module.id.value))
            let score = CueScore(quiz: quiz, draws: 2000)
            #expect(score.cells.count == Language.allCases.count * TestWiseLearner.Strategy.allCases.count)
            for language in Language.allCases {
                var line = module.id.value.padding(toLength: 27, withPad: " ", startingAt: 0)
                    + language.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)
                for cell in score.cells where cell.language == language {
                    #expect(cell.passRate < 0.05, "\(module.id.value) \(language) \(cell.strategy): pass rate \(cell.passRate)")
                    #expect(cell.meanScore <= 0.40, "\(module.id.value) \(language) \(cell.strategy): mean \(cell.meanScore)")
                    line += Self.percent(cell.passRate) + " " + Self.percent(cell.meanScore) + "  "
                }
                lines.append(line)
            }
        }
        lines.append("(each cell: pass rate, mean score over 2000 seeded draws)")
        print(lines.joined(separator: "\n"))
    }

    static func percent(_ value: Double) -> String {
        let text = String(Int((value * 1000).rounded()) / 10) + "." + String(Int((value * 1000).rounded()) % 10) + "%"
        return String(repeating: " ", count: max(0, 6 - text.count)) + text
    }
}
