import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads the folders and files of a curriculum with bounded work: a file's size is checked
/// with `stat` before a byte of it is read, only regular files are opened (a FIFO would block),
/// and a folder that cannot be listed is an I/O error, never an empty folder.
enum CurriculumFileReader {
    /// The `.yaml` names in `directory`, sorted; none when the folder does not exist.
    static func yamlNames(in directory: URL) throws(CurriculumReadError) -> [String] {
        var info = stat()
        guard stat(directory.path, &info) == 0 else {
            if errno == ENOENT { return [] }
            throw failure("cannot read folder", directory)
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw CurriculumReadError(description: "'\(TextChecks.terminalSafe(directory.path))' is not a folder")
        }
        guard let handle = opendir(directory.path) else { throw failure("cannot read folder", directory) }
        defer { closedir(handle) }
        var names: [String] = []
        errno = 0
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(".yaml") { names.append(name) }
        }
        if errno != 0 { throw failure("cannot read folder", directory) }
        return names.sorted()
    }

    /// The bytes of `url`, or only its size when it is larger than `limit`.
    static func read(_ url: URL, limit: Int) throws(CurriculumReadError) -> (bytes: [UInt8], unreadSize: Int?) {
        var info = stat()
        guard stat(url.path, &info) == 0 else { throw failure("cannot read", url) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw CurriculumReadError(description: "'\(TextChecks.terminalSafe(url.path))' is not a regular file")
        }
        if Int(info.st_size) > limit { return ([], Int(info.st_size)) }
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("cannot read", url) }
        defer { close(descriptor) }
        // Room for one byte more than `stat` said, so a file that grew since is noticed; reading
        // stops one byte past the limit whatever happens.
        var bytes = [UInt8](repeating: 0, count: min(Int(info.st_size), limit) + 1)
        var total = 0
        while true {
            if total == bytes.count {
                guard bytes.count <= limit else { break }
                bytes += [UInt8](repeating: 0, count: min(bytes.count, limit + 1 - bytes.count))
            }
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.read(descriptor, base + total, buffer.count - total)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("cannot read", url)
            }
            if count == 0 { break }
            total += count
        }
        if total > limit { return ([], total) }
        bytes.removeSubrange(total...)
        return (bytes, nil)
    }

    private static func failure(_ what: String, _ url: URL) -> CurriculumReadError {
        let reason = String(cString: strerror(errno)).lowercased()
        return CurriculumReadError(description: "\(what) '\(TextChecks.terminalSafe(url.path))': \(reason)")
    }
}
