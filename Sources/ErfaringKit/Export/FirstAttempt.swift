import Foundation

/// A learner's first finished attempt of one module's quiz and the answers given in it: what the
/// facilitator's item analysis reads. Only choice ids and right or wrong, never text the learner wrote.
public struct FirstAttempt: Codable, Hashable, Sendable {
    /// One answered question: the choice ids picked (in order, for an ordering question), and
    /// whether the answer was right.
    public struct Answer: Codable, Hashable, Sendable {
        public var questionID: String
        public var response: [String]
        public var correct: Bool

        public init(questionID: String, response: [String], correct: Bool) {
            self.questionID = questionID
            self.response = response
            self.correct = correct
        }
    }

    public var moduleID: String
    /// The attempt's id, the same as the `context.registration` of its xAPI statements.
    public var attemptID: String
    public var finishedAt: Date
    /// In the order they were given.
    public var answers: [Answer]

    public init(moduleID: String, attemptID: String, finishedAt: Date, answers: [Answer]) {
        self.moduleID = moduleID
        self.attemptID = attemptID
        self.finishedAt = finishedAt
        self.answers = answers
    }

    /// The first finished attempt of each module in course order, from events in order: the
    /// earliest finished; of attempts finished in the same instant, the one started first. Only
    /// answers to questions the course still has count, as in ``ProgressReplay``.
    public static func replay(curriculum: Curriculum, events: [LearningEvent]) -> [FirstAttempt] {
        var startOrder: [String: Int] = [:]
        var answers: [String: [Answer]] = [:]
        var first: [String: (attempt: FirstAttempt, start: Int)] = [:]
        for event in events where ProgressReplay.isReported(event, in: curriculum) {
            guard let moduleID = event.moduleID, let attemptID = event.payload.attemptID else { continue }
            switch event.kind {
            case .quizStarted:
                startOrder[attemptID] = startOrder[attemptID] ?? startOrder.count
            case .questionAnswered:
                guard let question = event.itemID, answers[attemptID]?.contains(where: { $0.questionID == question }) != true
                else { continue }
                answers[attemptID, default: []].append(Answer(questionID: question, response: event.payload.response ?? [],
                                                              correct: event.payload.correct == true))
            case .quizFinished:
                let start = startOrder[attemptID] ?? Int.max
                let attempt = FirstAttempt(moduleID: moduleID, attemptID: attemptID, finishedAt: event.occurredAt,
                                           answers: answers[attemptID] ?? [])
                if let current = first[moduleID],
                   current.attempt.finishedAt < attempt.finishedAt
                    || (current.attempt.finishedAt == attempt.finishedAt && current.start <= start) { continue }
                first[moduleID] = (attempt, start)
            default:
                continue
            }
        }
        return curriculum.modules.compactMap { first[$0.id.value]?.attempt }
    }
}
