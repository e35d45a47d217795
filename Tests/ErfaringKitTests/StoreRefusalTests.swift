import ErfaringKit
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

private let t0 = Date(timeIntervalSince1970: 1_764_000_000)

/// What the store refuses to open, and that a refusal creates and changes nothing.
@Suite("Progress store refusals")
struct StoreRefusalTests {
    private func names(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// Opens the database at `url`, expecting a refusal whose message contains `needle`, with the
    /// folder's listing and the file's bytes the same afterwards.
    private func expectRefusal(_ url: URL, _ needle: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let folder = url.deletingLastPathComponent()
        let before = try names(folder)
        let bytes = StoreFileType.isRegular(url.path) ? try Data(contentsOf: url) : nil
        do {
            _ = try ProgressStore(url: url)
            Issue.record("the store opened '\(url.lastPathComponent)'", sourceLocation: sourceLocation)
        } catch {
            #expect(error.description.contains(needle), "\(error.description)", sourceLocation: sourceLocation)
            #expect(error.description.contains("has not been changed"), sourceLocation: sourceLocation)
        }
        #expect(try names(folder) == before, sourceLocation: sourceLocation)
        if let bytes { #expect(try Data(contentsOf: url) == bytes, sourceLocation: sourceLocation) }
    }

    @Test("the live connection syncs every transaction: PRAGMA synchronous reads back 2 (FULL)")
    func synchronousFull() throws {
        let temp = try TemporaryFolder()
        let url = temp.url.appendingPathComponent("progress.sqlite")
        #expect(try ProgressStore(url: url).synchronousSetting() == 2)
        let reopened = try ProgressStore(url: url)
        try reopened.createProfile(name: "Kari", language: .nb, id: UUID(), at: t0)
        #expect(try reopened.synchronousSetting() == 2)
    }

    @Test("a folder named progress.sqlite is refused, not a crash")
    func folder() throws {
        let temp = try TemporaryFolder()
        let url = temp.url.appendingPathComponent("progress.sqlite")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        try expectRefusal(url, "is a folder, not a file")
    }

    @Test("a FIFO named progress.sqlite is refused at once, never opened")
    func fifo() throws {
        let temp = try TemporaryFolder()
        let url = temp.url.appendingPathComponent("progress.sqlite")
        #expect(mkfifo(url.path, 0o600) == 0)
        let start = Date()
        try expectRefusal(url, "named pipe (FIFO)")
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test("another program's SQLite database is refused and left as it was")
    func foreignDatabase() throws {
        let temp = try TemporaryFolder()
        let url = temp.url.appendingPathComponent("progress.sqlite")
        try StoreTestFiles.sqlite(url, "CREATE TABLE recipe (name TEXT); INSERT INTO recipe VALUES ('lapskaus');")
        try expectRefusal(url, "another program's SQLite database")
        // Marked as another application's by its application id, even with Erfaring's tables.
        let other = temp.url.appendingPathComponent("other.sqlite")
        try ProgressStore(url: other).createProfile(name: "Kari", language: .nb, id: UUID(), at: t0)
        try StoreTestFiles.sqlite(other, "PRAGMA application_id = 1234;")
        try expectRefusal(other, "another program's SQLite database")
    }

    @Test("a database whose user_version is newer than this program knows is refused, nothing created beside it")
    func newerFormat() throws {
        let temp = try TemporaryFolder()
        let url = temp.url.appendingPathComponent("progress.sqlite")
        try ProgressStore(url: url).createProfile(name: "Kari", language: .nb, id: UUID(), at: t0)
        try StoreTestFiles.sqlite(url, "PRAGMA user_version = 999;")
        #expect(!FileManager.default.fileExists(atPath: url.path + "-wal"))
        try expectRefusal(url, "newer version of Erfaring")
        #expect(!FileManager.default.fileExists(atPath: url.path + "-shm"))
    }

    @Test("a damaged database is refused without a -wal or -shm appearing beside it")
    func damaged() throws {
        let temp = try TemporaryFolder()
        let url = temp.url.appendingPathComponent("progress.sqlite")
        try ProgressStore(url: url).createProfile(name: "Kari", language: .nb, id: UUID(), at: t0)
        var bytes = try Data(contentsOf: url)
        // Overwrite the second page (the first table's root) with noise.
        for index in 4096..<min(bytes.count, 8192) { bytes[index] = UInt8(truncatingIfNeeded: index &* 31) }
        try bytes.write(to: url)
        try expectRefusal(url, "is damaged")
    }

    @Test("a -wal left from another copy of the database is refused, not merged; a crash's own -wal is used")
    func strayWAL() throws {
        let temp = try TemporaryFolder()
        // Kari's shell is open (its -wal holds her events), and Ola's database is closed.
        let kari = temp.url.appendingPathComponent("kari/progress.sqlite")
        let ola = temp.url.appendingPathComponent("ola/progress.sqlite")
        for url in [kari, ola] {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        }
        try ProgressStore(url: ola).createProfile(name: "Ola", language: .nb, id: UUID(), at: t0)
        let open = try ProgressStore(url: kari)
        let profile = try open.createProfile(name: "Kari", language: .nb, id: UUID(), at: t0)
        for index in 0..<20 {
            try open.recordPosition(profile: profile.id, module: "m", lesson: LessonID("l\(index)"), block: "b", at: t0)
        }
        #expect(StoreTestFiles.size(kari.path + "-wal") > 0)

        // A crash leaves Kari's own database and -wal: they belong together and are used.
        let crashed = temp.url.appendingPathComponent("crashed/progress.sqlite")
        try FileManager.default.createDirectory(at: crashed.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: kari, to: crashed)
        try FileManager.default.copyItem(atPath: kari.path + "-wal", toPath: crashed.path + "-wal")
        let recovered = try ProgressStore(url: crashed)
        #expect(try recovered.eventCount(profile: profile.id) == 21)
        // The same crash's folder copied with `cp -a` an hour later: the times of the last writes
        // are kept (the database before its -wal), the change times are new. Still used.
        let copied = temp.url.appendingPathComponent("copied/progress.sqlite")
        try FileManager.default.createDirectory(at: copied.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: kari, to: copied)
        try FileManager.default.copyItem(atPath: kari.path + "-wal", toPath: copied.path + "-wal")
        var databaseWritten = [timeval(tv_sec: time(nil) - 3700, tv_usec: 0), timeval(tv_sec: time(nil) - 3700, tv_usec: 0)]
        var walWritten = [timeval(tv_sec: time(nil) - 3600, tv_usec: 0), timeval(tv_sec: time(nil) - 3600, tv_usec: 0)]
        #expect(utimes(copied.path, &databaseWritten) == 0 && utimes(copied.path + "-wal", &walWritten) == 0)
        #expect(try ProgressStore(url: copied).eventCount(profile: profile.id) == 21)

        // Ola's backup copied back beside Kari's -wal: refused, and both files stay as they were.
        try FileManager.default.copyItem(atPath: kari.path + "-wal", toPath: ola.path + "-wal")
        try expectRefusal(ola, "belongs to another copy of the database")
        #expect(try Data(contentsOf: URL(fileURLWithPath: ola.path + "-wal")) == Data(contentsOf: URL(fileURLWithPath: kari.path + "-wal")))
        // Kari's own older copy put back beside today's -wal (written an hour before the copy):
        // refused too, although the profiles agree.
        let restored = temp.url.appendingPathComponent("restored/progress.sqlite")
        try FileManager.default.createDirectory(at: restored.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: kari.path + "-wal", toPath: restored.path + "-wal")
        var hourAgo = [timeval(tv_sec: time(nil) - 3600, tv_usec: 0), timeval(tv_sec: time(nil) - 3600, tv_usec: 0)]
        #expect(utimes(restored.path + "-wal", &hourAgo) == 0)
        try FileManager.default.copyItem(at: kari, to: restored)
        try expectRefusal(restored, "belongs to another copy of the database")

        // Moving the -wal aside, as the message says, makes Ola's database usable again.
        try FileManager.default.moveItem(atPath: ola.path + "-wal", toPath: ola.path + "-wal.old")
        let olaStore = try ProgressStore(url: ola)
        #expect(try olaStore.profiles().map(\.name) == ["Ola"])
        #expect(try olaStore.integrityCheck() == ["ok"])
    }

    @Test("a checkpoint cut short (main file incomplete alone, its -wal whole) is recovered, not refused as damaged")
    func checkpointCutShort() throws {
        let temp = try TemporaryFolder()
        let live = temp.url.appendingPathComponent("live/progress.sqlite")
        let whole = temp.url.appendingPathComponent("whole/progress.sqlite")
        let cut = temp.url.appendingPathComponent("cut/progress.sqlite")
        for url in [live, whole, cut] {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        }
        // An open shell whose -wal holds every event since the database was made.
        let open = try ProgressStore(url: live)
        let profile = try open.createProfile(name: "Kari", language: .nb, id: UUID(), at: t0)
        for index in 0..<400 {
            try open.saveReflection(profile: profile.id, module: "m", lesson: LessonID("l\(index)"), block: "b",
                                    text: String(repeating: "tanke \(index) ", count: 20), at: t0)
        }
        let mainBefore = try Data(contentsOf: live)
        let wal = try Data(contentsOf: URL(fileURLWithPath: live.path + "-wal"))
        // The same pair once SQLite has copied the -wal back: the main file it was on its way to.
        try mainBefore.write(to: whole)
        try wal.write(to: URL(fileURLWithPath: whole.path + "-wal"))
        #expect(try ProgressStore(url: whole).eventCount(profile: profile.id) == 401)
        let mainAfter = try Data(contentsOf: whole)
        #expect(mainAfter.count > mainBefore.count + 8192, "the -wal holds pages past the old end of the file")
        // The disk filled during that copy: the main file has its new first pages but stops
        // where the old file ended; the -wal was never reset.
        try mainAfter.prefix(mainBefore.count).write(to: cut)
        try wal.write(to: URL(fileURLWithPath: cut.path + "-wal"))
        let recovered = try ProgressStore(url: cut)
        #expect(try recovered.eventCount(profile: profile.id) == 401)
        #expect(try recovered.integrityCheck() == ["ok"])
        #expect(try recovered.reflections(profile: profile.id).count == 400)

        // The same cut file beside the -wal of another learner's database: not merged, refused.
        let ola = temp.url.appendingPathComponent("ola/progress.sqlite")
        let foreign = temp.url.appendingPathComponent("foreign/progress.sqlite")
        for url in [ola, foreign] {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        }
        let olaStore = try ProgressStore(url: ola)
        let olaProfile = try olaStore.createProfile(name: "Ola", language: .nb, id: UUID(), at: t0)
        for index in 0..<50 {
            try olaStore.recordPosition(profile: olaProfile.id, module: "m", lesson: LessonID("l\(index)"), block: "b", at: t0)
        }
        try mainAfter.prefix(mainBefore.count).write(to: foreign)
        try Data(contentsOf: URL(fileURLWithPath: ola.path + "-wal")).write(to: URL(fileURLWithPath: foreign.path + "-wal"))
        try expectRefusal(foreign, "is damaged")
    }

    @Test("a database file made read-only is refused, not written")
    func readOnlyFile() throws {
        let temp = try TemporaryFolder()
        let url = temp.url.appendingPathComponent("progress.sqlite")
        try ProgressStore(url: url).createProfile(name: "Kari", language: .nb, id: UUID(), at: t0)
        #expect(chmod(url.path, 0o400) == 0)
        try expectRefusal(url, "is read-only")
        #expect(StoreTestFiles.mode(url.path) == 0o400)
    }

    @Test("a data folder made read-only is refused, not made writable again")
    func readOnlyFolder() throws {
        let temp = try TemporaryFolder()
        let location = DataLocation(folder: temp.url.appendingPathComponent("data"))
        try location.prepare()
        try ProgressStore(url: location.database).createProfile(name: "Kari", language: .nb, id: UUID(), at: t0)
        #expect(chmod(location.folder.path, 0o500) == 0)
        defer { chmod(location.folder.path, 0o700) }
        do {
            try location.prepare()
            Issue.record("a read-only folder was accepted")
        } catch {
            #expect(error.description.contains("the data folder is read-only"))
            #expect(error.description.contains("chmod u+rwx"))
        }
        #expect(StoreTestFiles.mode(location.folder.path) == 0o500)
        // A folder open to others is still tightened to the owner's access.
        #expect(chmod(location.folder.path, 0o755) == 0)
        try location.prepare()
        #expect(StoreTestFiles.mode(location.folder.path) == 0o700)
    }
}

/// Small file helpers for the store tests.
enum StoreTestFiles {
    /// Runs SQL on a file through the system's sqlite3 library (Python's module), as another
    /// program would.
    static func sqlite(_ url: URL, _ sql: String) throws {
        let script = "import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\nc.executescript(sys.argv[2])\nc.commit()\nc.close()\n"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [ProcessInfo.processInfo.environment["ERFARING_TEST_PYTHON"] ?? "python3", "-c", script, url.path, sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    static func size(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : -1
    }

    static func mode(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_mode & 0o7777) : -1
    }
}

enum StoreFileType {
    static func isRegular(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }
}
