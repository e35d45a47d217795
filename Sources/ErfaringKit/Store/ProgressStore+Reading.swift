import Foundation
import GRDB

extension ProgressStore {
    /// Records that the learner is at this block, so they resume exactly here.
    public func recordPosition(profile: String, module: ModuleID, lesson: LessonID, block: String,
                               at date: Date) throws(StoreError) {
        try write { db in
            try touchModule(db, profile: profile, module: module, at: date)
            try db.execute(sql: "UPDATE module_progress SET lessonID = ?, blockID = ? WHERE profileID = ? AND moduleID = ?",
                           arguments: [lesson, block, profile, module])
            try db.execute(sql: """
                INSERT INTO lesson_viewed (profileID, moduleID, lessonID, viewedAt) VALUES (?, ?, ?, ?)
                ON CONFLICT (profileID, moduleID, lessonID) DO UPDATE SET viewedAt = max(viewedAt, excluded.viewedAt)
                """, arguments: [profile, module, lesson, date.timeIntervalSince1970])
            try append(db, profile: profile, kind: .blockViewed, at: date, module: module, item: block,
                       payload: .init(lessonID: lesson.rawValue, blockID: block))
        }
    }

    public func markLessonDone(profile: String, module: ModuleID, lesson: LessonID, at date: Date) throws(StoreError) {
        try write { db in
            try touchModule(db, profile: profile, module: module, at: date)
            try db.execute(sql: """
                INSERT OR IGNORE INTO lesson_done (profileID, moduleID, lessonID, doneAt) VALUES (?, ?, ?, ?)
                """, arguments: [profile, module, lesson, date.timeIntervalSince1970])
            // Reading a finished lesson again completes nothing new.
            guard db.changesCount > 0 else { return }
            try append(db, profile: profile, kind: .lessonCompleted, at: date, module: module, item: lesson.rawValue,
                       payload: .init(lessonID: lesson.rawValue))
        }
    }

    /// Creates the module's progress row if needed and stamps its activity time.
    func touchModule(_ db: Database, profile: String, module: ModuleID, at date: Date) throws {
        try db.execute(sql: """
            INSERT INTO module_progress (profileID, moduleID, startedAt, lastActivityAt) VALUES (?, ?, ?, ?)
            ON CONFLICT (profileID, moduleID) DO UPDATE SET lastActivityAt = excluded.lastActivityAt
            """, arguments: [profile, module, date.timeIntervalSince1970, date.timeIntervalSince1970])
    }

    /// Progress of every module the learner has touched.
    public func moduleProgress(profile: String) throws(StoreError) -> [String: ModuleProgress] {
        try read { db in try Self.moduleProgress(db, profile: profile) }
    }

    static func moduleProgress(_ db: Database, profile: String) throws -> [String: ModuleProgress] {
        var result: [String: ModuleProgress] = [:]
        for record in try ModuleProgressRecord.fetchAll(db, sql: "SELECT * FROM module_progress WHERE profileID = ?",
                                                        arguments: [profile]) {
            result[record.moduleID] = record.progress
        }
        for done in try LessonTimeRecord.fetchAll(db, sql: """
            SELECT moduleID, lessonID, doneAt AS at FROM lesson_done WHERE profileID = ?
            """, arguments: [profile]) {
            result[done.moduleID, default: ModuleProgress(moduleID: done.moduleID)].lessonsDone.insert(done.lessonID)
        }
        for (module, conversations) in try reachedEndings(db, profile: profile, module: nil) {
            for (conversation, endings) in conversations {
                result[module.rawValue, default: ModuleProgress(moduleID: module.rawValue)]
                    .conversationEndings[conversation.rawValue, default: []].formUnion(endings.map(\.endingID))
            }
        }
        return result
    }

    /// Everything the home screen shows, in one read.
    public func snapshot(profile: String, at date: Date) throws(StoreError) -> ProgressSnapshot {
        try read { db in
            guard let profileRecord = try ProfileRecord.fetchOne(db, key: profile) else {
                throw StoreError.notFound("profile '\(profile)'")
            }
            let modules = try Self.moduleProgress(db, profile: profile)
            let due = try Int.fetchOne(db, sql: "SELECT count(*) FROM review_card WHERE profileID = ? AND due <= ?",
                                       arguments: [profile, date.timeIntervalSince1970]) ?? 0
            let next = try Double.fetchOne(db, sql: "SELECT min(due) FROM review_card WHERE profileID = ? AND due > ?",
                                           arguments: [profile, date.timeIntervalSince1970])
            let last = try String.fetchOne(db, sql: """
                SELECT moduleID FROM module_progress WHERE profileID = ? ORDER BY lastActivityAt DESC LIMIT 1
                """, arguments: [profile])
            return ProgressSnapshot(profile: profileRecord.profile, modules: modules, dueReviews: due,
                                    nextReviewDue: next.map(Date.init(timeIntervalSince1970:)),
                                    assignments: try Self.assignments(db, profile: profile), lastModuleID: last)
        }
    }
}
