@testable import ErfaringCLI
import ErfaringKit
import Foundation
import Testing

/// What `facilitator report` and `assignment import` do with bad, huge or tricky input: each bad
/// file named and skipped with a worded message, bounded work, ties settled by content.
@Suite("The cohort report's inputs", .serialized)
struct ReportInputTests {
    /// Kari's and Ola's exports as files in Kari's folder.
    private func files(_ cohort: Cohort) throws -> (kari: URL, ola: URL) {
        let folder = cohort.kari.folder
        let kari = folder.appendingPathComponent("kari.json"), ola = folder.appendingPathComponent("ola.json")
        try ProgressExport.encoder.encode(try cohort.export(cohort.kari)).write(to: kari)
        try ProgressExport.encoder.encode(try cohort.export(cohort.ola)).write(to: ola)
        return (kari, ola)
    }

    /// Ola's export as JSON text, changed by `edit`, written to `name`.
    private func broken(_ cohort: Cohort, _ name: String, _ edit: (String) -> String) throws -> URL {
        let text = String(decoding: try ProgressExport.encoder.encode(try cohort.export(cohort.ola)), as: UTF8.self)
        let file = cohort.kari.folder.appendingPathComponent(name)
        try Data(edit(text).utf8).write(to: file)
        return file
    }

