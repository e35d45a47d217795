import Foundation
import GRDB

extension ProgressStore {
    /// Checks an existing file before anything may write to it: its type, the SQLite header, the
    /// application id and format version, SQLite's own quick check, the schema's migrations, and
    /// a `-wal` file left beside it. Creates nothing beside the file.
    static func validate(path: String) throws(StoreError) {
        try StoreFile.checkRegularFile(path)
        guard let header = try StoreFile.header(path) else {
            // An empty file, as created before a crash.
            return try checkLeftoverWAL(path: path, pageSize: nil)
        }
        if header.userVersion > StoreFile.formatVersion {
            throw .newerSchema(path: path, unknown: ["file format \(header.userVersion)"])
        }
        if header.applicationID != 0 && header.applicationID != StoreFile.applicationID {
            throw foreign(path)
        }
        do {
            try checkContent(path: path)
        } catch {
            // A checkpoint cut short (the disk filled while SQLite copied the -wal back) leaves a
            // main file that is incomplete alone, beside a -wal that still holds every page.
            guard case .damaged = error, completedByWAL(path: path, pageSize: header.pageSize) else { throw error }
            return
        }
        try checkLeftoverWAL(path: path, pageSize: header.pageSize)
    }

    /// Whether a main file that fails the check alone is whole together with the `-wal` beside
    /// it: the -wal may belong beside it (`mayBelong`), the file holds the start of its copy-back,
    /// and the two merged on copies pass every check of `trialMerge`.
    static func completedByWAL(path: String, pageSize: Int) -> Bool {
        let wal = path + "-wal"
        guard StoreFile.fileType(wal) == S_IFREG, StoreFile.size(wal) >= 32, !StoreFile.isInUse(path),
              mayBelong(wal: wal, beside: path, pageSize: pageSize),
              walWasBeingCopied(into: path, wal: wal, pageSize: pageSize) else { return false }
        do {
            try trialMerge(path: path, wal: wal, keeping: nil)
            return true
        } catch {
            return false
        }
    }

    /// Whether the main file shows the start of a checkpoint of this very `-wal`: SQLite copies a
    /// -wal back in page order, so the lowest page the -wal holds (its last committed version)
    /// is already in the main file, byte for byte. Another database's -wal does not match.
    static func walWasBeingCopied(into path: String, wal: String, pageSize: Int) -> Bool {
        guard pageSize >= 512, let walHandle = FileHandle(forReadingAtPath: wal),
              let mainHandle = FileHandle(forReadingAtPath: path) else { return false }
        defer {
            try? walHandle.close()
            try? mainHandle.close()
        }
        guard let header = try? walHandle.read(upToCount: 32), header.count == 32 else { return false }
        let headerBytes = Array(header)
        func word(_ bytes: [UInt8], _ at: Int) -> UInt32 { bytes[at..<at + 4].reduce(0) { $0 << 8 | UInt32($1) } }
        let salts = (word(headerBytes, 16), word(headerBytes, 20))
        // Frames up to the last commit frame with this -wal's salts: the lowest page among them,
        // and where its last version is.
        var lowest: (page: UInt32, offset: UInt64)?
        var pending: (page: UInt32, offset: UInt64)?
        var offset: UInt64 = 32
        let frameSize = UInt64(24 + pageSize)
        let walSize = UInt64(StoreFile.size(wal))
        while offset + frameSize <= walSize {
            guard (try? walHandle.seek(toOffset: offset)) != nil, let frame = try? walHandle.read(upToCount: 24),
                  frame.count == 24 else { break }
            let bytes = Array(frame)
            guard (word(bytes, 8), word(bytes, 12)) == salts else { break }
            let page = word(bytes, 0)
            if page > 0, page <= (pending?.page ?? .max) { pending = (page, offset + 24) }
            if word(bytes, 4) != 0 { lowest = pending }  // a commit frame: what came before counts
            offset += frameSize
        }
        guard let lowest,
              (try? walHandle.seek(toOffset: lowest.offset)) != nil, let walPage = try? walHandle.read(upToCount: pageSize),
              (try? mainHandle.seek(toOffset: UInt64(lowest.page - 1) * UInt64(pageSize))) != nil,
              let mainPage = try? mainHandle.read(upToCount: pageSize) else { return false }
        return walPage.count == pageSize && walPage == mainPage
    }

    static func foreign(_ path: String) -> StoreError {
        .unusable(path: path, detail: "it is another program's SQLite database, not Erfaring's",
                  advice: "Move it aside (for example: mv '\(path)' '\(path).other') or set ERFARING_HOME to another folder.")
    }

    /// Quick check, Erfaring's own tables and known migrations, read from the main file alone, or,
    /// while another connection uses the database, through an ordinary read-only connection that
    /// takes SQLite's locks (the main file alone may then be in the middle of a checkpoint).
    static func checkContent(path: String) throws(StoreError) {
        do {
            let reader = try StoreFile.isInUse(path) ? StoreFile.sharedReader(path) : StoreFile.immutableReader(path)
            defer { try? reader.close() }
            try reader.read { db in try checkContent(db, path: path) }
        } catch {
            throw translate(error, path: path)
        }
    }

