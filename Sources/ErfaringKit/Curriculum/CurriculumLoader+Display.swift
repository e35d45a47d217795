import Foundation

extension CurriculumLoader {
    /// The prefix that makes a root-relative path readable from `directory`: empty for the
    /// working directory itself, a relative folder below it, the absolute path otherwise.
    public static func displayPrefix(for root: URL, from directory: URL) -> String {
        let rootPath = root.standardizedFileURL.path
        let base = directory.standardizedFileURL.path
        if rootPath == base { return "" }
        if rootPath.hasPrefix(base + "/") { return String(rootPath.dropFirst(base.count + 1)) + "/" }
        return rootPath + "/"
    }
}

extension CurriculumFile {
    /// The same file with `prefix` put before its display path.
    public func prefixed(_ prefix: String) -> CurriculumFile {
        CurriculumFile(path: prefix + path, role: role, bytes: bytes, unreadSize: unreadSize)
    }
}