    @Test("a bad file is named with the field in words, expected and found, and skipped; the others are reported; exit 65",
          arguments: [
              ("wrong-kind.json", "\"lessonsDone\" : 0", "\"lessonsDone\" : \"three\"",
               "the lessons done ('modules[0].lessonsDone') of module 1 ('basics'): expected a whole number, found the text 'three'"),
              ("fraction.json", "\"lessonsDone\" : 0", "\"lessonsDone\" : 1.5",
               "the lessons done ('modules[0].lessonsDone') of module 1 ('basics'): expected a whole number, found the number 1.5"),
              ("nan.json", "\"bestScore\" : 0.25", "\"bestScore\" : NaN",
               "it is not valid JSON: 'NaN' at line "),
              ("missing.json", "\"exportedAt\" :", "\"exportedWhen\" :",
               "the export time ('exportedAt') is missing; expected a time such as '2026-11-22T23:00:00Z'"),
              ("bad-time.json", "\"lastActivityAt\" : \"2025", "\"lastActivityAt\" : \"yesterday 2025",
               "the last activity ('modules[0].lastActivityAt') of module 1 ('basics'): expected a time such as"),
              ("null-id.json", "\"id\" : \"basics\"", "\"id\" : null",
               "the id ('modules[0].id') of module 1: expected text, found null"),
          ])
    func badFileSkipped(name: String, from: String, to: String, message: String) throws {
        let cohort = try Cohort()
        let (kari, _) = try files(cohort)
        let bad = try broken(cohort, name) { $0.replacingOccurrences(of: from, with: to) }
        #expect(try String(contentsOf: bad, encoding: .utf8).contains(to), "the edit applies")
        let result = try cohort.command(cohort.kari, ["facilitator", "report", "--format", "csv", kari.path, bad.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("erfaring: skipped: '\(bad.path)': \(message)"), "\(result.stderr)")
        #expect(!result.stderr.contains("Index 0") && !result.stderr.contains("at ''"))
        #expect(result.stderr.contains("the report leaves out 1 of 2 files"))
        #expect(result.stdout.contains(try cohort.export(cohort.kari).learner.id), "Kari is still reported")
        #expect(!result.stdout.contains(try cohort.export(cohort.ola).learner.id))
    }

    @Test("a missing file is skipped too (exit 74); no readable file at all writes no report")
    func missingFile() throws {
        let cohort = try Cohort()
        let (kari, _) = try files(cohort)
        let result = try cohort.command(cohort.kari, ["facilitator", "report", kari.path, "/nonexistent/per.json"])
        #expect(result.status == 74)
        #expect(result.stderr.contains("skipped: cannot read '/nonexistent/per.json'"), "\(result.stderr)")
        #expect(result.stdout.contains("fullført 1× 100%"), "the report on Kari: \(result.stdout)")
        let none = try cohort.command(cohort.kari, ["facilitator", "report", "/nonexistent/per.json"])
        #expect(none.status == 74 && none.stdout.isEmpty)
        #expect(none.stderr.contains("no export could be read"))
    }

    @Test("a file over the limit is refused before it is read; a long name, many modules, a repeated module are refused")
    func bounded() throws {
        let cohort = try Cohort()
        let (kari, _) = try files(cohort)
        let huge = cohort.kari.folder.appendingPathComponent("huge.json")
        // Sparse: 9 MB that take no room and would take a while to read.
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 9 << 20)
        try handle.close()
        let name = String(repeating: "Kari ", count: 1_000_000)  // 5 MB
        let longName = try broken(cohort, "long-name.json") {
            $0.replacingOccurrences(of: "\"language\" : \"en\"", with: "\"language\" : \"en\", \"name\" : \"\(name)\"")
        }
        let ola = try cohort.export(cohort.ola)
        var repeated = ola
        repeated.modules = Array(repeating: ola.modules[0], count: 2)
        var many = ola
        many.modules = Array(repeating: ola.modules[0], count: 5_000)
        let repeatedFile = cohort.kari.folder.appendingPathComponent("repeated.json")
        let manyFile = cohort.kari.folder.appendingPathComponent("many.json")
        try ProgressExport.encoder.encode(repeated).write(to: repeatedFile)
        try ProgressExport.encoder.encode(many).write(to: manyFile)

        let started = Date()
        let result = try cohort.command(cohort.kari, ["facilitator", "report", kari.path, huge.path, longName.path,
                                                     repeatedFile.path, manyFile.path])
        #expect(Date().timeIntervalSince(started) < 20, "bounded work")
        #expect(result.status == 65)
        #expect(result.stderr.contains("'\(huge.path)' is 9437184 bytes; an export file may be at most 8388608 bytes (8 MB), so it was not read"),
                "\(result.stderr)")
        #expect(result.stderr.contains("'\(longName.path)': the learner's name ('learner.name') is 5000000 characters long; expected at most 200"))
        #expect(result.stderr.contains("'\(repeatedFile.path)': module 'basics' appears 2 times in 'modules'; expected once"))
        #expect(result.stderr.contains("'\(manyFile.path)': it has 5000 module entries ('modules'); expected at most 1000"))
        #expect(result.stderr.contains("the report leaves out 4 of 5 files"))
        #expect(result.stdout.contains("fullført 1× 100%"))
        #expect(result.stderr.utf8.count < 4_000, "no field is echoed in full")
    }

    @Test("a device or pipe, which has no size, is read no further than the limit")
    func boundedWithoutSize() throws {
        let cohort = try Cohort()
        let (kari, _) = try files(cohort)
        let result = try cohort.command(cohort.kari, ["facilitator", "report", kari.path, "/dev/zero"])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("'/dev/zero' is larger than 8388608 bytes; an export file may be at most that"),
                "\(result.stderr)")
        #expect(result.stdout.contains("fullført 1× 100%"), "the others are still reported")
    }

    @Test("two exports made at the same time: a tie, settled by content whatever the order, and named as a tie")
    func ties() throws {
        let cohort = try Cohort()
        let further = try cohort.export(cohort.kari)
        var behind = further
        behind.modules[0].completedAt = nil
        behind.modules[0].passedAt = nil
        var differentOnly = further
        differentOnly.course.title = "Demokurs (kopi)"
        let folder = cohort.kari.folder
        let a = folder.appendingPathComponent("a.json"), b = folder.appendingPathComponent("b.json")
        let c = folder.appendingPathComponent("c.json"), d = folder.appendingPathComponent("d.json")
        try ProgressExport.encoder.encode(further).write(to: a)
        try ProgressExport.encoder.encode(behind).write(to: b)
        try ProgressExport.encoder.encode(differentOnly).write(to: c)
        try ProgressExport.encoder.encode(further).write(to: d)
        for order in [[a, b], [b, a]] {
            let result = try cohort.command(cohort.kari, ["facilitator", "report", "--format", "csv"] + order.map(\.path))
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains(",basics,Grunnlag,completed,"), "the further export counts: \(result.stdout)")
            #expect(result.stderr.contains("are exports of one learner made at the same time (exportedAt '2025-11-24T17:00:00.000Z'): "
                                           + "a tie; counted '\(a.path)', which shows more progress"), "\(result.stderr)")
            #expect(!result.stderr.contains("older"))
        }
        let first = try cohort.command(cohort.kari, ["facilitator", "report", "--format", "csv", a.path, c.path])
        let second = try cohort.command(cohort.kari, ["facilitator", "report", "--format", "csv", c.path, a.path])
        #expect(first.stderr.contains("they show the same progress but differ; counted '"), "\(first.stderr)")
        #expect(first.stderr == second.stderr.replacingOccurrences(of: "'\(c.path)' and '\(a.path)'", with: "'\(a.path)' and '\(c.path)'"),
                "the same file counts in either order")
        let same = try cohort.command(cohort.kari, ["facilitator", "report", a.path, d.path])
        #expect(same.stderr.contains("a tie; they are the same export; counted once"), "\(same.stderr)")
    }

    @Test("a module this course does not have is warned about; a due date that is not a date skips the file")
    func unknownModulesAndDates() throws {
        let cohort = try Cohort()
        let (kari, _) = try files(cohort)
        var ghost = try cohort.export(cohort.ola)
        var entry = ghost.modules[0]
        entry.id = "ghost-module"
        ghost.modules.append(entry)
        let ghostFile = cohort.kari.folder.appendingPathComponent("ghost.json")
        try ProgressExport.encoder.encode(ghost).write(to: ghostFile)
        let warned = try cohort.command(cohort.kari, ["facilitator", "report", "--format", "csv", ghostFile.path])
        #expect(warned.status == 0, "\(warned.stderr)")
        #expect(warned.stderr.contains("warning: '\(ghostFile.path)' has progress in module 'ghost-module', which this course does not have"),
                "\(warned.stderr)")
        #expect(!warned.stdout.contains("ghost-module"))

        var undated = try cohort.export(cohort.ola)
        undated.assignments = [.init(id: "x", cohort: "X", modules: [.init(moduleID: "basics", due: "0000-00-00")])]
        let undatedFile = cohort.kari.folder.appendingPathComponent("undated.json")
        try ProgressExport.encoder.encode(undated).write(to: undatedFile)
        let result = try cohort.command(cohort.kari, ["facilitator", "report", "--format", "csv", kari.path, undatedFile.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("the due date ('assignments[0].modules[0].due') of module 'basics' in assignment 1 "
                                       + "is '0000-00-00'; expected a calendar date written YYYY-MM-DD"),
                "\(result.stderr)")
        #expect(!result.stdout.contains("0000-00-00"), "never reaches the CSV")
    }

    @Test("assignment files: a tag is a located error; 20,000 duplicate entries cost a screenful, in linear time; over 1 MB is refused")
    func assignmentInputs() throws {
        let cohort = try Cohort()
        let folder = cohort.kari.folder
        let tagged = folder.appendingPathComponent("tagged.yaml")
        try Data("""
            format: erfaring-assignment/1
            id: demo-2099
            cohort: !!binary RGVtbw==
            modules:
              - module: basics
                due: 2099-01-15

            """.utf8).write(to: tagged)
        let refused = try cohort.command(cohort.kari, ["assignment", "import", tagged.path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("\(tagged.path):3:9: error: tag '!!binary' is not supported; expected no tag or one of"),
                "\(refused.stderr)")

        let header = "format: erfaring-assignment/1\nid: demo-2099\ncohort: Demo\nmodules:\n"
        let duplicates = folder.appendingPathComponent("duplicates.yaml")
        try Data((header + String(repeating: "  - module: basics\n    due: 2099-01-15\n", count: 20_000)).utf8).write(to: duplicates)
        let started = Date()
        let result = try cohort.command(cohort.kari, ["assignment", "import", duplicates.path])
        #expect(Date().timeIntervalSince(started) < 15)
        #expect(result.status == 65)
        #expect(result.stderr.components(separatedBy: "error: module 'basics' is assigned twice").count - 1 == 20)
        #expect(result.stderr.contains("erfaring: and 19979 more errors (not shown; the first 20 are above)"), "\(result.stderr.suffix(300))")
        #expect(result.stderr.utf8.count < 20_000, "\(result.stderr.utf8.count) bytes of errors")

        let big = folder.appendingPathComponent("big.yaml")
        try Data((header + String(repeating: "  - module: basics\n    due: 2099-01-15\n", count: 40_000)).utf8).write(to: big)
        let tooBig = try cohort.command(cohort.kari, ["assignment", "import", big.path])
        #expect(tooBig.status == 65)
        #expect(tooBig.stderr.contains("an assignment file may be at most 1048576 bytes (1 MB), so it was not read"), "\(tooBig.stderr)")
    }
}
