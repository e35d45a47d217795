import ErfaringKit
import Foundation
import Testing

private let t0 = Date(timeIntervalSince1970: 1_764_000_000)

/// The rules of what a facilitator's report counts from learners' export files, in-process.
@Suite("Cohort exports: what a report counts")
struct CohortExportsTests {
    /// An export of a learner who finished `lessons` lessons of the first module, read from a real store.
    private func export(lessons: Int, includeName: Bool = false, includePrivate: Bool = false) throws
        -> (ProgressExport, Curriculum) {
        let curriculum = try fixtureCurriculum()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cohort-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: url) }
        let store = try ProgressStore(url: url)
        let profile = try store.createProfile(name: "Kari", language: .nb, id: UUID(), at: t0)
        let module = try #require(curriculum.modules.first)
        for lesson in module.lessons.prefix(lessons) {
            try store.markLessonDone(profile: profile.id, module: module.moduleID, lesson: lesson.lessonID, at: t0)
        }
        try store.saveReflection(profile: profile.id, module: module.moduleID, lesson: "x", block: "r", text: "tanker", at: t0)
        let export = try ProgressExport.make(from: store, profile: profile, curriculum: curriculum,
                                             includeName: includeName, includePrivate: includePrivate, at: t0)
        return (export, curriculum)
    }

    @Test("the export carries the name and the reflections only when asked")
    func privacy() throws {
        let (plain, _) = try export(lessons: 1)
        #expect(plain.learner.name == nil && plain.`private` == nil)
        let (full, _) = try export(lessons: 1, includeName: true, includePrivate: true)
        #expect(full.learner.name == "Kari")
        #expect(full.`private`?.reflections.map(\.text) == ["tanker"])
        #expect(full.exportedAt == t0)
    }

    @Test("xAPI statements and broken JSON are refused with a message naming the file")
    func decode() throws {
        let statement = #"[{"actor": {}, "verb": {}, "object": {}}]"#
        #expect(CohortExports.isXAPI(Data(statement.utf8)))
        #expect(throws: CohortExports.InvalidExport.self) { try CohortExports.decode(Data(statement.utf8), file: "kari.json") }
        do {
            _ = try CohortExports.decode(Data("{".utf8), file: "per\u{1B}.json")
            Issue.record("broken JSON was read")
        } catch {
            #expect(error.description.hasPrefix("'per"))
            #expect(!error.description.contains("\u{1B}"))
        }
        let (good, _) = try export(lessons: 1)
        let data = try ProgressExport.encoder.encode(good)
        #expect(!CohortExports.isXAPI(data))
        #expect(try CohortExports.decode(data, file: "kari.json").learner.id == good.learner.id)
    }

    @Test("another course, an older export and modules the course lacks are left out, each with a message")
    func selection() throws {
        let (export, curriculum) = try export(lessons: 1)
        var older = export
        older.exportedAt = t0.addingTimeInterval(-60)
        var other = export
        other.course.id = "another-course"
        other.learner.id = "someone-else"
        var unknown = export
        unknown.learner.id = "ola"
        try #require(!unknown.modules.isEmpty)
        unknown.modules[0].id = "gone"
        let selection = CohortExports.select([("old.json", older), ("new.json", export), ("other.json", other),
                                              ("ola.json", unknown)], curriculum: curriculum)
        #expect(selection.newest.map(\.file) == ["new.json", "ola.json"])
        #expect(selection.otherCourse?.contains("'other.json' (course 'another-course')") == true)
        #expect(selection.older?.contains("left out 1 older export") == true && selection.older?.contains("old.json") == true)
        #expect(selection.unknownModules.count == 1 && selection.unknownModules[0].contains("'ola.json' has progress in module 'gone'"))
        #expect(selection.ties.isEmpty)
    }

    @Test("a tie goes to the export with more progress, whatever the order of the files; the same export counts once")
    func ties() throws {
        let (less, _) = try export(lessons: 1)
        var more = less
        try #require(!more.modules.isEmpty)
        more.modules[0].lessonsDone += 1
        for order in [[("a.json", less), ("b.json", more)], [("b.json", more), ("a.json", less)]] {
            let result = CohortExports.newestPerLearner(order)
            #expect(result.newest.map(\.file) == ["b.json"])
            #expect(result.ties.count == 1 && result.ties[0].contains("counted 'b.json', which shows more progress"))
        }
        let same = CohortExports.newestPerLearner([("a.json", less), ("copy.json", less)])
        #expect(same.newest.map(\.file) == ["a.json"])
        #expect(same.ties.first?.contains("they are the same export; counted once") == true)
    }

    @Test("an export without quiz answers is left out of the item analysis with a note")
    func firstAttempts() throws {
        var (export, _) = try export(lessons: 1)
        #expect(export.quizAnswers != nil)
        let kept = CohortExports.firstAttempts([("kari.json", export)])
        #expect(kept.learners.map(\.id) == [export.learner.id] && kept.leftOut.isEmpty)
        export.quizAnswers = nil
        let left = CohortExports.firstAttempts([("kari.json", export)])
        #expect(left.learners.isEmpty)
        #expect(left.leftOut == ["'kari.json': no answers in this export (made by a version before exports carried them); "
                                 + "left out of the item analysis"])
    }
}
