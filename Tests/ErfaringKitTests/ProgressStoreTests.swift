import ErfaringKit
import ErfaringTestSupport
import Foundation
import Testing

/// A fresh data folder under the temporary directory, removed at the end.
struct TemporaryFolder: ~Copyable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

private let t0 = Date(timeIntervalSince1970: 1_764_000_000)

@Suite("Progress store")
struct ProgressStoreTests {
    private func permissions(_ url: URL) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
    }

    @Test("the data folder is 0700 and the database 0600")
    func modes() throws {
        let temp = try TemporaryFolder()
        let location = DataLocation(folder: temp.url.appendingPathComponent("data"))
        try location.prepare()
        let store = try ProgressStore(url: location.database)
        try store.createProfile(name: "Kari", language: .nb, id: UUID(), at: t0)
        #expect(try permissions(location.folder) == 0o700)
        #expect(try permissions(location.database) == 0o600)
    }

    @Test("the data folder follows ERFARING_HOME, then XDG_DATA_HOME, then HOME")
    func location() throws {
        #expect(try DataLocation.resolve(environment: ["ERFARING_HOME": "/a", "XDG_DATA_HOME": "/b", "HOME": "/c"]).folder.path == "/a")
        #expect(try DataLocation.resolve(environment: ["XDG_DATA_HOME": "/b", "HOME": "/c"]).folder.path == "/b/erfaring")
        #expect(try DataLocation.resolve(environment: ["HOME": "/c"]).folder.path == "/c/.local/share/erfaring")
        #expect(throws: StoreError.self) { try DataLocation.resolve(environment: [:]) }
    }

    @Test("profiles: create, list, use by name or id prefix, language kept")
    func profiles() throws {
        let store = try ProgressStore.inMemory()
        #expect(try store.currentProfile() == nil)
        let kari = try store.createProfile(name: "Kari", language: .nb, id: UUID(), at: t0)
        let ola = try store.createProfile(name: "Ola", language: .en, id: UUID(), at: t0.addingTimeInterval(1))
        #expect(try store.profiles().map(\.name) == ["Kari", "Ola"])
        #expect(try store.currentProfile()?.id == ola.id)
        try store.useProfile("Kari")
        #expect(try store.currentProfile()?.id == kari.id)
        try store.useProfile(String(ola.id.prefix(8)))
        #expect(try store.currentProfile()?.id == ola.id)
        #expect(throws: StoreError.self) { try store.useProfile("nobody") }
        try store.setLanguage(.nb, profile: ola.id, at: t0)
        #expect(try store.profile(id: ola.id)?.language == .nb)
        #expect(UUID(uuidString: kari.id) != nil)
    }

    @Test("reading position, lessons done, a quiz attempt and its review cards")
    func learning() throws {
        let store = try ProgressStore.inMemory()
        let curriculum = try fixtureCurriculum()
        let module = try #require(curriculum.module("basics"))
        let quiz = try #require(curriculum.quiz(for: "basics"))
        let profile = try store.createProfile(name: "Kari", language: .nb, id: UUID(), at: t0).id
        try store.recordPosition(profile: profile, module: "basics", lesson: "first", block: "case", at: t0)
        var snapshot = try store.snapshot(profile: profile, at: t0)
        #expect(snapshot.modules["basics"]?.blockID == "case")
        #expect(snapshot.lastModuleID == "basics")
        try store.markLessonDone(profile: profile, module: "basics", lesson: "first", at: t0)
        let draw = QuizDraw(quiz: quiz, seed: 3)
        let attempt = try store.startAttempt(profile: profile, module: "basics", draw: draw, seed: 3, id: UUID(), at: t0)
        #expect(try store.openAttempt(profile: profile, module: "basics")?.draw == draw)
        var answers: [(questionID: String, correct: Bool)] = []
        for (index, item) in draw.items.enumerated() {
            let correct = index > 0
            let first = try store.recordAnswer(profile: profile, attempt: attempt.id, module: "basics",
                                               question: QuestionID(item.questionID), response: ["x"], correct: correct,
                                               rating: correct ? .good : .again, scheduler: .default, at: t0)
            let again = try store.recordAnswer(profile: profile, attempt: attempt.id, module: "basics",
                                               question: QuestionID(item.questionID), response: ["y"], correct: !correct,
                                               rating: .good, scheduler: .default, at: t0)
            #expect(first == .recorded)
            #expect(again == .alreadyAnswered(QuizAnswerRecord(questionID: item.questionID, response: ["x"],
                                                               correct: correct, answeredAt: t0)))
            answers.append((item.questionID, correct))
        }
        let stored = try #require(try store.openAttempt(profile: profile, module: "basics"))
        #expect(stored.answers.count == draw.items.count)
        #expect(stored.answers.values.allSatisfy { $0.response == ["x"] })
        let result = try store.finishAttempt(profile: profile, attempt: attempt.id, module: "basics", grade: { stored in
            QuizResult(module: module, quiz: quiz, answers: draw.items.compactMap { item in stored[item.questionID].map { (item.questionID, $0) } })
        }, at: t0)
        #expect(result == QuizResult(module: module, quiz: quiz, answers: answers))
        #expect(try store.openAttempt(profile: profile, module: "basics") == nil)
        snapshot = try store.snapshot(profile: profile, at: t0)
        #expect(snapshot.modules["basics"]?.attempts == 1)
        #expect(snapshot.modules["basics"]?.bestScore == result.score)
        #expect(!result.passed)  // 3 of 4 is below the pass mark of 0.8
        #expect(snapshot.modules["basics"]?.passedAt == nil)
        #expect(snapshot.modules["basics"]?.lessonsDone == ["first"])
        #expect(try store.reviewCards(profile: profile).count == draw.items.count)
        // New cards are in FSRS learning steps: the wrong answer (Again) is due after 1 minute,
        // the right ones (Good) after 10; none is due at once.
        #expect(try store.dueCards(profile: profile, at: t0).isEmpty)
        let soon = try store.dueCards(profile: profile, at: t0.addingTimeInterval(3600))
        #expect(soon.count == 4)
        #expect(soon.first?.questionID == draw.items[0].questionID)
        #expect(soon.first?.card.due == t0.addingTimeInterval(60))
        #expect(try store.snapshot(profile: profile, at: t0.addingTimeInterval(3600)).dueReviews == 4)
        try store.recordReview(profile: profile, module: "basics", question: QuestionID(draw.items[0].questionID), rating: .good,
                               correct: true, scheduler: .default, at: t0.addingTimeInterval(3600))
        #expect(try store.dueCards(profile: profile, at: t0.addingTimeInterval(3600)).count == 3)
        let second = try store.startAttempt(profile: profile, module: "basics", draw: draw, seed: 3, id: UUID(),
                                            at: t0.addingTimeInterval(7200))
        for item in draw.items {
            try store.recordAnswer(profile: profile, attempt: second.id, module: "basics", question: QuestionID(item.questionID),
                                   response: ["x"], correct: true, rating: .good, scheduler: .default,
                                   at: t0.addingTimeInterval(7200))
        }
        let all = try store.finishAttempt(profile: profile, attempt: second.id, module: "basics", grade: { stored in
            QuizResult(module: module, quiz: quiz, answers: stored.map { ($0.key, $0.value) })
        }, at: t0.addingTimeInterval(7200))
        #expect(all.passed)
        snapshot = try store.snapshot(profile: profile, at: t0.addingTimeInterval(7200))
        #expect(snapshot.modules["basics"]?.passedAt == t0.addingTimeInterval(7200))
        #expect(snapshot.modules["basics"]?.bestScore == 1)
        #expect(snapshot.modules["basics"]?.attempts == 2)
        let kinds = try store.events(profile: profile).map(\.kind)
        #expect(kinds.first == .profileCreated)
        #expect(kinds.filter { $0 == .questionAnswered }.count == 2 * draw.items.count)
        #expect(kinds.last == .quizFinished)
        #expect(kinds.contains(.cardReviewed))
    }

    @Test("reflections and readiness stay in their own tables; events record only that they happened")
    func privateData() throws {
        let store = try ProgressStore.inMemory()
        let profile = try store.createProfile(name: "Kari", language: .nb, id: UUID(), at: t0).id
        try store.saveReflection(profile: profile, module: "basics", lesson: "first", block: "reflect",
                                 text: "PRIVATE-MARKER min tanke", at: t0)
        try store.saveReflection(profile: profile, module: "basics", lesson: "first", block: "reflect",
                                 text: "andre", at: t0.addingTimeInterval(5))
        #expect(try store.reflections(profile: profile).map(\.text) == ["andre", "PRIVATE-MARKER min tanke"])
        try store.saveReadiness(profile: profile, ratings: ["say-no": 2], at: t0)
        #expect(try store.readiness(profile: profile) == ["say-no": 2])
        let events = try store.events(profile: profile)
        let encoded = String(decoding: try JSONEncoder().encode(events), as: UTF8.self)
        #expect(!encoded.contains("PRIVATE-MARKER"))
    }

    @Test("an imported assignment is stored and replaced by a re-import")
    func assignments() throws {
        let store = try ProgressStore.inMemory()
        let profile = try store.createProfile(name: "Kari", language: .nb, id: UUID(), at: t0).id
        var assignment = Assignment(id: "host-2026", cohort: "Høst 2026", message: "Velkommen", contact: "Anne",
                                    items: [.init(moduleID: "basics", due: "2026-12-01")])
        try store.importAssignment(assignment, profile: profile, at: t0)
        assignment.items.append(.init(moduleID: "next-steps", due: "2026-12-15"))
        try store.importAssignment(assignment, profile: profile, at: t0)
        let stored = try store.assignments(profile: profile)
        #expect(stored.count == 1)
        #expect(stored.first?.items.map(\.moduleID) == ["basics", "next-steps"])
    }

    @Test("a file that is not a database is refused and left byte for byte unchanged")
    func damaged() throws {
        let temp = try TemporaryFolder()
        let url = temp.url.appendingPathComponent("p.sqlite")
        let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        try garbage.write(to: url)
        #expect(throws: StoreError.damaged(path: url.path, detail: "it is not a SQLite database")) {
            try ProgressStore(url: url)
        }
        #expect(try Data(contentsOf: url) == garbage)
    }

    @Test("a database with a corrupted page is refused and left unchanged")
    func corruptPage() throws {
        let temp = try TemporaryFolder()
        let url = temp.url.appendingPathComponent("p.sqlite")
        do {
            let store = try ProgressStore(url: url)
            let profile = try store.createProfile(name: "Kari", language: .nb, id: UUID(), at: t0).id
            for index in 0..<300 {
                try store.saveReflection(profile: profile, module: "m", lesson: "l", block: "b",
                                         text: String(repeating: "tekst \(index) ", count: 20), at: t0)
            }
        }
        var bytes = [UInt8](try Data(contentsOf: url))
        #expect(bytes.count > 8192 * 4)
        for index in 8192..<(8192 + 4096) { bytes[index] = 0xA5 }
        try Data(bytes).write(to: url)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
        let error = #expect(throws: StoreError.self) { try ProgressStore(url: url) }
        if case .damaged = error {} else { Issue.record("expected .damaged, got \(String(describing: error))") }
        #expect([UInt8](try Data(contentsOf: url)) == bytes)
    }

    @Test("a database from a newer version is refused and left unchanged")
    func newerSchema() throws {
        let temp = try TemporaryFolder()
        let url = temp.url.appendingPathComponent("p.sqlite")
        do {
            let store = try ProgressStore(url: url)
            try store.createProfile(name: "Kari", language: .nb, id: UUID(), at: t0)
        }
        try ProgressStore.insertMigrationForTesting("v99-from-the-future", url: url)
        let before = try Data(contentsOf: url)
        #expect(throws: StoreError.newerSchema(path: url.path, unknown: ["v99-from-the-future"])) {
            try ProgressStore(url: url)
        }
        #expect(try Data(contentsOf: url) == before)
    }

    @Test("two stores on one file, writing at once, lose nothing")
    func concurrentWriters() async throws {
        let temp = try TemporaryFolder()
        let url = temp.url.appendingPathComponent("p.sqlite")
        let first = try ProgressStore(url: url)
        let profile = try first.createProfile(name: "Kari", language: .nb, id: UUID(), at: t0).id
        let second = try ProgressStore(url: url)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for store in [first, second] {
                group.addTask {
                    for index in 0..<200 {
                        try store.recordPosition(profile: profile, module: "basics", lesson: "first",
                                                 block: "b\(index)", at: t0)
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try first.eventCount(profile: profile) == 401)
        #expect(try second.integrityCheck() == ["ok"])
    }

    @Test("every migration this version does not know is named, sorted, and none it knows")
    func severalNewerMigrations() throws {
        let temp = try TemporaryFolder()
        let url = temp.url.appendingPathComponent("p.sqlite")
        do { _ = try ProgressStore(url: url) }
        try ProgressStore.insertMigrationForTesting("v9-later", url: url)
        try ProgressStore.insertMigrationForTesting("v10-latest", url: url)
        let before = try Data(contentsOf: url)
        #expect(throws: StoreError.newerSchema(path: url.path, unknown: ["v10-latest", "v9-later"])) {
            try ProgressStore(url: url)
        }
        #expect(try Data(contentsOf: url) == before)
    }

    @Test("an in-memory store is migrated, records events and reads them back")
    func inMemory() throws {
        let store = try ProgressStore.inMemory()
        let profile = try store.createProfile(name: "Kari", language: .en, id: UUID(), at: t0).id
        try store.recordPosition(profile: profile, module: "basics", lesson: "first", block: "b", at: t0)
        #expect(try store.eventCount(profile: profile) == 2)
        #expect(try store.moduleProgress(profile: profile)["basics"]?.lessonID == "first")
        #expect(try store.integrityCheck() == ["ok"])
        #expect(try store.profile(id: profile)?.language == .en)
    }

    @Test("typed ids are written and read as their plain strings")
    func typedIDs() throws {
        let ids = [ModuleID("basics"), "recovery"]
        let json = String(decoding: try JSONEncoder().encode(ids), as: UTF8.self)
        #expect(json == #"["basics","recovery"]"#)
        #expect(try JSONDecoder().decode([ModuleID].self, from: Data(json.utf8)) == ids)
        #expect(QuestionID("q1").rawValue == "q1" && LessonID(rawValue: "l").description == "l")
        #expect(ModuleID("a") < ModuleID("b"))
    }
}
