import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ProgressStore {
    /// Writes a consistent copy of the whole database to `url` as one file (SQLite's
    /// `VACUUM INTO`, which reads one snapshot, whatever other windows write meanwhile), mode 0600,
    /// atomically: `url` holds its old content or the whole copy, never a part.
    public func backup(to url: URL) throws(StoreError) {
        // Never over the database itself or the files SQLite keeps beside it, by name or by inode.
        let own = [path, path + "-wal", path + "-shm"]
        let target = url.standardizedFileURL.path
        let sameInode = StoreFile.fileID(url.path).map { id in own.contains { StoreFile.fileID($0) == id } } ?? false
        if sameInode || own.contains(where: { URL(fileURLWithPath: $0).standardizedFileURL.path == target }) {
            throw .unusable(path: url.path, detail: "a backup cannot be written over the progress database or the files beside it",
                            advice: "Choose a file outside the data folder, for example: --out ~/erfaring-backup.sqlite")
        }
        AtomicFile.removeStaleTemporaries(of: url)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UUID().uuidString.prefix(8)).tmp")
        try DataLocation.createPrivateFile(temporary)
        do {
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: "VACUUM INTO ?", arguments: [temporary.path])
            }
            try Self.sync(temporary.path)
        } catch {
            unlink(temporary.path)
            throw Self.translate(error, path: url.path)
        }
        guard rename(temporary.path, url.path) == 0 else {
            let detail = String(cString: strerror(errno))
            unlink(temporary.path)
            throw .io(path: url.path, detail: detail)
        }
        try? Self.sync(url.deletingLastPathComponent().path)
    }

    /// Puts the backup `source` in place of the database at `url`, which no process may have open.
    /// `source` must be a whole Erfaring database of a version this program reads, with no `-wal`
    /// beside it. The database it replaces, with its `-wal`, is kept beside it as
    /// `progress-before-restore-DATE.sqlite`; stale `-wal` and `-shm` files are removed.
    /// - Returns: the kept copy, or nil when there was no database.
    @discardableResult
    public static func restore(from source: URL, to url: URL, at date: Date) throws(StoreError) -> URL? {
        try checkBackup(source, target: url)
        try StoreFile.checkRegularFile(url.path)
        if StoreFile.isInUse(url.path) {
            throw .unusable(path: url.path, detail: "it is open in another program (an Erfaring shell, perhaps)",
                            advice: "Leave the shell ('avslutt' or Ctrl-D) and run 'erfaring restore' again.")
        }
        let folder = url.deletingLastPathComponent()
        var kept: URL?
        if StoreFile.fileType(url.path) != nil {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.dateFormat = "yyyy-MM-dd'T'HHmmss"
            let copy = folder.appendingPathComponent("progress-before-restore-\(formatter.string(from: date)).sqlite")
            try copyFile(url.path, to: copy.path)
            if StoreFile.size(url.path + "-wal") > 0 { try copyFile(url.path + "-wal", to: copy.path + "-wal") }
            kept = copy
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UUID().uuidString.prefix(8)).tmp")
        try copyFile(source.path, to: temporary.path)
        // The -wal and -shm belong to the database being replaced (kept in the copy above).
        for suffix in ["-wal", "-shm"] where StoreFile.fileType(url.path + suffix) == S_IFREG {
            guard unlink(url.path + suffix) == 0 else {
                let detail = String(cString: strerror(errno))
                unlink(temporary.path)
                throw .io(path: url.path + suffix, detail: "cannot remove it (\(detail))")
            }
        }
        guard rename(temporary.path, url.path) == 0 else {
            let detail = String(cString: strerror(errno))
            unlink(temporary.path)
            throw .io(path: url.path, detail: detail)
        }
        try? sync(folder.path)
        return kept
    }

    /// Refuses a file that is not a whole Erfaring database this version can read.
    static func checkBackup(_ source: URL, target: URL) throws(StoreError) {
        let path = source.path
        func refuse(_ reason: String) -> StoreError {
            .unusable(path: path, detail: "it cannot be restored: \(reason)",
                      advice: "Choose a file made by 'erfaring backup'.")
        }
        guard StoreFile.fileType(path) != nil else { throw .io(path: path, detail: "no such file") }
        var sourceInfo = stat()
        var targetInfo = stat()
        if stat(path, &sourceInfo) == 0, stat(target.path, &targetInfo) == 0,
           sourceInfo.st_dev == targetInfo.st_dev, sourceInfo.st_ino == targetInfo.st_ino {
            throw refuse("it is the progress database itself")
        }
        if StoreFile.size(path + "-wal") > 0 {
            throw refuse("a '-wal' file beside it holds part of it (it is open, or was not closed)")
        }
        do {
            try StoreFile.checkRegularFile(path, what: "it")
            guard let header = try StoreFile.header(path) else { throw refuse("it is empty") }
            if header.userVersion > StoreFile.formatVersion { throw StoreError.newerSchema(path: path, unknown: []) }
            if header.applicationID != 0 && header.applicationID != StoreFile.applicationID { throw foreign(path) }
            try checkContent(path: path)
            let reader = try StoreFile.immutableReader(path)
            defer { try? reader.close() }
            let isErfaring = try reader.read { db in try db.tableExists("grdb_migrations") && db.tableExists("event") }
            if !isErfaring { throw refuse("it holds no Erfaring progress") }
        } catch let error as StoreError {
            switch error {
            case .damaged(_, let detail): throw refuse("it is damaged (\(detail))")
            case .newerSchema: throw refuse("it was written by a newer version of Erfaring")
            case .unusable(_, let detail, _) where detail.hasPrefix("it cannot be restored"): throw error
            case .unusable(_, let detail, _): throw refuse(detail)
            case .io(_, let detail): throw refuse(detail)
            case .notFound(let what): throw refuse(what)
            }
        } catch {
            throw refuse(String(describing: error))
        }
    }

    /// Copies a file's bytes to a new file (mode 0600) and syncs it.
    static func copyFile(_ source: String, to destination: String) throws(StoreError) {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw .io(path: source, detail: String(cString: strerror(errno))) }
        defer { close(input) }
        let output = open(destination, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard output >= 0 else { throw .io(path: destination, detail: String(cString: strerror(errno))) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 {
                let failed = count < 0 ? String(cString: strerror(errno)) : nil
                let synced = fsync(output) == 0
                close(output)
                if let failed { unlink(destination); throw .io(path: source, detail: failed) }
                if !synced { unlink(destination); throw .io(path: destination, detail: "cannot sync it to the disk") }
                return
            }
            var offset = 0
            while offset < count {
                let written = buffer.withUnsafeBytes { bytes in
                    bytes.baseAddress.map { Glibc.write(output, $0 + offset, count - offset) } ?? -1
                }
                if written < 0 {
                    if errno == EINTR { continue }
                    let detail = String(cString: strerror(errno))
                    close(output)
                    unlink(destination)
                    throw .io(path: destination, detail: detail)
                }
                offset += written
            }
        }
    }

    /// `fsync` of a file or folder by path.
    static func sync(_ path: String) throws(StoreError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .io(path: path, detail: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw .io(path: path, detail: String(cString: strerror(errno))) }
    }
}
