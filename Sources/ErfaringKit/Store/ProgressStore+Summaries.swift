import Foundation
import GRDB

extension ProgressStore {
    /// Summaries per module in course order, read from the derived tables: the same as
    /// ``ProgressReplay/summaries(curriculum:events:)`` over the learner's events, without
    /// replaying them. As there, only lessons, questions and conversation endings that still exist
    /// count, and private
    /// activity (reflections, readiness answers) never does.
    public func moduleSummaries(profile: String, curriculum: Curriculum) throws(StoreError) -> [ModuleSummary] {
        try read { db in
            var lessonsDone: [String: [String: Date]] = [:]
            for done in try LessonTimeRecord.fetchAll(db, sql: """
                SELECT moduleID, lessonID, doneAt AS at FROM lesson_done WHERE profileID = ?
                """, arguments: [profile]) {
                lessonsDone[done.moduleID, default: [:]][done.lessonID] = done.at
            }
            var activity: [String: Date] = [:]
            func touch(_ module: String, _ time: Date?) {
                guard let time else { return }
                activity[module] = max(activity[module] ?? time, time)
            }
            for viewed in try LessonTimeRecord.fetchAll(db, sql: """
                SELECT moduleID, lessonID, viewedAt AS at FROM lesson_viewed WHERE profileID = ?
                """, arguments: [profile]) where curriculum.module(viewed.moduleID)?.lesson(viewed.lessonID) != nil {
                touch(viewed.moduleID, viewed.at)
            }
            for card in try ReviewedCard.fetchAll(db, sql: """
                SELECT moduleID, questionID, lastReview FROM review_card WHERE profileID = ? AND lastReview IS NOT NULL
                """, arguments: [profile]) where curriculum.question(card.questionID, in: card.moduleID) != nil {
                touch(card.moduleID, card.lastReview)
            }
            var attempts: [String: AttemptTotals] = [:]
            for totals in try AttemptTotals.fetchAll(db, sql: """
                SELECT moduleID, count(finishedAt) AS finished, max(CASE WHEN finishedAt IS NOT NULL THEN score END) AS best,
                    max(startedAt) AS started, max(finishedAt) AS ended
                FROM quiz_attempt WHERE profileID = ? GROUP BY moduleID
                """, arguments: [profile]) {
                attempts[totals.moduleID] = totals
                touch(totals.moduleID, totals.started)
                touch(totals.moduleID, totals.ended)
            }
            // The last finished attempt's score; attempts finished in the same instant in the order stored.
            var last: [String: FinishedScore] = [:]
            for finished in try FinishedScore.fetchAll(db, sql: """
                SELECT moduleID, finishedAt, score FROM quiz_attempt
                WHERE profileID = ? AND finishedAt IS NOT NULL ORDER BY rowid
                """, arguments: [profile]) where last[finished.moduleID].map({ finished.finishedAt >= $0.finishedAt }) ?? true {
                last[finished.moduleID] = finished
            }
            let lastScore = last.mapValues(\.score)
            var passed: [String: Date] = [:]
            for module in try PassedModule.fetchAll(db, sql: """
                SELECT moduleID, passedAt FROM module_progress WHERE profileID = ? AND passedAt IS NOT NULL
                """, arguments: [profile]) {
                passed[module.moduleID] = module.passedAt
            }
            // Conversation endings: each counts once, as activity when first reached.
            var reached: [String: [(conversationID: String, endingID: String, at: Date)]] = [:]
            for (moduleID, conversations) in try Self.reachedEndings(db, profile: profile, module: nil) {
                for (conversationID, endings) in conversations {
                    for ending in endings where ConversationSummary.kind(
                        of: ending.endingID, conversation: conversationID.rawValue, module: moduleID.rawValue,
                        in: curriculum) != nil {
                        reached[moduleID.rawValue, default: []].append((conversationID.rawValue, ending.endingID,
                                                                        ending.firstReachedAt))
                        touch(moduleID.rawValue, ending.firstReachedAt)
                    }
                }
            }
            return curriculum.modules.map { module in
                let id = module.id.value
                let done = (lessonsDone[id] ?? [:]).filter { module.lesson($0.key) != nil }
                for time in done.values { touch(id, time) }
                var summary = ModuleSummary(moduleID: id, lessonsDone: done.count, lessonsTotal: module.lessons.count,
                                            attempts: attempts[id]?.finished ?? 0)
                if summary.attempts > 0 {
                    summary.bestScore = max(0, attempts[id]?.best ?? 0)
                    summary.lastScore = lastScore[id] ?? nil
                }
                summary.passedAt = passed[id]
                summary.lastActivityAt = activity[id]
                summary.conversations = ConversationSummary.make(module: module, curriculum: curriculum,
                                                                 reached: reached[id] ?? [])
                let endings = reached[id] ?? []
                if let pass = passed[id], summary.lessonsDone == summary.lessonsTotal,
                   ModuleStates.practicePending(curriculum.conversations(for: id),
                                                reached: ProgressReplay.endingsReached(endings)).isEmpty {
                    // Complete at the latest of the pass, the last lesson it needed, and the first
                    // ending of each required conversation.
                    let practice = curriculum.conversations(for: id).filter(\.required).compactMap { conversation in
                        endings.filter { $0.conversationID == conversation.id.value }.map(\.at).min()
                    }
                    summary.completedAt = ([pass] + Array(done.values) + practice).max()
                }
                return summary
            }
        }
    }
}

/// A review card's last review (a partial read of `review_card`).
private struct ReviewedCard: StoreRecord {
    static let databaseTableName = "review_card"
    var moduleID: String
    var questionID: String
    var lastReview: Date
}

/// A module's finished attempts, best score and first and last activity in `quiz_attempt`.
private struct AttemptTotals: StoreRecord {
    static let databaseTableName = "quiz_attempt"
    var moduleID: String
    var finished: Int
    var best: Double?
    var started: Date?
    var ended: Date?
}

/// A finished attempt's time and score (a partial read of `quiz_attempt`).
private struct FinishedScore: StoreRecord {
    static let databaseTableName = "quiz_attempt"
    var moduleID: String
    var finishedAt: Date
    var score: Double?
}

/// When a module was passed (a partial read of `module_progress`).
private struct PassedModule: StoreRecord {
    static let databaseTableName = "module_progress"
    var moduleID: String
    var passedAt: Date
}
