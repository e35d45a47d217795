import Foundation
import GRDB

extension ProgressStore {
    /// Ids of the statements `lrs` has accepted from this learner.
    public func sentStatements(profile: String, lrs: String) throws(StoreError) -> Set<String> {
        try read { db in
            Set(try String.fetchAll(db, sql: "SELECT statementID FROM sync_sent WHERE profileID = ? AND lrs = ?",
                                    arguments: [profile, lrs]))
        }
    }

    /// Remembers statements `lrs` has accepted.
    public func markSent(_ ids: [String], profile: String, lrs: String, at date: Date) throws(StoreError) {
        try write { db in
            for id in ids {
                try db.execute(sql: "INSERT OR IGNORE INTO sync_sent (profileID, lrs, statementID, sentAt) VALUES (?, ?, ?, ?)",
                               arguments: [profile, lrs, id, date.timeIntervalSince1970])
            }
        }
    }
}