    static func checkContent(_ db: Database, path: String) throws {
        let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
        guard check == ["ok"] else {
            throw StoreError.damaged(path: path, detail: "SQLite reports: \(check.prefix(3).joined(separator: "; "))")
        }
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
            """)
        // No table yet: a database created just before a crash.
        guard !tables.isEmpty else { return }
        guard tables.contains("grdb_migrations"), tables.contains("event"),
              try migrator.appliedIdentifiers(db).contains("v1") else {
            throw foreign(path)
        }
        if try migrator.hasBeenSuperseded(db) {
            let unknown = try migrator.appliedIdentifiers(db).subtracting(migrator.appliedMigrations(db)).sorted()
            throw StoreError.newerSchema(path: path, unknown: unknown)
        }
    }

    /// A non-empty `-wal` that no open connection uses was left by a crash, or beside a copied-back
    /// file by another copy of the database. SQLite would merge either silently; a foreign one
    /// mixes two databases. It is tried first on copies in a temporary folder: the merged
    /// database must pass the quick check and the foreign-key check and still be Erfaring's.
    static func checkLeftoverWAL(path: String, pageSize: Int?) throws(StoreError) {
        let wal = path + "-wal"
        guard StoreFile.fileType(wal) != nil else { return }
        try StoreFile.checkRegularFile(wal, what: "the file beside the progress database")
        guard StoreFile.size(wal) >= 32, !StoreFile.isInUse(path) else { return }
        let stray = StoreError.unusable(
            path: path,
            detail: "the file '\(wal)' beside it belongs to another copy of the database (it is left, for example, "
                + "when a backup is copied back over the database)",
            advice: "Move it and the '-shm' file aside: mv '\(wal)' '\(wal).old'; mv '\(path)-shm' '\(path)-shm.old'. "
                + "To put back a backup, use 'erfaring restore FILE'.")
        guard StoreFile.fileType(path) != nil else { throw stray }
        guard mayBelong(wal: wal, beside: path, pageSize: pageSize) else { throw stray }
        // What the main file alone holds must still be there after the merge: its profiles and
        // its last event.
        let before: (profiles: Set<String>, lastEvent: Row?)
        do {
            let reader = try StoreFile.immutableReader(path)
            defer { try? reader.close() }
            before = try reader.read { db in try identity(db) }
            try trialMerge(path: path, wal: wal, keeping: before)
        } catch let error as StoreError {
            if case .newerSchema = error { throw error }
            throw stray
        } catch {
            throw stray
        }
    }

    /// Merges copies of the main file and `wal` in a temporary folder beside them and checks the
    /// result: SQLite's quick check and foreign-key check, Erfaring's tables and migrations, and
    /// (when given) the profiles and last event the main file alone holds. Throws when any fails.
    static func trialMerge(path: String, wal: String, keeping before: (profiles: Set<String>, lastEvent: Row?)?) throws {
        struct Mismatch: Error {}
        // The trial copies hold the learner's private progress: they stay in the data folder (0700).
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            .appendingPathComponent(".wal-check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let copy = folder.appendingPathComponent("progress.sqlite")
        try FileManager.default.copyItem(atPath: path, toPath: copy.path)
        try FileManager.default.copyItem(atPath: wal, toPath: copy.path + "-wal")
        let trial = try DatabaseQueue(path: copy.path)
        defer { try? trial.close() }
        try trial.read { db in
            try checkContent(db, path: path)
            if try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") != nil { throw Mismatch() }
            guard try db.tableExists("event") else { throw Mismatch() }
            guard let before else { return }
            let after = try identity(db)
            guard before.profiles.isSubset(of: after.profiles) else { throw Mismatch() }
            if let last = before.lastEvent {
                let same = try Row.fetchOne(db, sql: "SELECT * FROM event WHERE id = ?", arguments: [last["id"] as Int64?])
                guard same == last else { throw Mismatch() }
            }
        }
    }

    /// Whether `wal` may have been written beside the file at `path`: the same page size (when the
    /// file has a header), and the file not written well after the -wal's last write. SQLite
    /// writes the main file only when it copies the -wal back into it; the -wal is written again at
    /// the next change, so a main file written later was put there by someone else. (Modification
    /// times, which `cp -a` and `rsync -a` keep for both files; change times move with any copy,
    /// chmod or chown of the folder.)
    static func mayBelong(wal: String, beside path: String, pageSize: Int?) -> Bool {
        if let pageSize, let walPage = try? walPageSize(wal), walPage != pageSize { return false }
        if let written = StoreFile.times(path)?.modified, let walWritten = StoreFile.times(wal)?.modified,
           written > walWritten + 2 {
            return false
        }
        return true
    }

    /// The profiles and the last event of a database (none before its tables exist).
    static func identity(_ db: Database) throws -> (profiles: Set<String>, lastEvent: Row?) {
        guard try db.tableExists("profile"), try db.tableExists("event") else { return ([], nil) }
        return (Set(try String.fetchAll(db, sql: "SELECT id FROM profile")),
                try Row.fetchOne(db, sql: "SELECT * FROM event ORDER BY id DESC LIMIT 1"))
    }

    /// The page size a `-wal` file's header gives (big-endian at offset 8).
    static func walPageSize(_ wal: String) throws -> Int {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: wal))
        defer { try? handle.close() }
        let bytes = Array(try handle.read(upToCount: 12) ?? Data())
        guard bytes.count == 12 else { return 0 }
        return bytes[8..<12].reduce(0) { $0 << 8 | Int($1) }
    }
}
