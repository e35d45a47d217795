import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks on the progress database's files made before SQLite may open them, so that a refusal
/// creates and changes nothing: no `-wal` or `-shm` beside a refused file, no blocking open of a
/// FIFO, no crash on a folder.
enum StoreFile {
    /// `PRAGMA application_id` of an Erfaring database ("ERFA").
    static let applicationID: Int32 = 0x4552_4641
    /// `PRAGMA user_version`: the file format this version writes and the newest it reads.
    static let formatVersion: Int32 = 1

    /// What the first 100 bytes of a SQLite database say.
    struct Header {
        var pageSize: Int
        var userVersion: Int32
        var applicationID: Int32
    }

    /// The type of the file at `path` (following a symbolic link), or nil when there is none.
    static func fileType(_ path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    static func mode(_ path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode
    }

    static func size(_ path: String) -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0 }
        return Int(info.st_size)
    }

    /// When the file's content was last modified, and when the file last changed in any way
    /// (content, mode, or being copied over), in seconds since 1970.
    static func times(_ path: String) -> (modified: Double, changed: Double)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9,
                Double(info.st_ctim.tv_sec) + Double(info.st_ctim.tv_nsec) / 1e9)
    }

    /// Refuses anything at `path` that is not a regular file the owner may write.
    static func checkRegularFile(_ path: String, what: String = "the progress database") throws(StoreError) {
        guard let type = fileType(path) else { return }
        let kind: String? = switch type {
        case S_IFREG: nil
        case S_IFDIR: "a folder"
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFSOCK: "a socket"
        default: "a device or other special file"
        }
        if let kind {
            throw .unusable(path: path, detail: "\(what) is \(kind), not a file",
                            advice: "Move it aside (for example: mv '\(path)' '\(path).old') or set ERFARING_HOME to another folder.")
        }
        if let mode = mode(path), mode & S_IWUSR == 0 {
            throw .unusable(path: path, detail: "\(what) is read-only",
                            advice: "Make it writable again (chmod u+w '\(path)') or set ERFARING_HOME to another folder.")
        }
    }

    /// Reads the header of an existing regular file: nil for an empty file (created, then a crash
    /// before SQLite wrote anything).
    static func header(_ path: String) throws(StoreError) -> Header? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .io(path: path, detail: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 100)
        let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 100) }
        guard count >= 0 else { throw .io(path: path, detail: String(cString: strerror(errno))) }
        if count == 0 { return nil }
        guard count == 100, bytes[0..<16].elementsEqual(Array("SQLite format 3\u{0}".utf8)) else {
            throw .damaged(path: path, detail: "it is not a SQLite database")
        }
        func integer(_ offset: Int) -> Int32 {
            Int32(bitPattern: bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) })
        }
        let rawPage = Int(bytes[16]) << 8 | Int(bytes[17])
        return Header(pageSize: rawPage == 1 ? 65_536 : rawPage, userVersion: integer(60), applicationID: integer(68))
    }

    /// Opens `path` read-only and immutable: SQLite reads the main file alone and creates nothing
    /// beside it (no `-wal`, no `-shm`).
    static func immutableReader(_ path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        let uri = URL(fileURLWithPath: path).absoluteString + "?immutable=1"
        return try DatabaseQueue(path: uri, configuration: configuration)
    }

    /// A read-only connection that takes SQLite's locks and reads the `-wal` as other connections
    /// do; for a database another connection has open (its `-wal` and `-shm` exist already).
    static func sharedReader(_ path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    /// The databases this process has open, by device and inode, with how many stores use each.
    nonisolated(unsafe) private static var openHere: [FileID: Int] = [:]
    private static let openHereLock = NSLock()

    struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    static func fileID(_ path: String) -> FileID? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// Notes that a store of this process opened (`delta` 1) or closed (-1) the database.
    static func noteOpen(_ id: FileID, _ delta: Int) {
        openHereLock.lock()
        defer { openHereLock.unlock() }
        let count = (openHere[id] ?? 0) + delta
        openHere[id] = count > 0 ? count : nil
    }

    static func isOpenHere(_ path: String) -> Bool {
        guard let id = fileID(path) else { return false }
        openHereLock.lock()
        defer { openHereLock.unlock() }
        return openHere[id] != nil
    }

    /// Whether a process has the database open: every SQLite connection in WAL mode holds a shared
    /// lock on byte 128 of the `-shm` file (the "DMS" slot of SQLite's unix VFS) while it is open.
    /// Call this before this process opens the database itself: closing the probe's descriptor
    /// would release this process's own locks on the file.
    static func isInUse(_ path: String) -> Bool {
        // A store of this process: its locks are invisible to the probe, which must not run
        // (closing the probe's descriptor would drop them).
        if isOpenHere(path) { return true }
        let shm = path + "-shm"
        guard fileType(shm) == S_IFREG else { return false }
        let descriptor = open(shm, O_RDWR | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var lock = flock()
        lock.l_type = Int16(F_WRLCK)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = 128
        lock.l_len = 1
        guard fcntl(descriptor, F_GETLK, &lock) == 0 else { return false }
        return lock.l_type != Int16(F_UNLCK)
    }
}
