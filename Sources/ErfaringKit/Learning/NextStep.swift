import Foundation

/// What Enter at home goes on with.
public enum NextStep: Hashable, Sendable {
    case read(moduleID: String)
    case quiz(moduleID: String)
    /// A required practice conversation with no ending reached, in a module whose lessons are read
    /// and quiz passed.
    case practice(moduleID: String, conversationID: String)
    case review
    /// Every module done and nothing due.
    case allDone

    /// Where the learner left off, else what comes next in the course.
    ///
    /// First the module used last: its quiz if an attempt there is paused, unless the learner went
    /// on reading in that module after the attempt's last answer (then reading resumes, and the quiz
    /// waits for `quiz`); else its reading if it is in progress, its quiz if every lesson is read, or
    /// its first required practice conversation still to finish. Then the first module being read
    /// or waiting for practice, else the first not started or waiting for its quiz, in course
    /// order; then the reviews due; else all is done. `dueReviews` is asked only when no
    /// module has a next step.
    /// - Parameters:
    ///   - pausedQuiz: the unfinished attempt of the module used last, if there is one.
    public static func choose(statuses: [ModuleStatus], lastModuleID: String?, pausedQuiz: QuizAttempt?,
                              dueReviews: () -> Int) -> NextStep {
        let last = lastModuleID.flatMap { id in statuses.first { $0.moduleID == id } }
        if let last, let attempt = pausedQuiz, attempt.moduleID == last.moduleID,
           !readAfterPause(last, attempt: attempt) {
            return .quiz(moduleID: last.moduleID)
        }
        if let last, let step = step(last, quiz: true, start: false) { return step }
        if let next = statuses.lazy.compactMap({ step($0, quiz: false, start: false) }).first
            ?? statuses.lazy.compactMap({ step($0, quiz: true, start: true) }).first {
            return next
        }
        return dueReviews() > 0 ? .review : .allDone
    }

    /// The step a module offers: reading in progress, practice left, and when allowed its quiz
    /// (every lesson read) or its start; nil for a locked or completed module.
    private static func step(_ status: ModuleStatus, quiz: Bool, start: Bool) -> NextStep? {
        switch status.state {
        case .inProgress: return .read(moduleID: status.moduleID)
        case .practicePending(let conversations):
            return conversations.first.map { .practice(moduleID: status.moduleID, conversationID: $0) }
        case .quizPending: return quiz ? .quiz(moduleID: status.moduleID) : nil
        case .notStarted: return start ? .read(moduleID: status.moduleID) : nil
        case .locked, .completed: return nil
        }
    }

    /// Whether the learner read in the module (a block shown, a reflection written) after the
    /// paused attempt's last answer, or its start if nothing is answered yet.
    static func readAfterPause(_ status: ModuleStatus, attempt: QuizAttempt) -> Bool {
        guard case .inProgress = status.state, let activity = status.lastActivityAt else { return false }
        let quizActivity = attempt.answers.values.map(\.answeredAt).max().map { max($0, attempt.startedAt) }
            ?? attempt.startedAt
        return activity > quizActivity
    }
}
