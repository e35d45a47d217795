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
        /// A new play-through of a practice conversation (a replay is a new start).
        case conversationStarted = "conversation-started"
        /// An option chosen at a decision node of a practice conversation.
        case conversationChoice = "conversation-choice"
        /// A practice conversation reached one of its endings.
        case conversationEnded = "conversation-ended"
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
        /// The practice conversation a `conversation-*` event is about.
        public var conversationID: String?
        /// The decision node a choice was made at.
        public var nodeID: String?
        /// The option chosen.
        public var optionID: String?
        /// The node the chosen option leads to.
        public var nextNodeID: String?
        /// The ending reached.
        public var endingID: String?
        /// The kind of the ending reached: "skill", "mixed" or "mistake".
        public var endingKind: String?

        public init(lessonID: String? = nil, blockID: String? = nil, attemptID: String? = nil,
                    seed: UInt64? = nil, questionIDs: [String]? = nil, response: [String]? = nil,
                    correct: Bool? = nil, correctCount: Int? = nil, total: Int? = nil, score: Double? = nil,
                    passed: Bool? = nil, rating: Int? = nil, language: String? = nil,
                    assignmentID: String? = nil, seconds: Double? = nil, conversationID: String? = nil,
                    nodeID: String? = nil, optionID: String? = nil, nextNodeID: String? = nil,
                    endingID: String? = nil, endingKind: String? = nil) {
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
            self.conversationID = conversationID
            self.nodeID = nodeID
            self.optionID = optionID
            self.nextNodeID = nextNodeID
            self.endingID = endingID
            self.endingKind = endingKind
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
