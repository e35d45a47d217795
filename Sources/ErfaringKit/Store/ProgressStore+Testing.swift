import Foundation
import GRDB

extension ProgressStore {
    /// Marks the database at `url` as migrated by a migration this version does not know, the way
    /// a newer version of Erfaring would leave it. For tests of the newer-schema refusal.
    public static func insertMigrationForTesting(_ identifier: String, url: URL) throws {
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [identifier])
        }
        try queue.close()
    }
}
