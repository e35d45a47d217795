import Foundation

/// How long a module takes a learner, worked out from what it gives them to read and do rather
/// than guessed: the words read at a careful reading speed, plus a fixed time for each inline
/// check, reflection and quiz question. The rules and where the figures come from are in
/// docs/learning.md ("How long a module takes").
public struct ModuleDuration: Hashable, Sendable {
    /// Careful reading of instructional text to learn from it, in words per minute. Silent reading
    /// of non-fiction averages about 238 wpm in English (Brysbaert 2019, a meta-analysis of 190
    /// studies), and about 218 wpm in Swedish, the language closest to Norwegian measured
    /// (IReST, Trauzettel-Klosinski & Dietz 2012); reading to learn is slower than reading to
    /// understand, so the course counts 180.
    public static let wordsPerMinute = 180
    /// Seconds to decide on an inline check's answer, on top of reading it: 20.
    public static let secondsPerCheck = 20
    /// Seconds to think and write a few lines for a reflection prompt: 180 (3 minutes).
    public static let secondsPerReflection = 180
    /// Seconds to decide on a quiz question's answer, on top of reading it: 20.
    public static let secondsPerQuizQuestion = 20

    /// Words read in the lessons: titles and every block, for a check its question, choices and
    /// explanation (the feedback of one choice at most is read, and is left out).
    public var lessonWords: Int
    /// Words read in one quiz attempt: the bank's mean words per question times the questions drawn.
    public var quizWords: Int
    public var checks: Int
    public var reflections: Int
    /// Questions in one quiz attempt: the quiz's draw, or the whole bank if it is smaller.
    public var quizQuestions: Int

    /// Measures `module` (and its `quiz`, if it has one) in `language`.
    public init(module: Module, quiz: Quiz?, language: Language) {
        var words = 0, checks = 0, reflections = 0
        for lesson in module.lessons {
            words += TextChecks.wordCount(lesson.title[language])
            for block in lesson.blocks {
                switch block.content {
                case .check(let question):
                    checks += 1
                    words += Self.readWords(question, language: language)
                case .reflection:
                    reflections += 1
                    words += block.texts.reduce(0) { $0 + TextChecks.wordCount($1[language]) }
                case .text, .keyPoints, .vignette, .note:
                    words += block.texts.reduce(0) { $0 + TextChecks.wordCount($1[language]) }
                }
            }
        }
        lessonWords = words
        self.checks = checks
        self.reflections = reflections
        let bank = quiz?.questions ?? []
        quizQuestions = min(quiz?.draw ?? 0, bank.count)
        let bankWords = bank.reduce(0) { $0 + Self.readWords($1, language: language) }
        quizWords = bank.isEmpty ? 0 : (bankWords * quizQuestions + bank.count / 2) / bank.count
    }

    /// The words of a question a learner reads: scenario, prompt, choices and explanation.
    static func readWords(_ question: Question, language: Language) -> Int {
        var texts = [question.prompt, question.explanation] + question.choices.compactMap(\.text)
        if let scenario = question.scenario { texts.append(scenario) }
        return texts.reduce(0) { $0 + TextChecks.wordCount($1[language]) }
    }

    /// The whole time in seconds, before rounding.
    public var seconds: Int {
        (lessonWords + quizWords) * 60 / Self.wordsPerMinute + checks * Self.secondsPerCheck
            + reflections * Self.secondsPerReflection + quizQuestions * Self.secondsPerQuizQuestion
    }

    /// The time shown to learners: minutes rounded to the nearest 5, at least 5.
    public var minutes: Int {
        max(5, Int((Double(seconds) / 300).rounded()) * 5)
    }
}
