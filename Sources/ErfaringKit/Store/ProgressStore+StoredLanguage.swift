import Foundation
import GRDB

extension ProgressStore {
    /// The current profile's language in the database at `url`, read through a read-only
    /// connection that never migrates, writes or creates anything and waits at most a second on a
    /// locked file. Nil when there is no file, no profile, a schema that is not fully migrated, or
    /// anything that cannot be read (a damaged or locked file): "no stored language", never an error.
    public static func storedLanguage(at url: URL) -> Language? {
        // Only a regular file is opened: a FIFO or a device of that name would block the read.
        guard let type = try? FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType,
              type == .typeRegular else { return nil }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(1)
        // Without a -wal beside it, the file holds everything: it is read `immutable`, taking no
        // locks and making no -wal/-shm (a read-only connection on a WAL file would leave both
        // behind). With one (another connection is open, or the last one did not checkpoint), what
        // is in the -wal counts too, so the file is read as a plain read-only connection, beside
        // the -wal that is already there. Anything that fails reads as nil.
        let walSize = (try? FileManager.default.attributesOfItem(atPath: url.path + "-wal")[.size] as? Int) ?? 0
        let uri = walSize > 0 ? url.path : url.standardizedFileURL.absoluteString + "?immutable=1"
        guard let queue = try? DatabaseQueue(path: uri, configuration: configuration) else { return nil }
        defer { try? queue.close() }
        return try? queue.read { db -> Language? in
            guard try migrator.hasCompletedMigrations(db) else { return nil }
            let chosen = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'current-profile'")
            let byChoice = try chosen.flatMap {
                try String.fetchOne(db, sql: "SELECT language FROM profile WHERE id = ?", arguments: [$0])
            }
            let code = try byChoice ?? String.fetchOne(db, sql: "SELECT language FROM profile ORDER BY createdAt LIMIT 1")
            return code.flatMap(Language.init(rawValue:))
        }
    }
}
