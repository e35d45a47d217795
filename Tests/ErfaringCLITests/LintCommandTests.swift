import Foundation
import ErfaringCLI
import Testing

@Suite("erfaring lint, the real binary")
struct LintCommandTests {
    private static var brokenNames: [String] {
        let folder = Binary.fixtures.appendingPathComponent("broken").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Copies the base curriculum to a fresh folder and puts the broken file in place.
    private func curriculum(with broken: String) throws -> (URL, [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-lint-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Binary.fixtures.appendingPathComponent("base"), to: folder)
        let data = try Data(contentsOf: Binary.fixtures.appendingPathComponent("broken/\(broken).yaml"))
        let text = String(decoding: data, as: UTF8.self)
        let target = String(text.prefix { $0 != "\n" }.dropFirst("# target: ".count))
        let expected = text.split(separator: "\n").filter { $0.hasPrefix("# expect: ") }.map { String($0.dropFirst(10)) }
        try data.write(to: folder.appendingPathComponent(target))
        return (folder, expected)
    }

    @Test("each broken fixture exits 65 with --strict and prints its located diagnostics", arguments: brokenNames)
    func broken(_ name: String) throws {
        let (folder, expected) = try curriculum(with: name)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try InProcess.run(["lint", "--strict", "."], directory: folder)
        #expect(result.status == 65)
        for line in expected {
            let strict = line.replacingOccurrences(of: ": warning: ", with: ": error: ")
            #expect(result.stdout.contains(strict), "missing: \(strict)")
        }
        #expect(!result.stdout.contains("\u{1B}"), "no colour when stdout is not a terminal")
    }

    @Test("a warning alone passes without --strict and fails with it")
    func warningsAndStrict() throws {
        let (folder, _) = try curriculum(with: "untaught-objective")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try InProcess.run(["lint", "."], directory: folder).status == 0)
        #expect(try InProcess.run(["lint", "--strict", "."], directory: folder).status == 65)
    }

    @Test("a file path reports that file's diagnostics, and says when the rest of the course has errors")
    func singleFile() throws {
        let (folder, _) = try curriculum(with: "missing-feedback")
        defer { try? FileManager.default.removeItem(at: folder) }
        let quiz = try InProcess.run(["lint", "Quizzes/basics.yaml"], directory: folder)
        #expect(quiz.status == 65)
        #expect(quiz.stdout.hasSuffix("1 error in 1 file\n"))
        // The module file is fine, but the course it belongs to is not: never "no problems".
        let module = try InProcess.run(["lint", "Curriculum/basics.yaml"], directory: folder)
        #expect(module.status == 65)
        #expect(module.stdout == "the course has 1 error in another file ('Quizzes/basics.yaml'), so it cannot be used; "
                + "none in the 1 file checked: run 'erfaring lint .' to see it\n")
        let json = try InProcess.run(["lint", "--format", "json", "Curriculum/basics.yaml"], directory: folder)
        #expect(json.status == 65)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["errors"] as? Int == 0)
        let others = object?["otherFiles"] as? [[String: Any]]
        #expect(others?.count == 1)
        #expect(others?.first?["file"] as? String == "Quizzes/basics.yaml")
        #expect(others?.first?["errors"] as? Int == 1)
        let clean = try InProcess.run(["lint", "Curriculum/next-steps.yaml", "Curriculum/basics.yaml"],
                                   directory: Binary.fixtures.appendingPathComponent("base"))
        #expect(clean.status == 0)
        #expect(clean.stdout == "no problems in 2 files\n")
    }

    @Test("--format json puts only JSON on stdout")
    func json() throws {
        let (folder, _) = try curriculum(with: "duplicate-key")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try InProcess.run(["lint", "--format", "json", "."], directory: folder)
        #expect(result.status == 65)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["errors"] as? Int == 1)
        let diagnostics = object?["diagnostics"] as? [[String: Any]]
        #expect(diagnostics?.first?["rule"] as? String == "yaml-duplicate-key")
        let location = diagnostics?.first?["location"] as? [String: Any]
        #expect(location?["line"] as? Int == 4)
    }

    @Test("a missing path is an I/O error with exit 74")
    func missingPath() throws {
        let result = try InProcess.run(["lint", "/nonexistent/erfaring"])
        #expect(result.status == 74)
        #expect(result.stderr.contains("no such file or folder: '/nonexistent/erfaring'"))
    }

    @Test("bad usage exits 64 with a hint")
    func usage() throws {
        let result = try Binary.run(["lint", "--format", "xml"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--format"))
        #expect(result.stderr.contains("Usage:") || result.stderr.contains("Help:"))
    }

    @Test("what was typed on the command line is quoted in usage errors with control characters made visible",
          arguments: [["x\u{1B}]52;c;aGk=\u{07}"], ["lint", "--format", "x\u{1B}[31m"], ["--curriculum", "\u{1B}[2J", "progress"],
                      ["lint", "--no-such-\u{9B}option"]])
    func terminalSafeUsage(_ arguments: [String]) throws {
        let result = try Binary.run(arguments)
        #expect(result.status == 64)
        #expect(!result.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{9B}" }, "\(result.stderr)")
        #expect(result.stderr.contains("\\u{1B}") || result.stderr.contains("\\u{9B}"), "\(result.stderr)")
    }

    @Test("options before the command: exit 64 and the command line in the right order")
    func optionsFirst() throws {
        let result = try Binary.run(["--curriculum", "/some/course", "progress", "--format", "json"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("erfaring progress --format json --curriculum /some/course"), "\(result.stderr)")
        // The shell's own options still work without a command.
        #expect(try Binary.run(["--plain", "--curriculum", "/nonexistent"]).status != 64)
    }

    @Test("--rules lists every rule")
    func rules() throws {
        let result = try InProcess.run(["lint", "--rules"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("missing-feedback"))
        #expect(result.stdout.contains("yaml-alias-limit"))
    }

    @Test("the shipped curriculum lints clean with --strict")
    func shipped() throws {
        let result = try InProcess.run(["lint", "--strict", "--curriculum", Binary.repository.path])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasPrefix("no problems in "))
    }

    @Test("--version prints the program's version and the curriculum it opens, with its folder")
    func version() throws {
        let result = try InProcess.run(["--version"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "erfaring \(ErfaringCommand.version)")
        #expect(lines.count == 2)
        #expect(lines.last?.hasPrefix("curriculum 'erfaring': ") == true)
        #expect(lines.last?.hasSuffix(" in '\(Binary.repository.path)'") == true)
    }

    @Test("--version shows the curriculum's own version from course.yaml")
    func curriculumVersion() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("version-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["Curriculum", "Quizzes"] {
            try FileManager.default.copyItem(at: Binary.repository.appendingPathComponent(name),
                                             to: folder.appendingPathComponent(name))
        }
        let course = folder.appendingPathComponent("Curriculum/course.yaml")
        let text = try String(contentsOf: course, encoding: .utf8)
        // The shipped course's own version line, if any, gives way to this one.
        let others = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("version:") }
        try Data(("version: \"2026.1\"\n" + others.joined(separator: "\n")).utf8).write(to: course)
        let result = try InProcess.run(["--version"], environment: ["ERFARING_CURRICULUM": folder.path])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").last
                == "curriculum 'erfaring': version '2026.1', in '\(folder.path)'")
    }
}
