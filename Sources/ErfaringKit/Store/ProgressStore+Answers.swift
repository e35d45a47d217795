import Foundation
import GRDB

extension ProgressStore {
    /// The first finished attempt of each module with its answers, read from the derived tables
    /// (`quiz_attempt`, `quiz_answer`): the same as ``FirstAttempt/replay(curriculum:events:)``
    /// over the learner's events. The earliest finished attempt counts; of attempts finished in the
    /// same instant, the one started first. Only questions the course still has count.
    public func firstAttempts(profile: String, curriculum: Curriculum) throws(StoreError) -> [FirstAttempt] {
        try read { db in
            var first: [String: (id: String, finishedAt: Double)] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT id, moduleID, finishedAt FROM quiz_attempt WHERE profileID = ? AND finishedAt IS NOT NULL
                ORDER BY finishedAt, rowid
                """, arguments: [profile]) {
                let module: String = row["moduleID"]
                if first[module] == nil { first[module] = (row["id"], row["finishedAt"]) }
            }
            return try curriculum.modules.compactMap { module -> FirstAttempt? in
                let moduleID = module.id.value
                guard let attempt = first[moduleID] else { return nil }
                let answers = try Row.fetchAll(db, sql: """
                    SELECT questionID, response, correct FROM quiz_answer WHERE attemptID = ? ORDER BY answeredAt, rowid
                    """, arguments: [attempt.id]).compactMap { row -> FirstAttempt.Answer? in
                    let question: String = row["questionID"]
                    guard curriculum.question(question, in: moduleID) != nil else { return nil }
                    let text: String = row["response"]
                    let response = (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
                    return FirstAttempt.Answer(questionID: question, response: response, correct: row["correct"])
                }
                return FirstAttempt(moduleID: moduleID, attemptID: attempt.id,
                                    finishedAt: Date(timeIntervalSince1970: attempt.finishedAt), answers: answers)
            }
        }
    }
}
