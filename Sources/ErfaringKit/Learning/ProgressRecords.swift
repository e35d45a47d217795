import Foundation

/// What the store knows about one module for one learner.
public struct ModuleProgress: Hashable, Sendable, Codable {
    public var moduleID: String
    /// Where the learner is: the lesson and block last shown.
    public var lessonID: String?
    public var blockID: String?
    public var lessonsDone: Set<String>
    public var startedAt: Date?
    public var lastActivityAt: Date?
    public var attempts: Int
    /// The best score of any finished attempt, 0–1.
    public var bestScore: Double?
    /// When a quiz attempt first reached the pass mark.
    public var passedAt: Date?
    /// The endings reached in the module's practice conversations: ending ids by conversation id.
    public var conversationEndings: [String: Set<String>]

    public init(moduleID: String, lessonID: String? = nil, blockID: String? = nil, lessonsDone: Set<String> = [],
                startedAt: Date? = nil, lastActivityAt: Date? = nil, attempts: Int = 0, bestScore: Double? = nil,
                passedAt: Date? = nil, conversationEndings: [String: Set<String>] = [:]) {
        self.moduleID = moduleID
        self.lessonID = lessonID
        self.blockID = blockID
        self.lessonsDone = lessonsDone
        self.startedAt = startedAt
        self.lastActivityAt = lastActivityAt
        self.attempts = attempts
        self.bestScore = bestScore
        self.passedAt = passedAt
        self.conversationEndings = conversationEndings
    }
}

/// A finished or unfinished quiz attempt with the order it was drawn in.
public struct QuizAttempt: Hashable, Sendable, Codable {
    public var id: String
    public var moduleID: String
    public var seed: UInt64
    public var draw: QuizDraw
    public var startedAt: Date
    public var finishedAt: Date?
    public var answers: [String: QuizAnswerRecord]
    public var correctCount: Int?
    public var score: Double?
    public var passed: Bool?
}

public struct QuizAnswerRecord: Hashable, Sendable, Codable {
    public var questionID: String
    public var response: [String]
    public var correct: Bool
    public var answeredAt: Date

    public init(questionID: String, response: [String], correct: Bool, answeredAt: Date) {
        self.questionID = questionID
        self.response = response
        self.correct = correct
        self.answeredAt = answeredAt
    }
}

/// A saved answer to a reflection prompt. Private: it never leaves the machine unless the
/// learner asks for it.
public struct Reflection: Hashable, Sendable, Codable {
    public var id: Int64
    public var moduleID: String
    public var lessonID: String
    public var blockID: String
    public var text: String
    public var writtenAt: Date
}

/// A review card: one quiz question the learner has met, with its FSRS state.
public struct ReviewCard: Hashable, Sendable, Codable {
    public var moduleID: String
    public var questionID: String
    public var card: FSRSCard
    public var reviews: Int
    public var lapses: Int

    public init(moduleID: String, questionID: String, card: FSRSCard, reviews: Int, lapses: Int) {
        self.moduleID = moduleID
        self.questionID = questionID
        self.card = card
        self.reviews = reviews
        self.lapses = lapses
    }
}

/// Everything the home screen needs, read in one transaction.
public struct ProgressSnapshot: Hashable, Sendable {
    public var profile: Profile
    public var modules: [String: ModuleProgress]
    public var dueReviews: Int
    public var nextReviewDue: Date?
    public var assignments: [Assignment]
    /// The module last worked on, for "continue where you left off".
    public var lastModuleID: String?
}
