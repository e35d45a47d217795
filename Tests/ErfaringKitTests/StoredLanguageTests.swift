@testable import ErfaringKit
import Foundation
import Testing

/// ``ProgressStore/storedLanguage(at:)``: read-only, never migrating or writing.
@Suite("Stored language")
struct StoredLanguageTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stored-language-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func snapshot(_ url: URL) throws -> (Data, Date?) {
        let date = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
        return (try Data(contentsOf: url), date)
    }

    private func leftovers(_ url: URL) -> [String] {
        ["-wal", "-shm", "-journal"].filter { FileManager.default.fileExists(atPath: url.path + $0) }
    }

    @Test("a Norwegian profile is read; the file's bytes and mtime stay as they were, no -wal/-shm left")
    func readsWithoutWriting() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("progress.sqlite")
        do {
            let store = try ProgressStore(url: url)
            try store.createProfile(name: "Kari", language: .nb, id: UUID(), at: Date(timeIntervalSince1970: 1))
            try store.createProfile(name: "Bob", language: .en, id: UUID(), at: Date(timeIntervalSince1970: 2))
            let kari = try #require(try store.profiles().first { $0.name == "Kari" })
            try store.useProfile(kari.id)
        }
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
        let before = try snapshot(url)
        #expect(leftovers(url).isEmpty, "before")
        Thread.sleep(forTimeInterval: 0.01)
        #expect(ProgressStore.storedLanguage(at: url) == .nb)
        let after = try snapshot(url)
        #expect(before.0 == after.0)
        #expect(before.1 == after.1)
        #expect(leftovers(url).isEmpty)
    }

    @Test("with the store still open, a profile in its -wal (not yet copied into the file) is read")
    func readsWhatTheWalHolds() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("progress.sqlite")
        let store = try ProgressStore(url: url)
        try store.createProfile(name: "Kari", language: .nb, id: UUID(), at: Date(timeIntervalSince1970: 1))
        let walSize = try FileManager.default.attributesOfItem(atPath: url.path + "-wal")[.size] as? Int
        #expect((walSize ?? 0) > 0, "the profile is in the -wal")
        #expect(ProgressStore.storedLanguage(at: url) == .nb)
        try store.createProfile(name: "Bob", language: .en, id: UUID(), at: Date(timeIntervalSince1970: 2))
        let bob = try #require(try store.profiles().first { $0.name == "Bob" })
        try store.useProfile(bob.id)
        #expect(ProgressStore.storedLanguage(at: url) == .en, "the profile chosen last")
    }

    @Test("an older schema, garbage or no file is 'no stored language', and the file is left untouched")
    func unreadable() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("none.sqlite")
        #expect(ProgressStore.storedLanguage(at: missing) == nil)
        #expect(!FileManager.default.fileExists(atPath: missing.path))
        let garbage = dir.appendingPathComponent("garbage.sqlite")
        try Data("this is not a database at all, just words".utf8).write(to: garbage)
        let old = dir.appendingPathComponent("old.sqlite")
        // An older schema: a profile table but none of the migrations recorded.
        let sqlite = try #require(ProcessInfo.processInfo.environment["PATH"].map { _ in "/usr/bin/sqlite3" })
        if FileManager.default.isExecutableFile(atPath: sqlite) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: sqlite)
            process.arguments = [old.path, "CREATE TABLE profile (id TEXT PRIMARY KEY, name TEXT, language TEXT, createdAt REAL); INSERT INTO profile VALUES ('a', 'Kari', 'nb', 1);"]
            try process.run()
            process.waitUntilExit()
        }
        for url in [garbage, old] where FileManager.default.fileExists(atPath: url.path) {
            let before = try snapshot(url)
            #expect(ProgressStore.storedLanguage(at: url) == nil)
            let after = try snapshot(url)
            #expect(before.0 == after.0)
            #expect(before.1 == after.1)
            #expect(leftovers(url).isEmpty)
        }
    }
}
