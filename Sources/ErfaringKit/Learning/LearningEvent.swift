import Foundation

/// One entry of a learner's append-only event log, from which progress is derived.
public struct LearningEvent: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case profileCreated = "profile-created"
        case languageChanged = "language-changed"
        case blockViewed = "block-viewed"
        case lessonCompleted = "lesson-completed"
        case quizStarted = "quiz-started"
        case questionAnswered = "question-answered"
        case quizFinished = "quiz-finished"
        case reflectionSaved = "reflection-saved"
        case readinessAnswered = "readiness-answered"
        case cardReviewed = "card-reviewed"
        case assignmentImported = "assignment-imported"
    }

    /// What an event carries besides its kind; fields that do not apply are absent.
    public struct Payload: Hashable, Sendable, Codable {
        public var lessonID: String?
        public var blockID: String?
        public var attemptID: String?
        public var seed: UInt64?
        public var questionIDs: [String]?
        public var response: [String]?
        public var correct: Bool?
        public var correctCount: Int?
        public var total: Int?
        public var score: Double?
        public var passed: Bool?
        public var rating: Int?
        public var language: String?
        public var assignmentID: String?
        /// Seconds spent, where it applies (a question, an attempt).
        public var seconds: Double?

        public init(lessonID: String? = nil, blockID: String? = nil, attemptID: String? = nil,
                    seed: UInt64? = nil, questionIDs: [String]? = nil, response: [String]? = nil,
                    correct: Bool? = nil, correctCount: Int? = nil, total: Int? = nil, score: Double? = nil,
                    passed: Bool? = nil, rating: Int? = nil, language: String? = nil,
                    assignmentID: String? = nil, seconds: Double? = nil) {
            self.lessonID = lessonID
            self.blockID = blockID
            self.attemptID = attemptID
            self.seed = seed
            self.questionIDs = questionIDs
            self.response = response
            self.correct = correct
            self.correctCount = correctCount
            self.total = total
            self.score = score
            self.passed = passed
            self.rating = rating
            self.language = language
            self.assignmentID = assignmentID
            self.seconds = seconds
        }
    }

    public var id: Int64
    public var profileID: String
    public var occurredAt: Date
    public var kind: Kind
    public var moduleID: String?
    /// The question, block or item the event is about.
    public var itemID: String?
    public var payload: Payload

    public init(id: Int64, profileID: String, occurredAt: Date, kind: Kind, moduleID: String? = nil,
                itemID: String? = nil, payload: Payload = Payload()) {
        self.id = id
        self.profileID = profileID
        self.occurredAt = occurredAt
        self.kind = kind
        self.moduleID = moduleID
        self.itemID = itemID
        self.payload = payload
    }
}
