import Foundation
import GRDB

/// A learner's progress in one SQLite database, through GRDB.
///
/// Every change is an event appended to the `event` table together with the update of the
/// derived tables it implies, in one transaction: an answer the shell reports as saved is on
/// disk (WAL, synchronous FULL) and survives `kill -9` and a power loss. Several processes may write at once;
/// SQLite's locking serialises them, with a busy timeout.
public final class ProgressStore: Sendable {
    /// The connection: a `DatabaseQueue` on the file, or any other writer (an in-memory database
    /// in unit tests).
    let writer: any DatabaseWriter
    public let path: String
    /// The database file, while this store has it open (see ``StoreFile/isInUse(_:)``).
    private let fileID: StoreFile.FileID?

    /// Opens or creates the database at `url` (mode 0600). An existing file is checked first
    /// without letting SQLite create anything beside it: a folder, a FIFO, a read-only file,
    /// another program's database, a damaged one, one from a newer version or a `-wal` left from
    /// another copy is reported, and nothing is created or changed.
    ///
    /// Every change is synced to the disk before the call that made it returns: `synchronous` is
    /// set to FULL on the open connection (GRDB sets NORMAL when it switches to WAL).
    public convenience init(url: URL) throws(StoreError) {
        let path = url.path
        if StoreFile.fileType(path) != nil {
            try Self.validate(path: path)
        } else {
            try Self.checkLeftoverWAL(path: path, pageSize: nil)
            try DataLocation.createPrivateFile(url)
        }
        let queue: DatabaseQueue
        do {
            var configuration = Configuration()
            configuration.journalMode = .wal
            configuration.busyMode = .timeout(10)
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.inDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        } catch {
            throw Self.translate(error, path: path)
        }
        try self.init(writer: queue, path: path, file: StoreFile.fileID(path))
    }

    /// A store on a database that is not a file of its own, such as an in-memory `DatabaseQueue()`
    /// (for unit tests): migrated like a file, without the checks and durability a file gets.
    public convenience init(writer: any DatabaseWriter) throws(StoreError) {
        try self.init(writer: writer, path: writer.path, file: nil)
    }

    /// Migrates the opened database and marks it as Erfaring's, in this version's format.
    private init(writer: any DatabaseWriter, path: String, file: StoreFile.FileID?) throws(StoreError) {
        do {
            try Self.migrator.migrate(writer)
            try writer.writeWithoutTransaction { db in
                // Marks the file as Erfaring's, in the format this version writes (once).
                if try Int32.fetchOne(db, sql: "PRAGMA application_id") != StoreFile.applicationID {
                    try db.execute(sql: "PRAGMA application_id = \(StoreFile.applicationID)")
                }
                if try Int32.fetchOne(db, sql: "PRAGMA user_version") != StoreFile.formatVersion {
                    try db.execute(sql: "PRAGMA user_version = \(StoreFile.formatVersion)")
                }
            }
        } catch {
            throw Self.translate(error, path: path)
        }
        self.writer = writer
        self.path = path
        fileID = file
        if let file { StoreFile.noteOpen(file, 1) }
    }

    deinit {
        if let fileID { StoreFile.noteOpen(fileID, -1) }
    }

    /// The connection's `PRAGMA synchronous`: 2 is FULL.
    public func synchronousSetting() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
    }

    static func translate(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_CORRUPT, .SQLITE_NOTADB:
                return .damaged(path: path, detail: error.message ?? "SQLite reports corruption")
            case .SQLITE_FULL:
                return .io(path: path, detail: "the disk is full; nothing of this step was saved")
            case .SQLITE_IOERR:
                return .io(path: path, detail: "\(error.message ?? "disk I/O error") (is the disk full, or a file size limit "
                           + "reached?); nothing of this step was saved")
            case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
                return .io(path: path, detail: error.message ?? "\(error.resultCode)")
            default:
                break
            }
        }
        return .io(path: path, detail: String(describing: error))
    }

    /// Runs a write transaction, turning database errors into ``StoreError``.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            // Inside ``consistentRead(_:)``: the same connection and transaction.
            if let db = Thread.current.threadDictionary[snapshotKey] as? Database { return try body(db) }
            return try writer.read(body)
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    /// Runs `body` with every read of this store inside it from one snapshot of the database, so
    /// that what several reads return fits together although other windows write meanwhile (an
    /// export's summaries and first attempts, say). No write may be made inside.
    public func consistentRead<T>(_ body: () throws -> T) throws -> T {
        do {
            return try writer.read { db in
                let key = snapshotKey
                Thread.current.threadDictionary[key] = db
                defer { Thread.current.threadDictionary.removeObject(forKey: key) }
                return try body()
            }
        } catch let error as DatabaseError {
            throw Self.translate(error, path: path)
        }
    }

    /// Where ``consistentRead(_:)`` keeps its connection for the reads inside it, on the reading thread.
    private var snapshotKey: String { "erfaring.store.snapshot.\(ObjectIdentifier(self).hashValue)" }

    /// SQLite's `PRAGMA integrity_check`: `["ok"]` for a sound database.
    public func integrityCheck() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// Appends an event; the caller is inside a write transaction.
    @discardableResult
    func append(_ db: Database, profile: String, kind: LearningEvent.Kind, at date: Date,
                module: ModuleID? = nil, item: String? = nil, payload: LearningEvent.Payload = .init()) throws -> Int64 {
        let json = String(decoding: try Self.encoder.encode(payload), as: UTF8.self)
        try db.execute(
            sql: "INSERT INTO event (profileID, occurredAt, kind, moduleID, itemID, payload) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [profile, date.timeIntervalSince1970, kind.rawValue, module, item, json])
        return db.lastInsertedRowID
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    /// The learner's events in order, for export.
    public func events(profile: String) throws(StoreError) -> [LearningEvent] {
        try read { db in
            try EventRecord.fetchAll(db, sql: """
                SELECT id, profileID, occurredAt, kind, moduleID, itemID, payload FROM event
                WHERE profileID = ? ORDER BY id
                """, arguments: [profile]).compactMap(\.event)
        }
    }

    public func eventCount(profile: String) throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM event WHERE profileID = ?", arguments: [profile]) ?? 0 }
    }
}
