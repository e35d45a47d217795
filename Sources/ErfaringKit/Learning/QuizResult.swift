/// The end of an attempt: the score against the pass mark, and what to read again.
public struct QuizResult: Hashable, Sendable {
    public var correct: Int
    public var total: Int
    public var passMark: Double
    /// Lessons teaching the objectives of the questions answered wrong, in module order.
    public var lessonsToRevisit: [String]

    /// Share answered correctly, 0–1.
    public var score: Double { total == 0 ? 0 : Double(correct) / Double(total) }
    /// Passing needs at least the pass mark (`PassMark.passes`).
    public var passed: Bool { PassMark.passes(correct: correct, of: total, passMark: passMark) }

    public init(module: Module, quiz: Quiz, answers: [(questionID: String, correct: Bool)]) {
        correct = answers.count { $0.correct }
        total = answers.count
        passMark = quiz.passMark
        let wrongObjectives = Set(answers.filter { !$0.correct }.compactMap { answer in
            quiz.questions.first { $0.id.value == answer.questionID }?.objective?.value
        })
        lessonsToRevisit = module.lessons.filter { lesson in
            lesson.objectives.contains { wrongObjectives.contains($0.value) }
        }.map(\.id.value)
    }
}
