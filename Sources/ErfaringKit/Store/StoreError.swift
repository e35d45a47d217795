/// Why the progress database cannot be used. Each message says what happened, that nothing was
/// changed, and what to do.
public enum StoreError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file is not a SQLite database, or SQLite found it corrupt.
    case damaged(path: String, detail: String)
    /// The file was written by a newer version of Erfaring.
    case newerSchema(path: String, unknown: [String])
    /// The folder or file cannot be created or opened.
    case io(path: String, detail: String)
    /// The file cannot be used as it is (a folder, a FIFO, read-only, another program's database,
    /// a `-wal` from another copy); `advice` says what to do.
    case unusable(path: String, detail: String, advice: String)
    /// A profile, attempt or other record named by the caller does not exist.
    case notFound(String)

    public var description: String {
        switch self {
        case .damaged(let path, let detail):
            return "the progress database '\(path)' is damaged (\(detail)). It has not been changed. "
                + "Move it aside, for example with: mv '\(path)' '\(path).damaged' — then start again, "
                + "or put back a backup copy."
        case .newerSchema(let path, let unknown):
            return "the progress database '\(path)' was written by a newer version of Erfaring "
                + "(it has \(unknown.map { "'\($0)'" }.joined(separator: ", "))). It has not been changed. "
                + "Install the newer version, or use another folder with ERFARING_HOME."
        case .unusable(let path, let detail, let advice):
            return "cannot use '\(path)': \(detail). It has not been changed. \(advice)"
        case .io(let path, let detail):
            return "cannot use '\(path)': \(detail)"
        case .notFound(let what):
            return "\(what) does not exist"
        }
    }
}
