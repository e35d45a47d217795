import ErfaringKit
import Foundation
import Testing

/// Hostile and unusual input to the loader and the renderer: every case costs bounded work and
/// output, and every problem stays located and safe to print.
@Suite("Hostile input to the loader")
struct HostileInputTests {
    /// The base course with `path` replaced by `text`.
    private func load(_ path: String, _ text: String) throws -> CurriculumLoadResult {
        try load(path, Array(text.utf8))
    }

    private func load(_ path: String, _ bytes: [UInt8]) throws -> CurriculumLoadResult {
        var files = try Fixtures.baseFiles().filter { $0.path != path }
        files.append(CurriculumFile(path: path, role: path.hasPrefix("Quizzes/") ? .quiz : .module, bytes: bytes))
        return CurriculumLoader.load(files: files)
    }

    private func baseText(_ path: String) throws -> String {
        let file = try #require(try Fixtures.baseFiles().first { $0.path == path })
        return String(decoding: file.bytes, as: UTF8.self)
    }

    @Test("20,000 wrong keys keep 100 diagnostics for the file and count the rest")
    func diagnosticsPerFileAreCapped() throws {
        let keys = (0..<20_000).map { "wrong-\($0): 1\n" }.joined()
        let result = try load("Curriculum/basics.yaml", try baseText("Curriculum/basics.yaml") + keys)
        let inFile = result.diagnostics.filter { $0.location.file == "Curriculum/basics.yaml" }
        #expect(inFile.count == Diagnostic.perFileLimit)
        let omitted = try #require(result.omitted.first { $0.file == "Curriculum/basics.yaml" })
        #expect(omitted.errors == 20_000 - Diagnostic.perFileLimit)
        #expect(result.errorCount == 20_000)
        #expect(result.curriculum == nil)
        let lines = DiagnosticRenderer(sources: result.sources, useColor: false)
            .render(result.diagnostics.sortedByLocation(), omitted: result.omitted)
        #expect(lines.count == Diagnostic.perFileLimit + 1)
        #expect(lines.last?.hasPrefix("Curriculum/basics.yaml: note: and 19900 more problems in this file (19900 errors)") == true)
        #expect(DiagnosticRenderer.summary(result.diagnostics, omitted: result.omitted, files: 5) == "20000 errors in 5 files")
    }

    @Test("50,000 duplicate keys in one mapping keep 100 diagnostics in the parser")
    func duplicateKeysAreCapped() throws {
        let text = (0..<50_001).map { _ in "same: 1\n" }.joined()
        let document = YAMLParser.parse(Array(text.utf8), file: "dup.yaml")
        #expect(document.diagnostics.count == Diagnostic.perFileLimit)
        #expect(document.omittedErrors == 50_000 - Diagnostic.perFileLimit)
    }

    @Test("'did you mean' compares only short words, and stops at the typo distance")
    func suggestionsAreBounded() {
        let limit = TextChecks.suggestionLengthLimit
        let long = String(repeating: "a", count: limit)
        #expect(TextChecks.suggestion(for: long + "b", among: [long]) == nil)
        #expect(TextChecks.suggestion(for: String(long.dropFirst()) + "b", among: [long]) == long)
        let huge = String(repeating: "x", count: 100_000)
        #expect(TextChecks.suggestion(for: huge, among: [huge + "y", "title"]) == nil)
        #expect(TextChecks.suggestion(for: "hjlep", among: ["hjem", "hjelp"]) == "hjelp")
        #expect(TextChecks.suggestion(for: "summmary", among: ["summary"]) == "summary")
        #expect(TextChecks.suggestion(for: "sxmmxxry", among: ["summary"]) == nil)
    }

    @Test("a 2 MB text aliased 1,000 times is refused at the first alias that repeats too much text")
    func aliasBytesAreBounded() throws {
        var text = "big: &big \"" + String(repeating: "x", count: 2_000_000) + "\"\ncopies:\n"
        for _ in 0..<1_000 { text += "  - *big\n" }
        let document = YAMLParser.parse(Array(text.utf8), file: "alias.yaml")
        #expect(document.root == nil)
        #expect(document.diagnostics.map(\.rule) == ["yaml-alias-limit"])
        #expect(document.diagnostics.first?.location == SourceLocation(file: "alias.yaml", line: 3, column: 5))
        let small = YAMLParser.parse(Array("a: &a \"hei\"\nb: [*a, *a, *a]\n".utf8), file: "ok.yaml")
        #expect(small.diagnostics.isEmpty)
    }

