import Foundation

/// The moment a module becomes complete, and what to tell the learner then: what was done, the
/// best score, the modules it opened, the review questions it added and whether the whole course
/// is now complete.
///
/// A module becomes complete by its last step, whichever that is: the last lesson read after a
/// passed quiz, the quiz passed with every lesson read, or the last required practice
/// conversation finished. The caller says whether the module was complete before that step, so
/// reading or retaking a completed module is no new moment.
public struct ModuleCompletion: Hashable, Sendable {
    public var moduleID: String
    public var lessonsRead: Int
    /// The best score of the module's quiz attempts, 0–1.
    public var bestScore: Double?
    public var attempts: Int
    /// Required practice conversations of the module (ids, in file order): each has an ending reached.
    public var practiceDone: [String]
    /// Modules that name this one as a prerequisite, open now and not done yet: those it opened,
    /// in course order.
    public var opened: [String]
    /// Review cards of the module's questions (one per question answered in its quiz).
    public var reviewQuestions: Int
    /// When the first of those questions is due for review.
    public var firstReviewDue: Date?
    /// Every module of the course is complete.
    public var courseComplete: Bool
    public var modulesTotal: Int

    /// The moment `moduleID` became complete, from the statuses as they are now and the learner's
    /// review cards; nil when it is not complete now, or was complete before (`wasCompleted`).
    public init?(moduleID: String, wasCompleted: Bool, curriculum: Curriculum, statuses: [ModuleStatus],
                 cards: [ReviewCard]) {
        guard !wasCompleted, let status = statuses.first(where: { $0.moduleID == moduleID }), status.isCompleted else {
            return nil
        }
        self.moduleID = moduleID
        lessonsRead = status.lessonsDone
        bestScore = status.bestScore
        attempts = status.attempts
        practiceDone = curriculum.conversations(for: moduleID).filter(\.required).map(\.id.value)
        opened = ModuleStates.opened(by: moduleID, in: curriculum, statuses: statuses).map(\.id.value).filter { id in
            switch statuses.first(where: { $0.moduleID == id })?.state {
            case .completed?, .practicePending?: return false
            default: return true
            }
        }
        let own = cards.filter { $0.moduleID == moduleID }
        reviewQuestions = own.count
        firstReviewDue = own.map(\.card.due).min()
        courseComplete = statuses.allSatisfy(\.isCompleted)
        modulesTotal = statuses.count
    }

    /// Reads the learner's progress and review cards and returns the moment `moduleID` became
    /// complete, or nil (see ``init(moduleID:wasCompleted:curriculum:statuses:cards:)``).
    public static func moment(of moduleID: String, wasCompleted: Bool, curriculum: Curriculum, store: ProgressStore,
                              profile: String) throws(StoreError) -> ModuleCompletion? {
        guard !wasCompleted else { return nil }
        let statuses = ModuleStates.compute(curriculum: curriculum, progress: try store.moduleProgress(profile: profile))
        guard statuses.first(where: { $0.moduleID == moduleID })?.isCompleted == true else { return nil }
        return ModuleCompletion(moduleID: moduleID, wasCompleted: false, curriculum: curriculum, statuses: statuses,
                                cards: try store.reviewCards(profile: profile))
    }
}
