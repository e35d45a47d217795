import Foundation
import GRDB

extension ProgressStore {
    /// Summaries per module in course order, read from the derived tables: the same as
    /// ``ProgressReplay/summaries(curriculum:events:)`` over the learner's events, without
    /// replaying them. As there, only lessons and questions that still exist count, and private
    /// activity (reflections, readiness answers) never does.
    public func moduleSummaries(profile: String, curriculum: Curriculum) throws(StoreError) -> [ModuleSummary] {
        try read { db in
            var lessonsDone: [String: [String: Double]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT moduleID, lessonID, doneAt FROM lesson_done WHERE profileID = ?",
                                        arguments: [profile]) {
                lessonsDone[row["moduleID"], default: [:]][row["lessonID"]] = row["doneAt"]
            }
            var activity: [String: Double] = [:]
            func touch(_ module: String, _ time: Double?) {
                guard let time else { return }
                activity[module] = max(activity[module] ?? time, time)
            }
            for row in try Row.fetchAll(db, sql: "SELECT moduleID, lessonID, viewedAt FROM lesson_viewed WHERE profileID = ?",
                                        arguments: [profile]) {
                let module: String = row["moduleID"]
                if curriculum.module(module)?.lesson(row["lessonID"]) != nil { touch(module, row["viewedAt"]) }
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT moduleID, questionID, lastReview FROM review_card WHERE profileID = ? AND lastReview IS NOT NULL
                """, arguments: [profile]) {
                let module: String = row["moduleID"]
                if curriculum.question(row["questionID"], in: module) != nil { touch(module, row["lastReview"]) }
            }
            var attempts: [String: (count: Int, best: Double?)] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT moduleID, count(finishedAt) AS finished, max(CASE WHEN finishedAt IS NOT NULL THEN score END) AS best,
                    max(startedAt) AS started, max(finishedAt) AS ended
                FROM quiz_attempt WHERE profileID = ? GROUP BY moduleID
                """, arguments: [profile]) {
                let module: String = row["moduleID"]
                attempts[module] = (row["finished"], row["best"])
                touch(module, row["started"])
                touch(module, row["ended"])
            }
            // The last finished attempt's score; attempts finished in the same instant in the order stored.
            var last: [String: (finishedAt: Double, score: Double?)] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT moduleID, finishedAt, score FROM quiz_attempt
                WHERE profileID = ? AND finishedAt IS NOT NULL ORDER BY rowid
                """, arguments: [profile]) {
                let module: String = row["moduleID"]
                let finishedAt: Double = row["finishedAt"]
                if finishedAt >= last[module]?.finishedAt ?? -.infinity { last[module] = (finishedAt, row["score"]) }
            }
            let lastScore = last.mapValues(\.score)
            var passed: [String: Double] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT moduleID, passedAt FROM module_progress WHERE profileID = ? AND passedAt IS NOT NULL
                """, arguments: [profile]) {
                passed[row["moduleID"]] = row["passedAt"]
            }
            return curriculum.modules.map { module in
                let id = module.id.value
                let done = (lessonsDone[id] ?? [:]).filter { module.lesson($0.key) != nil }
                for time in done.values { touch(id, time) }
                var summary = ModuleSummary(moduleID: id, lessonsDone: done.count, lessonsTotal: module.lessons.count,
                                            attempts: attempts[id]?.count ?? 0)
                if summary.attempts > 0 {
                    summary.bestScore = max(0, attempts[id]?.best ?? 0)
                    summary.lastScore = lastScore[id] ?? nil
                }
                summary.passedAt = passed[id].map(Date.init(timeIntervalSince1970:))
                summary.lastActivityAt = activity[id].map(Date.init(timeIntervalSince1970:))
                if let pass = passed[id], summary.lessonsDone == summary.lessonsTotal {
                    // Complete at the later of the pass and the last lesson it needed.
                    summary.completedAt = Date(timeIntervalSince1970: max(pass, done.values.max() ?? pass))
                }
                return summary
            }
        }
    }
}
