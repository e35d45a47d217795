/// What Enter at home goes on with.
public enum NextStep: Hashable, Sendable {
    case read(moduleID: String)
    case quiz(moduleID: String)
    case review
    /// Every module done and nothing due.
    case allDone

    /// A paused quiz of the module used last first; then that module, if it is being read or
    /// waits for its quiz; then the first module being read, else the first not started or
    /// waiting for its quiz, in course order; then the reviews due; else all is done.
    /// `dueReviews` is asked only when no module has a next step.
    public static func choose(statuses: [ModuleStatus], lastModuleID: String?, lastHasOpenAttempt: Bool,
                              dueReviews: () -> Int) -> NextStep {
        if let last = lastModuleID, lastHasOpenAttempt { return .quiz(moduleID: last) }
        if let last = lastModuleID, let status = statuses.first(where: { $0.moduleID == last }) {
            switch status.state {
            case .inProgress: return .read(moduleID: last)
            case .quizPending: return .quiz(moduleID: last)
            case .locked, .notStarted, .completed, .practicePending: break
            }
        }
        if let next = statuses.first(where: { if case .inProgress = $0.state { return true } else { return false } })
            ?? statuses.first(where: { $0.state == .notStarted || $0.state == .quizPending }) {
            return next.state == .quizPending ? .quiz(moduleID: next.moduleID) : .read(moduleID: next.moduleID)
        }
        return dueReviews() > 0 ? .review : .allDone
    }
}
