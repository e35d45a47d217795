import Foundation
import GRDB

extension ProgressStore {
    /// Starts an attempt with its draw and seed recorded.
    @discardableResult
    public func startAttempt(profile: String, module: ModuleID, draw: QuizDraw, seed: UInt64, id: UUID,
                             at date: Date) throws(StoreError) -> QuizAttempt {
        let attempt = QuizAttempt(id: id.uuidString.lowercased(), moduleID: module.rawValue, seed: seed, draw: draw,
                                  startedAt: date, finishedAt: nil, answers: [:], correctCount: nil, score: nil,
                                  passed: nil)
        try write { db in
            let drawJSON = String(decoding: try Self.encoder.encode(draw), as: UTF8.self)
            try db.execute(sql: """
                INSERT INTO quiz_attempt (id, profileID, moduleID, seed, draw, startedAt) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [attempt.id, profile, module, String(seed), drawJSON, date.timeIntervalSince1970])
            try touchModule(db, profile: profile, module: module, at: date)
            try append(db, profile: profile, kind: .quizStarted, at: date, module: module, item: attempt.id,
                       payload: .init(attemptID: attempt.id, seed: seed, questionIDs: draw.items.map(\.questionID)))
        }
        return attempt
    }

    /// What became of an answer given to ``recordAnswer(profile:attempt:module:question:response:correct:rating:scheduler:secondsSpent:at:)``.
    public enum AnswerRecording: Hashable, Sendable {
        /// The answer is saved, with its review card and event.
        case recorded
        /// The question of this attempt was already answered (in another window): that stored
        /// answer stands, and this one was not saved.
        case alreadyAnswered(QuizAnswerRecord)
        /// The attempt was finished (in another window) before this answer: it was not saved, and
        /// the attempt's score stays what its stored answers gave.
        case attemptFinished
    }

    /// Saves an answer and schedules the question as a review card, in one transaction.
    /// Answering the same question of the same attempt twice keeps the first answer, and says so.
    @discardableResult
    public func recordAnswer(profile: String, attempt: String, module: ModuleID, question: QuestionID, response: [String],
                             correct: Bool, rating: FSRSRating, scheduler: FSRSScheduler, secondsSpent: Double? = nil,
                             at date: Date) throws(StoreError) -> AnswerRecording {
        try write { db in
            if try Double.fetchOne(db, sql: "SELECT finishedAt FROM quiz_attempt WHERE id = ?", arguments: [attempt]) != nil {
                return .attemptFinished
            }
            let responseJSON = String(decoding: try Self.encoder.encode(response), as: UTF8.self)
            try db.execute(sql: """
                INSERT OR IGNORE INTO quiz_answer (attemptID, questionID, response, correct, answeredAt)
                VALUES (?, ?, ?, ?, ?)
                """, arguments: [attempt, question, responseJSON, correct, date.timeIntervalSince1970])
            guard db.changesCount > 0 else {
                let stored = try Self.answers(db, attempt: attempt)[question.rawValue]
                return stored.map(AnswerRecording.alreadyAnswered) ?? .recorded
            }
            try review(db, profile: profile, module: module, question: question, rating: rating,
                       scheduler: scheduler, at: date)
            try touchModule(db, profile: profile, module: module, at: date)
            try append(db, profile: profile, kind: .questionAnswered, at: date, module: module, item: question.rawValue,
                       payload: .init(attemptID: attempt, response: response, correct: correct, seconds: secondsSpent))
            return .recorded
        }
    }

    /// Finishes an attempt and updates the module's best score and pass. The score is computed by
    /// `grade` from the answers stored for the attempt (question id → right or not), read inside
    /// the transaction that finishes it, so it always agrees with them, whichever window gave them.
    /// An attempt another window has finished already stays as it is.
    /// - Returns: the result of the stored answers.
    @discardableResult
    public func finishAttempt(profile: String, attempt: String, module: ModuleID,
                              grade: ([String: Bool]) -> QuizResult,
                              secondsSpent: Double? = nil, at date: Date) throws(StoreError) -> QuizResult {
        try write { db in
            let result = grade(try Self.answers(db, attempt: attempt).mapValues(\.correct))
            try db.execute(sql: """
                UPDATE quiz_attempt SET finishedAt = ?, correctCount = ?, score = ?, passed = ?
                WHERE id = ? AND finishedAt IS NULL
                """, arguments: [date.timeIntervalSince1970, result.correct, result.score, result.passed, attempt])
            guard db.changesCount > 0 else { return result }
            try touchModule(db, profile: profile, module: module, at: date)
            try db.execute(sql: """
                UPDATE module_progress SET attempts = attempts + 1,
                    bestScore = max(coalesce(bestScore, 0), ?),
                    passedAt = CASE WHEN ? AND passedAt IS NULL THEN ? ELSE passedAt END
                WHERE profileID = ? AND moduleID = ?
                """, arguments: [result.score, result.passed, date.timeIntervalSince1970, profile, module])
            try append(db, profile: profile, kind: .quizFinished, at: date, module: module, item: attempt,
                       payload: .init(attemptID: attempt, correctCount: result.correct, total: result.total,
                                      score: result.score, passed: result.passed, seconds: secondsSpent))
            return result
        }
    }

    /// The answers stored for an attempt, by question id.
    static func answers(_ db: Database, attempt: String) throws -> [String: QuizAnswerRecord] {
        var answers: [String: QuizAnswerRecord] = [:]
        for row in try AnswerRecord.fetchAll(db, sql: "SELECT * FROM quiz_answer WHERE attemptID = ?", arguments: [attempt]) {
            answers[row.questionID] = row.answer
        }
        return answers
    }

    /// The latest unfinished attempt of a module, to resume after an interruption.
    public func openAttempt(profile: String, module: ModuleID) throws(StoreError) -> QuizAttempt? {
        try attempts(profile: profile, module: module, unfinishedOnly: true).last
    }

    /// Attempts of a module, oldest first.
    public func attempts(profile: String, module: ModuleID, unfinishedOnly: Bool = false) throws(StoreError) -> [QuizAttempt] {
        try read { db in
            try QuizAttemptRecord.fetchAll(db, sql: """
                SELECT * FROM quiz_attempt WHERE profileID = ? AND moduleID = ? \(unfinishedOnly ? "AND finishedAt IS NULL" : "")
                ORDER BY startedAt, rowid
                """, arguments: [profile, module]).map { record in
                record.attempt(answers: try Self.answers(db, attempt: record.id))
            }
        }
    }
}

extension ProgressStore {
    /// Applies a rating to a card (creating it on first sight).
    func review(_ db: Database, profile: String, module: ModuleID, question: QuestionID, rating: FSRSRating,
                scheduler: FSRSScheduler, at date: Date) throws {
        let existing = try ReviewCardRecord.fetchOne(db, sql: """
            SELECT * FROM review_card WHERE profileID = ? AND moduleID = ? AND questionID = ?
            """, arguments: [profile, module, question])?.reviewCard
        let card = scheduler.review(existing?.card ?? FSRSCard.new(due: date), rating: rating, at: date)
        let lapses = (existing?.lapses ?? 0) + (rating == .again && existing?.card.state == .review ? 1 : 0)
        try db.execute(sql: """
            INSERT OR REPLACE INTO review_card
                (profileID, moduleID, questionID, state, step, stability, difficulty, due, lastReview, reviews, lapses)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [profile, module, question, card.state.rawValue, card.step, card.stability, card.difficulty,
                             card.due.timeIntervalSince1970, card.lastReview?.timeIntervalSince1970,
                             (existing?.reviews ?? 0) + 1, lapses])
    }

    /// Records a review from a review session.
    public func recordReview(profile: String, module: ModuleID, question: QuestionID, rating: FSRSRating, correct: Bool,
                             scheduler: FSRSScheduler, at date: Date) throws(StoreError) {
        try write { db in
            try review(db, profile: profile, module: module, question: question, rating: rating,
                       scheduler: scheduler, at: date)
            try append(db, profile: profile, kind: .cardReviewed, at: date, module: module, item: question.rawValue,
                       payload: .init(correct: correct, rating: rating.rawValue))
        }
    }

    /// Cards due at `date`, most overdue first.
    public func dueCards(profile: String, at date: Date, limit: Int = 1000) throws(StoreError) -> [ReviewCard] {
        try read { db in
            try ReviewCardRecord.fetchAll(db, sql: """
                SELECT * FROM review_card WHERE profileID = ? AND due <= ? ORDER BY due, moduleID, questionID LIMIT ?
                """, arguments: [profile, date.timeIntervalSince1970, limit]).map(\.reviewCard)
        }
    }

    public func reviewCards(profile: String) throws(StoreError) -> [ReviewCard] {
        try read { db in
            try ReviewCardRecord.fetchAll(db, sql: "SELECT * FROM review_card WHERE profileID = ? ORDER BY moduleID, questionID",
                                          arguments: [profile]).map(\.reviewCard)
        }
    }
}
