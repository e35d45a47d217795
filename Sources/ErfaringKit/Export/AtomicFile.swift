import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see the old content or the whole new one, never a part, with
/// the given mode from the first byte (a temporary file beside it, then `rename`).
///
/// The temporary file is named `.NAME.PID.RANDOM.tmp`. A write killed half-way (`kill -9`, a power
/// loss) leaves it behind; the next write of the same file removes those whose process is gone.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to url: URL, mode: mode_t = 0o600) throws(StoreError) {
        removeStaleTemporaries(of: url)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UUID().uuidString.prefix(8)).tmp")
        let descriptor = open(temporary.path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            throw .io(path: url.path, detail: String(cString: strerror(errno)))
        }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                let detail = String(cString: strerror(errno))
                close(descriptor)
                unlink(temporary.path)
                throw .io(path: url.path, detail: detail)
            }
            offset += written
        }
        fchmod(descriptor, mode)
        // A file the disk did not take is not reported as written.
        guard fsync(descriptor) == 0 else {
            let detail = String(cString: strerror(errno))
            close(descriptor)
            unlink(temporary.path)
            throw .io(path: url.path, detail: detail)
        }
        close(descriptor)
        guard rename(temporary.path, url.path) == 0 else {
            let detail = String(cString: strerror(errno))
            unlink(temporary.path)
            throw .io(path: url.path, detail: detail)
        }
    }

    /// Removes temporary files of `url` left by writes whose process no longer runs, and those an
    /// earlier version left (`.NAME.RANDOM.tmp`, no process id) more than an hour ago.
    static func removeStaleTemporaries(of url: URL) {
        let folder = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let middle = name.dropFirst(prefix.count).dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
            let path = folder.appendingPathComponent(name).path
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == getuid() else { continue }
            let stale: Bool
            if middle.count == 2, let pid = pid_t(middle[0]), middle[1].count == 8 {
                stale = pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH
            } else if middle.count == 1, middle[0].count == 8 {
                stale = Double(info.st_mtim.tv_sec) < Date().timeIntervalSince1970 - 3600
            } else {
                stale = false
            }
            if stale { unlink(path) }
        }
    }
}
