import ErfaringKit
import Foundation
import GRDB

extension ProgressStore {
    /// Marks the database at `url` as migrated by a migration this version does not know, the way
    /// a newer version of Erfaring would leave it. For tests of the newer-schema refusal; part of
    /// the tests' support target, never of the product.
    public static func insertMigrationForTesting(_ identifier: String, url: URL) throws {
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [identifier])
        }
        try queue.close()
    }
}

extension ProgressStore {
    /// A store on a fresh in-memory database: for unit tests of what the store records and
    /// reads, which need no file. Tests of files (durability, refusals, backups) open a file.
    public static func inMemory() throws -> ProgressStore {
        try ProgressStore(writer: DatabaseQueue())
    }
}
