import Foundation
import GRDB

/// Raw rows of a store file, read as another program would: for tests that check what the
/// derived tables hold, column by column, beside what the store's API returns.
public enum StoreRows {
    /// The rows `sql` selects, every value as text (NULL as nil).
    public static func select(_ url: URL, _ sql: String) throws -> [[String?]] {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: url.path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in
            try Row.fetchAll(db, sql: sql).map { row in
                row.databaseValues.map { value in value.isNull ? nil : String(describing: value.storage.value ?? "") }
            }
        }
    }

    /// Runs `sql` on the file as another program would (for tests that damage a row by hand).
    public static func execute(_ url: URL, _ sql: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        let queue = try DatabaseQueue(path: url.path, configuration: configuration)
        defer { try? queue.close() }
        try queue.write { db in try db.execute(sql: sql) }
    }
}
