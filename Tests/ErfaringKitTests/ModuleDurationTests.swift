import ErfaringKit
import Foundation
import Testing

/// The minutes shown per module, measured from its words, checks, reflections and quiz.
@Suite("Module duration")
struct ModuleDurationTests {
    private func words(_ count: Int, _ word: String = "ord") -> String {
        Array(repeating: word, count: count).joined(separator: " ")
    }

    private func text(_ nb: Int, _ en: Int) -> LocalizedText { LocalizedText(nb: words(nb), en: words(en, "word")) }

    /// The fixture's first module reshaped: one lesson of a text, a reflection and a check, and a
    /// bank of three questions of 40 words (nb) each, two drawn per attempt.
    private func measured() throws -> (Module, Quiz) {
        let curriculum = try fixtureCurriculum()
        var module = try #require(curriculum.module("basics"))
        var quiz = try #require(curriculum.quiz(for: "basics"))
        var lesson = module.lessons[0]
        lesson.title = text(2, 1)
        var body = try #require(lesson.blocks.first { $0.kind == .text })
        body.content = .text(text(1_770, 900))
        var reflection = try #require(lesson.blocks.first { $0.kind == .reflection })
        reflection.content = .reflection(prompt: text(8, 6))
        var check = try #require(lesson.blocks.first { $0.kind == .check })
        guard case .check(var question) = check.content else { Issue.record("not a check"); return (module, quiz) }
        question.prompt = text(10, 8)
        question.explanation = text(10, 8)
        question.scenario = nil
        question.choices = question.choices.map { var choice = $0; choice.text = text(5, 4); return choice }
        check.content = .check(question)
        lesson.blocks = [body, reflection, check]
        module.lessons = [lesson]
        var bank = try #require(quiz.questions.first)
        bank.scenario = text(4, 4)
        bank.prompt = text(16, 10)
        bank.explanation = text(20, 10)
        bank.choices = bank.choices.map { var choice = $0; choice.text = nil; return choice }
        quiz.questions = [bank, bank, bank]
        quiz.draw = 2
        return (module, quiz)
    }

    @Test("words at 180 a minute, plus 20 s a check, 3 min a reflection, 20 s a quiz question; nearest 5 minutes")
    func measuredModule() throws {
        let (module, quiz) = try measured()
        let duration = ModuleDuration(module: module, quiz: quiz, language: .nb)
        // 2 + 1770 + 8 + (10 + 10 + 2 × 5) words in the lesson; 2 questions of 40 words in an attempt.
        #expect(duration.lessonWords == 1_810)
        #expect(duration.quizWords == 80)
        #expect(duration.checks == 1 && duration.reflections == 1 && duration.quizQuestions == 2)
        // 1890 words = 630 s; + 20 + 180 + 2 × 20 = 870 s = 14.5 min, shown as 15.
        #expect(duration.seconds == 870)
        #expect(duration.minutes == 15)
        // The English text is shorter here, and so is its time: 1 + 900 + 6 + 24 words, 2 × 24 quiz words.
        let english = ModuleDuration(module: module, quiz: quiz, language: .en)
        #expect(english.lessonWords == 931 && english.quizWords == 48)
        #expect(english.seconds == 979 * 60 / 180 + 240)
        #expect(english.minutes == 10)
    }

    @Test("an attempt draws no more than the bank has; a module with nothing to do still shows 5 minutes")
    func bounds() throws {
        var (module, quiz) = try measured()
        quiz.draw = 10
        #expect(ModuleDuration(module: module, quiz: quiz, language: .nb).quizQuestions == 3)
        module.lessons = []
        let empty = ModuleDuration(module: module, quiz: nil, language: .nb)
        #expect(empty.seconds == 0)
        #expect(empty.minutes == 5)
    }

    @Test("every shipped module is measured at 40–50 minutes in both languages, as docs/learning.md says")
    func shipped() throws {
        let curriculum = try #require(CurriculumLoader.load(root: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()).curriculum)
        for module in curriculum.modules {
            for language in Language.allCases {
                let minutes = ModuleDuration(module: module, quiz: curriculum.quiz(for: module.id.value), language: language).minutes
                #expect((40...50).contains(minutes), "\(module.id.value) \(language): \(minutes) min")
                #expect(minutes % 5 == 0)
            }
        }
    }
}
