import Foundation
import GRDB

/// Reflections and readiness answers: private, kept on this machine.
extension ProgressStore {
    @discardableResult
    public func saveReflection(profile: String, module: ModuleID, lesson: LessonID, block: String, text: String,
                               at date: Date) throws(StoreError) -> Int64 {
        try write { db in
            try db.execute(sql: """
                INSERT INTO reflection (profileID, moduleID, lessonID, blockID, text, writtenAt) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [profile, module, lesson, block, text, date.timeIntervalSince1970])
            let id = db.lastInsertedRowID
            try touchModule(db, profile: profile, module: module, at: date)
            // The event says that a reflection was written, never what it says.
            try append(db, profile: profile, kind: .reflectionSaved, at: date, module: module, item: block,
                       payload: .init(lessonID: lesson.rawValue, blockID: block))
            return id
        }
    }

    /// The learner's reflections, newest first.
    public func reflections(profile: String) throws(StoreError) -> [Reflection] {
        try read { db in
            try ReflectionRecord.fetchAll(db, sql: """
                SELECT * FROM reflection WHERE profileID = ? ORDER BY writtenAt DESC, id DESC
                """, arguments: [profile]).map(\.reflection)
        }
    }

    public func saveReadiness(profile: String, ratings: [String: Int], at date: Date) throws(StoreError) {
        try write { db in
            for (item, rating) in ratings.sorted(by: { $0.key < $1.key }) {
                try db.execute(sql: """
                    INSERT OR REPLACE INTO readiness_answer (profileID, itemID, rating, answeredAt) VALUES (?, ?, ?, ?)
                    """, arguments: [profile, item, rating, date.timeIntervalSince1970])
                // Like reflections, the event records that an answer was given, never the answer.
                try append(db, profile: profile, kind: .readinessAnswered, at: date, item: item)
            }
        }
    }

    public func readiness(profile: String) throws(StoreError) -> [String: Int] {
        try read { db in
            let answers = try ReadinessRecord.fetchAll(db, sql: "SELECT itemID, rating FROM readiness_answer WHERE profileID = ?",
                                                       arguments: [profile])
            return Dictionary(answers.map { ($0.itemID, $0.rating) }, uniquingKeysWith: { _, last in last })
        }
    }
}

extension ProgressStore {
    /// Stores an imported assignment (replacing one with the same id).
    public func importAssignment(_ assignment: Assignment, profile: String, at date: Date) throws(StoreError) {
        try write { db in
            try db.execute(sql: "DELETE FROM assignment_item WHERE profileID = ? AND assignmentID = ?",
                           arguments: [profile, assignment.id])
            try db.execute(sql: """
                INSERT OR REPLACE INTO assignment (profileID, id, cohort, message, contact, importedAt)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [profile, assignment.id, assignment.cohort, assignment.message, assignment.contact,
                                 date.timeIntervalSince1970])
            for item in assignment.items {
                try db.execute(sql: """
                    INSERT OR REPLACE INTO assignment_item (profileID, assignmentID, moduleID, due) VALUES (?, ?, ?, ?)
                    """, arguments: [profile, assignment.id, item.moduleID, item.due])
            }
            try append(db, profile: profile, kind: .assignmentImported, at: date, item: assignment.id,
                       payload: .init(assignmentID: assignment.id))
        }
    }

    public func assignments(profile: String) throws(StoreError) -> [Assignment] {
        try read { db in try Self.assignments(db, profile: profile) }
    }

    static func assignments(_ db: Database, profile: String) throws -> [Assignment] {
        var items: [String: [Assignment.Item]] = [:]
        for item in try AssignmentItemRecord.fetchAll(db, sql: """
            SELECT assignmentID, moduleID, due FROM assignment_item WHERE profileID = ? ORDER BY due, moduleID
            """, arguments: [profile]) {
            items[item.assignmentID, default: []].append(Assignment.Item(moduleID: item.moduleID, due: item.due))
        }
        return try AssignmentRecord.fetchAll(db, sql: "SELECT * FROM assignment WHERE profileID = ? ORDER BY importedAt",
                                             arguments: [profile]).map { record in
            Assignment(id: record.id, cohort: record.cohort, message: record.message, contact: record.contact,
                       items: items[record.id] ?? [], importedAt: record.importedAt)
        }
    }
}
