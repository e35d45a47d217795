import Foundation

/// What Enter at home goes on with.
public enum NextStep: Hashable, Sendable {
    case read(moduleID: String)
    case quiz(moduleID: String)
    case review
    /// Every module done and nothing due.
    case allDone

    /// Where the learner left off, else what comes next in the course.
    ///
    /// First the module used last: its quiz if an attempt there is paused, unless the learner went
    /// on reading in that module after the attempt's last answer (then reading resumes, and the quiz
    /// waits for `quiz`); else its reading if it is in progress, or its quiz if every lesson is read.
    /// Then the first module being read, else the first not started or waiting for its quiz, in
    /// course order; then the reviews due; else all is done. `dueReviews` is asked only when no
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
        if let last {
            switch last.state {
            case .inProgress: return .read(moduleID: last.moduleID)
            case .quizPending: return .quiz(moduleID: last.moduleID)
            case .locked, .notStarted, .completed, .practicePending: break
            }
        }
        if let next = statuses.first(where: { if case .inProgress = $0.state { return true } else { return false } })
            ?? statuses.first(where: { $0.state == .notStarted || $0.state == .quizPending }) {
            return next.state == .quizPending ? .quiz(moduleID: next.moduleID) : .read(moduleID: next.moduleID)
        }
        return dueReviews() > 0 ? .review : .allDone
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