    @Test("a file over the size limit is not read: its size comes from stat and no byte is kept")
    func sizeCheckedBeforeReading() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-size-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(at: try Fixtures.root.appendingPathComponent("base"), to: root)
        let big = root.appendingPathComponent("Quizzes/huge.yaml")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 100_000_000)  // a sparse file of NULs: nothing to read cheaply
        try handle.close()
        let files = try CurriculumLoader.files(in: root)
        let huge = try #require(files.first { $0.path == "Quizzes/huge.yaml" })
        #expect(huge.bytes.isEmpty)
        #expect(huge.unreadSize == 100_000_000)
        let result = CurriculumLoader.load(files: files)
        #expect(result.sources["Quizzes/huge.yaml"] == nil)
        let refusal = try #require(result.diagnostics.first { $0.location.file == "Quizzes/huge.yaml" })
        #expect(refusal.summary == "Quizzes/huge.yaml:1:1: error: file is 100000000 bytes; the limit is 8388608 bytes [yaml-file-size]")
        #expect(DiagnosticRenderer(sources: result.sources, useColor: false).render(refusal) == refusal.summary)
    }

    @Test("an in-memory file over the limit is refused without quoting its first line")
    func oversizeInMemoryShowsNoContent() throws {
        let bytes = [UInt8](repeating: 0, count: (8 << 20) + 1)
        let result = try load("Quizzes/basics.yaml", bytes)
        let refusal = try #require(result.diagnostics.first { $0.rule == "yaml-file-size" })
        #expect(DiagnosticRenderer(sources: result.sources, useColor: false).render(refusal).utf8.count < 200)
    }

    @Test("a diagnostic on a megabyte-long line quotes a window of it around the caret")
    func longLineExcerpt() throws {
        let line = "title: " + String(repeating: "ø", count: 1_000_000) + " end"
        let diagnostic = Diagnostic(.yamlSyntax, at: SourceLocation(file: "long.yaml", line: 1, column: 500_000), "here")
        let rendered = DiagnosticRenderer(sources: ["long.yaml": Array(line.utf8)], useColor: false).render(diagnostic)
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)
        #expect(lines[1].count == DiagnosticRenderer.excerptWidth + 2)
        #expect(lines[1].hasPrefix("…ø") && lines[1].hasSuffix("ø…"))
        // The caret sits under column 500,000: 80 characters into the window, after the '…'.
        #expect(lines[2] == String(repeating: " ", count: 81) + "^")
    }

    @Test("two 100,000-character ids: no suggestion, and a rendered report of bounded size")
    func longIDs() throws {
        let id = String(repeating: "a", count: 100_000)
        let module = try baseText("Curriculum/basics.yaml")
            .replacingOccurrences(of: "objectives:\n", with: "objectives:\n  - id: \(id)\n    text: { nb: Lang., en: Long. }\n")
        let quiz = try baseText("Quizzes/basics.yaml")
            .replacingOccurrences(of: "objective: explain\n", with: "objective: \(id.dropLast())b\n")
        var files = try Fixtures.baseFiles().filter { !["Curriculum/basics.yaml", "Quizzes/basics.yaml"].contains($0.path) }
        files.append(CurriculumFile(path: "Curriculum/basics.yaml", role: .module, bytes: Array(module.utf8)))
        files.append(CurriculumFile(path: "Quizzes/basics.yaml", role: .quiz, bytes: Array(quiz.utf8)))
        let result = CurriculumLoader.load(files: files)
        let dangling = try #require(result.diagnostics.first { $0.rule == "dangling-reference" })
        #expect(!dangling.notes.contains { $0.message.hasPrefix("did you mean") })
        let rendered = DiagnosticRenderer(sources: result.sources, useColor: false)
            .render(result.diagnostics, omitted: result.omitted).joined(separator: "\n")
        #expect(rendered.utf8.count < 20_000)
        #expect(rendered.contains("characters left out)…"))
        #expect(dangling.terminalSafe.message.utf8.count < 1_000)
    }
}
