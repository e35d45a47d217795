import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a learner's data lives: `$ERFARING_HOME`, else `$XDG_DATA_HOME/erfaring`, else
/// `~/.local/share/erfaring`. The folder is created with mode 0700.
public struct DataLocation: Sendable, Hashable {
    public var folder: URL

    public init(folder: URL) { self.folder = folder }

    public static func resolve(environment: [String: String]) throws(StoreError) -> DataLocation {
        if let home = environment["ERFARING_HOME"], !home.isEmpty {
            return DataLocation(folder: URL(fileURLWithPath: home))
        }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return DataLocation(folder: URL(fileURLWithPath: xdg).appendingPathComponent("erfaring"))
        }
        guard let home = environment["HOME"], !home.isEmpty else {
            throw .io(path: "~", detail: "HOME is not set; set ERFARING_HOME to the folder for your progress")
        }
        return DataLocation(folder: URL(fileURLWithPath: home).appendingPathComponent(".local/share/erfaring"))
    }

    public var database: URL { folder.appendingPathComponent("progress.sqlite") }
    /// The command history of one profile's shell sessions: each learner on a shared machine
    /// recalls only their own commands with the arrow keys.
    public func history(profile id: String) -> URL { folder.appendingPathComponent("history-\(id)") }

    /// Creates the folder (0700) if needed. An existing folder loses any access for group and
    /// others; one its owner made read-only is refused, never made writable behind their back.
    public func prepare() throws(StoreError) {
        let path = folder.path
        if let mode = StoreFile.mode(path) {
            guard mode & S_IFMT == S_IFDIR else {
                throw .unusable(path: path, detail: "the data folder is a file, not a folder",
                                advice: "Move it aside or set ERFARING_HOME to another folder.")
            }
            guard mode & S_IWUSR != 0, mode & S_IXUSR != 0 else {
                throw .unusable(path: path, detail: "the data folder is read-only",
                                advice: "Make it writable again (chmod u+rwx '\(path)') or set ERFARING_HOME to another folder.")
            }
            if mode & 0o077 != 0 { chmod(path, mode & 0o700) }
            return
        }
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            chmod(path, 0o700)
        } catch {
            throw .io(path: path, detail: "cannot create the folder (\(error.localizedDescription))")
        }
    }

    /// Creates `url` empty with mode 0600 if it does not exist, so that no other user can ever
    /// read it, not even for a moment.
    public static func createPrivateFile(_ url: URL) throws(StoreError) {
        let descriptor = open(url.path, O_CREAT | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw .io(path: url.path, detail: String(cString: strerror(errno)))
        }
        close(descriptor)
    }
}
