import ErfaringKit
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("Backup and restore", .serialized)
struct BackupRestoreTests {
    private let curriculum = Binary.fixtures.appendingPathComponent("base").path

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func run(_ arguments: [String], _ home: URL, input: String? = nil) throws -> Binary.Result {
        // Only a run that reads standard input needs the real binary.
        guard let input else { return try InProcess.run(arguments, environment: ["ERFARING_HOME": home.path]) }
        return try Binary.run(arguments, environment: ["ERFARING_HOME": home.path], input: input)
    }

    private func mode(_ url: URL) -> Int {
        var info = stat()
        return stat(url.path, &info) == 0 ? Int(info.st_mode & 0o777) : -1
    }

    private func names(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("backup while a shell writes, then restore: the backup's state comes back, the replaced one is kept")
    func roundTrip() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let home = root.appendingPathComponent("data")
        #expect(try run(["profile", "create", "Kari"], home).status == 0)
        // A shell is open and has written to the -wal while the backup is made.
        let shell = try LiveProcess(arguments: ["--curriculum", curriculum], home: home)
        defer { shell.kill9() }
        #expect(shell.wait { $0.contains("Hei, Kari!") })
        shell.type("selvtest")
        shell.type("3")
        #expect(shell.wait { $0.contains("bare på denne maskinen") })
        let database = home.appendingPathComponent("progress.sqlite")
        let saved = try #require(try ProgressStore.eventCountForTesting(database))
        let backup = root.appendingPathComponent("kari.backup")
        let made = try run(["backup", "--out", backup.path], home)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(mode(backup) == 0o600)
        #expect(try names(root) == ["data", "kari.backup"])

        // Restoring refuses while the shell has the database open, and changes nothing.
        let before = try names(home)
        let refused = try run(["restore", backup.path], home)
        #expect(refused.status == 74)
        #expect(refused.stderr.contains("open in another program"))
        #expect(try names(home) == before)
        shell.type("avslutt")
        try shell.finish()

        // More progress after the backup, then a crash that leaves a -wal.
        #expect(try run(["profile", "create", "Ola"], home).status == 0)
        let restored = try run(["restore", backup.path], home)
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout.contains("1 profile"))
        let listing = try run(["profile", "list"], home)
        #expect(listing.stdout.contains("Kari") && !listing.stdout.contains("Ola"))
        #expect(try ProgressStore.eventCountForTesting(database) == saved)
        // The replaced database, with Ola, is kept beside it.
        let kept = try #require(try names(home).first { $0.hasPrefix("progress-before-restore-") && $0.hasSuffix(".sqlite") })
        #expect(mode(home.appendingPathComponent(kept)) == 0o600)
        let old = try ProgressStore(url: home.appendingPathComponent(kept))
        #expect(try old.profiles().map(\.name) == ["Kari", "Ola"])
    }

    @Test("restore removes a stale -wal left by a crash, instead of merging it into the backup")
    func staleWAL() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let home = root.appendingPathComponent("data")
        #expect(try run(["profile", "create", "Kari"], home).status == 0)
        let backup = root.appendingPathComponent("kari.backup")
        #expect(try run(["backup", "--out", backup.path], home).status == 0)
        // A shell killed after writing leaves its -wal.
        let shell = try LiveProcess(arguments: ["--curriculum", curriculum], home: home)
        #expect(shell.wait { $0.contains("Hei, Kari!") })
        shell.type("lang en")
        let database = home.appendingPathComponent("progress.sqlite")
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, try ProgressStore(url: database).profiles().first?.language != .en { usleep(20_000) }
        shell.kill9()
        try shell.finish()
        #expect(try Data(contentsOf: URL(fileURLWithPath: database.path + "-wal")).count > 0)
        #expect(FileManager.default.fileExists(atPath: database.path + "-wal"))
        let restored = try run(["restore", backup.path], home)
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(!FileManager.default.fileExists(atPath: database.path + "-shm"))
        let progress = try run(["progress"], home)
        #expect(progress.status == 0, "\(progress.stderr)")
        #expect(progress.stdout.contains("Fremgang for Kari"))  // the backup's language, not the crashed shell's
    }

    @Test("backup refuses to write over the database or the files beside it, by name or through a link")
    func backupOverItself() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let home = root.appendingPathComponent("data")
        #expect(try run(["profile", "create", "Kari"], home).status == 0)
        let database = home.appendingPathComponent("progress.sqlite")
        let link = root.appendingPathComponent("link.sqlite")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: database)
        let listing = try names(home)
        let inode = try #require(try FileManager.default.attributesOfItem(atPath: database.path)[.systemFileNumber] as? Int)
        for target in [database.path, database.path + "-wal", database.path + "-shm", link.path,
                       home.appendingPathComponent("../data/progress.sqlite").path] {
            let result = try run(["backup", "--out", target], home)
            #expect(result.status == 74, "\(target)")
            #expect(result.stderr.contains("cannot be written over the progress database"), "\(result.stderr)")
            // The same file (not a copy renamed over it), still holding the profile.
            #expect(try FileManager.default.attributesOfItem(atPath: database.path)[.systemFileNumber] as? Int == inode)
            #expect(try run(["profile", "list"], home).stdout.contains("Kari"))
            #expect(try names(home) == listing)
        }
    }

    @Test("restore refuses another program's file, a newer version's, a damaged one and a missing one; nothing changes")
    func refusals() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let home = root.appendingPathComponent("data")
        #expect(try run(["profile", "create", "Kari"], home).status == 0)
        let foreign = root.appendingPathComponent("recipes.sqlite")
        let script = "import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\nc.executescript(sys.argv[2])\nc.commit()\n"
        func sqlite(_ url: URL, _ sql: String) throws {
            let python = ProcessInfo.processInfo.environment["ERFARING_TEST_PYTHON"] ?? "python3"
            let result = try Binary.run(["-c", script, url.path, sql], executable: "/usr/bin/env", python)
            #expect(result.status == 0, "\(result.stderr)")
        }
        try sqlite(foreign, "CREATE TABLE recipe (name TEXT);")
        let newer = root.appendingPathComponent("newer.backup")
        #expect(try run(["backup", "--out", newer.path], home).status == 0)
        try sqlite(newer, "PRAGMA user_version = 999;")
        let damaged = root.appendingPathComponent("notes.txt")
        try Data("not a database\n".utf8).write(to: damaged)
        let database = home.appendingPathComponent("progress.sqlite")
        let bytes = try Data(contentsOf: database)
        let listing = try names(home)
        for (file, reason) in [(foreign, "another program's SQLite database"), (newer, "newer version of Erfaring"),
                               (damaged, "is damaged"), (root.appendingPathComponent("missing"), "no such file")] {
            let result = try run(["restore", file.path], home)
            #expect(result.status == 74, "\(file.lastPathComponent)")
            #expect(result.stderr.contains(reason), "\(result.stderr)")
            #expect(try Data(contentsOf: database) == bytes)
            #expect(try names(home) == listing)
        }
    }
}

extension Binary {
    /// Runs `executable` with `first` and then `arguments` (for the interpreter of a script).
    static func run(_ arguments: [String], executable: String, _ first: String) throws -> Result {
        try run([first] + arguments, executable: executable)
    }
}

extension ProgressStore {
    /// The number of events of the current profile in the database at `url`.
    static func eventCountForTesting(_ url: URL) throws -> Int? {
        let store = try ProgressStore(url: url)
        guard let profile = try store.currentProfile() else { return nil }
        return try store.eventCount(profile: profile.id)
    }
}
