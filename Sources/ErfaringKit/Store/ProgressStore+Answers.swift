import Foundation
import GRDB

extension ProgressStore {
    /// The first finished attempt of each module with its answers, read from the derived tables
    /// (`quiz_attempt`, `quiz_answer`): the same as ``FirstAttempt/replay(curriculum:events:)``
    /// over the learner's events. The earliest finished attempt counts; of attempts finished in the
    /// same instant, the one started first. Only questions the course still has count.
    public func firstAttempts(profile: String, curriculum: Curriculum) throws(StoreError) -> [FirstAttempt] {
        try read { db in
            var first: [String: FinishedAttempt] = [:]
            for attempt in try FinishedAttempt.fetchAll(db, sql: """
                SELECT id, moduleID, finishedAt FROM quiz_attempt WHERE profileID = ? AND finishedAt IS NOT NULL
                ORDER BY finishedAt, rowid
                """, arguments: [profile]) where first[attempt.moduleID] == nil {
                first[attempt.moduleID] = attempt
            }
            return try curriculum.modules.compactMap { module -> FirstAttempt? in
                let moduleID = module.id.value
                guard let attempt = first[moduleID] else { return nil }
                let answers = try AnswerRecord.fetchAll(db, sql: """
                    SELECT questionID, response, correct, answeredAt FROM quiz_answer WHERE attemptID = ?
                    ORDER BY answeredAt, rowid
                    """, arguments: [attempt.id]).compactMap { row -> FirstAttempt.Answer? in
                    guard curriculum.question(row.questionID, in: moduleID) != nil else { return nil }
                    return FirstAttempt.Answer(questionID: row.questionID, response: row.responseValues, correct: row.correct)
                }
                return FirstAttempt(moduleID: moduleID, attemptID: attempt.id, finishedAt: attempt.finishedAt,
                                    answers: answers)
            }
        }
    }
}

/// A finished attempt's id and time (a partial read of `quiz_attempt`).
private struct FinishedAttempt: StoreRecord {
    static let databaseTableName = "quiz_attempt"
    var id: String
    var moduleID: String
    var finishedAt: Date
}
