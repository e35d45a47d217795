import Foundation

/// One sitting of a module's quiz: the attempt it takes or resumes, the questions still to
/// answer, what became of each answer, and the result. The shell only shows and reads.
public struct QuizSession {
    /// A question of the attempt with its choices in the order shown.
    public struct Entry: Sendable {
        public var question: Question
        public var choiceOrder: [String]
    }

    /// What became of an answer.
    public enum AnswerOutcome {
        /// Stored; the grade of the learner's answer.
        case saved(QuizAnswerRecord, Grader.Outcome)
        /// Another window answered the question first: its stored answer stands, graded here.
        case otherWindow(QuizAnswerRecord, Grader.Outcome)
        /// Another window finished the attempt first: no more questions are asked.
        case finishedElsewhere
    }

    public let module: Module
    public let quiz: Quiz
    public let profileID: String
    public private(set) var attempt: QuizAttempt
    /// The attempt's questions still in the bank, in the order drawn. Questions removed from
    /// the bank since the attempt began are left out.
    public let entries: [Entry]
    private let store: ProgressStore
    private let environment: LearningEnvironment
    private let scheduler: FSRSScheduler

    /// Resumes the learner's open attempt at this module, or starts one with a new draw.
    public init(module: Module, quiz: Quiz, profile: String, store: ProgressStore, environment: LearningEnvironment,
                scheduler: FSRSScheduler = .default) throws(StoreError) {
        self.module = module
        self.quiz = quiz
        self.profileID = profile
        self.store = store
        self.environment = environment
        self.scheduler = scheduler
        if let open = try store.openAttempt(profile: profile, module: module.moduleID) {
            attempt = open
        } else {
            let seed = environment.seed()
            attempt = try store.startAttempt(profile: profile, module: module.moduleID, draw: QuizDraw(quiz: quiz, seed: seed),
                                             seed: seed, id: environment.uuid(), at: environment.now())
        }
        let questions = Dictionary(quiz.questions.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        entries = attempt.draw.items.compactMap { item in
            questions[item.questionID].map { Entry(question: $0, choiceOrder: item.choiceOrder) }
        }
    }

    /// Right answers needed to pass this attempt.
    public var needed: Int { PassMark.needed(quiz.passMark, of: entries.count) }

    /// Whether the attempt already has answers, so the sitting resumes it.
    public var isResumed: Bool { !attempt.answers.isEmpty }

    /// The 1-based number of the question a resumed attempt goes on at: the first not answered.
    public var resumeNumber: Int { (entries.firstIndex { !isAnswered($0) } ?? 0) + 1 }

    /// Whether the question at `index` has a stored answer (from this window or another).
    public func isAnswered(at index: Int) -> Bool {
        entries.indices.contains(index) && isAnswered(entries[index])
    }

    private func isAnswered(_ entry: Entry) -> Bool { attempt.answers[entry.question.id.value] != nil }

    /// Whether a question after `index` is still to be answered: feedback then waits for the learner.
    public func hasUnanswered(after index: Int) -> Bool {
        entries.indices.contains { $0 > index && !isAnswered(entries[$0]) }
    }

    /// The FSRS rating a quiz answer gives its review card.
    public static func rating(correct: Bool) -> FSRSRating { correct ? .good : .again }

    /// Grades and stores the answer to the question at `index`, shown at `startedAt`. A store
    /// failure is thrown and nothing is kept: the question can be asked again.
    public mutating func answer(_ response: [String], at index: Int, startedAt: Date) throws(StoreError) -> AnswerOutcome {
        let question = entries[index].question
        let outcome = Grader.grade(question, response: response)
        let answeredAt = environment.now()
        let recording = try store.recordAnswer(
            profile: profileID, attempt: attempt.id, module: module.moduleID, question: question.questionID,
            response: response, correct: outcome.correct, rating: Self.rating(correct: outcome.correct),
            scheduler: scheduler, secondsSpent: answeredAt.timeIntervalSince(startedAt), at: answeredAt)
        switch recording {
        case .recorded:
            let stored = QuizAnswerRecord(questionID: question.id.value, response: response, correct: outcome.correct,
                                          answeredAt: answeredAt)
            attempt.answers[question.id.value] = stored
            return .saved(stored, outcome)
        case .alreadyAnswered(let stored):
            attempt.answers[question.id.value] = stored
            return .otherWindow(stored, Grader.grade(question, response: stored.response))
        case .attemptFinished:
            return .finishedElsewhere
        }
    }

    /// Finishes the attempt. The score comes from the answers stored for it, whichever window
    /// gave them, counting only questions still in the bank.
    public func finish() throws(StoreError) -> QuizResult {
        let now = environment.now()
        let module = module, quiz = quiz, entries = entries
        return try store.finishAttempt(profile: profileID, attempt: attempt.id, module: module.moduleID, grade: { stored in
            QuizResult(module: module, quiz: quiz, answers: entries.compactMap { entry in
                stored[entry.question.id.value].map { (entry.question.id.value, $0) }
            })
        }, secondsSpent: now.timeIntervalSince(attempt.startedAt), at: now)
    }
}
