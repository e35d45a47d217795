import Foundation
import GRDB

/// The rows of the store's tables as GRDB records, decoded by column name; each turns into the
/// model type the rest of the program uses. Times are stored as seconds since 1970.
protocol StoreRecord: Decodable, FetchableRecord, TableRecord {}

extension StoreRecord {
    static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy {
        .timeIntervalSince1970
    }
}

/// JSON stored in a text column, read leniently as before: what does not decode gives `fallback`.
private func decodeJSON<T: Decodable>(_ type: T.Type, _ text: String, fallback: T) -> T {
    (try? JSONDecoder().decode(type, from: Data(text.utf8))) ?? fallback
}

struct ProfileRecord: StoreRecord {
    static let databaseTableName = "profile"
    var id: String
    var name: String
    var language: String
    var createdAt: Date

    /// An unknown language (from a newer version) reads as Norwegian Bokmål, as it always has.
    var profile: Profile {
        Profile(id: id, name: name, language: Language(rawValue: language) ?? .nb, createdAt: createdAt)
    }
}

struct EventRecord: StoreRecord {
    static let databaseTableName = "event"
    var id: Int64
    var profileID: String
    var occurredAt: Date
    var kind: String
    var moduleID: String?
    var itemID: String?
    var payload: String

    /// Nil for a kind this version does not know.
    var event: LearningEvent? {
        guard let kind = LearningEvent.Kind(rawValue: kind) else { return nil }
        return LearningEvent(id: id, profileID: profileID, occurredAt: occurredAt, kind: kind, moduleID: moduleID,
                             itemID: itemID, payload: decodeJSON(LearningEvent.Payload.self, payload, fallback: .init()))
    }
}

struct ReflectionRecord: StoreRecord {
    static let databaseTableName = "reflection"
    var id: Int64
    var moduleID: String
    var lessonID: String
    var blockID: String
    var text: String
    var writtenAt: Date

    var reflection: Reflection {
        Reflection(id: id, moduleID: moduleID, lessonID: lessonID, blockID: blockID, text: text, writtenAt: writtenAt)
    }
}

struct ReadinessRecord: StoreRecord {
    static let databaseTableName = "readiness_answer"
    var itemID: String
    var rating: Int
}

struct AssignmentRecord: StoreRecord {
    static let databaseTableName = "assignment"
    var id: String
    var cohort: String
    var message: String?
    var contact: String?
    var importedAt: Date
}

struct AssignmentItemRecord: StoreRecord {
    static let databaseTableName = "assignment_item"
    var assignmentID: String
    var moduleID: String
    var due: String
}

struct QuizAttemptRecord: StoreRecord {
    static let databaseTableName = "quiz_attempt"
    var id: String
    var moduleID: String
    var seed: String
    var draw: String
    var startedAt: Date
    var finishedAt: Date?
    var correctCount: Int?
    var score: Double?
    var passed: Bool?

    func attempt(answers: [String: QuizAnswerRecord]) -> QuizAttempt {
        QuizAttempt(id: id, moduleID: moduleID, seed: UInt64(seed) ?? 0,
                    draw: decodeJSON(QuizDraw.self, draw, fallback: QuizDraw(items: [])), startedAt: startedAt,
                    finishedAt: finishedAt, answers: answers, correctCount: correctCount, score: score, passed: passed)
    }
}

struct AnswerRecord: StoreRecord {
    static let databaseTableName = "quiz_answer"
    var questionID: String
    var response: String
    var correct: Bool
    var answeredAt: Date

    var responseValues: [String] { decodeJSON([String].self, response, fallback: []) }

    var answer: QuizAnswerRecord {
        QuizAnswerRecord(questionID: questionID, response: responseValues, correct: correct, answeredAt: answeredAt)
    }
}

struct ReviewCardRecord: StoreRecord {
    static let databaseTableName = "review_card"
    var moduleID: String
    var questionID: String
    var state: Int
    var step: Int?
    var stability: Double?
    var difficulty: Double?
    var due: Date
    var lastReview: Date?
    var reviews: Int
    var lapses: Int

    /// An unknown state (from a newer version) reads as learning, as it always has.
    var reviewCard: ReviewCard {
        ReviewCard(moduleID: moduleID, questionID: questionID,
                   card: FSRSCard(state: FSRSState(rawValue: state) ?? .learning, step: step, stability: stability,
                                  difficulty: difficulty, due: due, lastReview: lastReview),
                   reviews: reviews, lapses: lapses)
    }
}

struct ModuleProgressRecord: StoreRecord {
    static let databaseTableName = "module_progress"
    var moduleID: String
    var lessonID: String?
    var blockID: String?
    var startedAt: Date?
    var lastActivityAt: Date?
    var attempts: Int
    var bestScore: Double?
    var passedAt: Date?

    var progress: ModuleProgress {
        ModuleProgress(moduleID: moduleID, lessonID: lessonID, blockID: blockID, startedAt: startedAt,
                       lastActivityAt: lastActivityAt, attempts: attempts, bestScore: bestScore, passedAt: passedAt)
    }
}

/// A lesson and a time: from `lesson_done` (`doneAt`) or `lesson_viewed` (`viewedAt`), the time
/// selected under the alias `at`.
struct LessonTimeRecord: StoreRecord {
    static let databaseTableName = "lesson_done"
    var moduleID: String
    var lessonID: String
    var at: Date
}

// Typed ids are stored as their plain strings (GRDB's conformance for `RawRepresentable`).
extension ModuleID: DatabaseValueConvertible {}
extension LessonID: DatabaseValueConvertible {}
extension QuestionID: DatabaseValueConvertible {}
extension ConversationID: DatabaseValueConvertible {}
