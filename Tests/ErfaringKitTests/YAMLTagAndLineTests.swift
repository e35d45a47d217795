import ErfaringKit
import Foundation
import Testing

@Suite("YAML tags and line numbers")
struct YAMLTagAndLineTests {
    private func parse(_ text: String, allowedTags: Set<String> = []) -> YAMLDocument {
        YAMLParser.parse(Array(text.utf8), file: "t.yaml", allowedTags: allowedTags)
    }

    private func value(_ document: YAMLDocument, _ key: String) -> YAMLNode? {
        document.root?.mapping?.first { $0.key.scalar?.value == key }?.value
    }

    @Test("core tags are honoured: '!!str true' is a string, '!!int \"12\"' a number")
    func coreTags() throws {
        let document = parse("a: !!str true\nb: !!int \"12\"\nc: !!float 1\nd: !!bool false\ne: !!null ''\nf: ! 12\ng: !!seq [x]\nh: !!map {x: 1}\n")
        #expect(document.diagnostics.map(\.summary) == [])
        #expect(value(document, "a")?.scalar?.plainType == .string)
        #expect(value(document, "a")?.scalar?.bool == nil)
        #expect(value(document, "a")?.tag == "tag:yaml.org,2002:str")
        #expect(value(document, "b")?.scalar?.int == 12)
        #expect(value(document, "c")?.scalar?.double == 1)
        #expect(value(document, "d")?.scalar?.bool == false)
        #expect(value(document, "e")?.scalar?.plainType == .null)
        #expect(value(document, "f")?.scalar?.plainType == .string)
        #expect(value(document, "g")?.sequence?.count == 1)
    }

    @Test("a tag that does not fit, or is not a core tag, is a located error", arguments: [
        ("a: !!bool yes\n", "t.yaml:1:4: error: 'yes' is not a valid '!!bool' value [yaml-tag]"),
        ("a: !!int 1.5\n", "t.yaml:1:4: error: '1.5' is not a valid '!!int' value [yaml-tag]"),
        ("a:\n  b: !custom x\n", "t.yaml:2:6: error: tag '!custom' is not supported; expected no tag or one of '!!str', '!!int', '!!float', '!!bool', '!!null', '!!seq', '!!map' [yaml-tag]"),
        ("a: !!map [x]\n", "t.yaml:1:4: error: tag '!!map' cannot be used on a list [yaml-tag]"),
        ("a: !!str {x: 1}\n", "t.yaml:1:4: error: tag '!!str' cannot be used on a mapping [yaml-tag]"),
        ("a: !!binary aGk=\n", "t.yaml:1:4: error: tag '!!binary' is not supported; expected no tag or one of '!!str', '!!int', '!!float', '!!bool', '!!null', '!!seq', '!!map' [yaml-tag]"),
    ])
    func refusedTags(_ text: String, _ expected: String) {
        #expect(parse(text).diagnostics.map(\.summary) == [expected])
    }

    @Test("a tag the caller allows is kept on the node")
    func allowedTag() throws {
        let document = parse("due: !date 2026-01-01\n", allowedTags: ["!date"])
        #expect(document.diagnostics.isEmpty)
        #expect(value(document, "due")?.tag == "!date")
    }

    @Test("'correct: !!str true' in a quiz is a string where a boolean is needed")
    func taggedCorrect() throws {
        let quiz = try #require(try Fixtures.baseFiles().first { $0.path == "Quizzes/basics.yaml" })
        let text = String(decoding: quiz.bytes, as: UTF8.self)
            .replacingOccurrences(of: "correct: true", with: "correct: !!str true")
        var files = try Fixtures.baseFiles().filter { $0.path != quiz.path }
        files.append(CurriculumFile(path: quiz.path, role: .quiz, bytes: Array(text.utf8)))
        let result = CurriculumLoader.load(files: files)
        #expect(result.curriculum == nil)
        #expect(result.diagnostics.contains { $0.rule == "wrong-type" && $0.message.contains("'correct'") })
    }

    @Test("U+2028, U+2029 and U+0085 inside quoted text do not shift later lines", arguments: [
        "\u{2028}", "\u{2029}", "\u{85}",
    ])
    func unicodeLineSeparators(_ separator: String) throws {
        let text = "a: \"one\(separator)two\"\nb: 'x\(separator)y'\nc: [1, 2]\nd: 1\nd: 2\n"
        let document = parse(text)
        #expect(value(document, "b")?.mark == YAMLMark(line: 2, column: 4))
        #expect(value(document, "c")?.mark == YAMLMark(line: 3, column: 4))
        let duplicate = try #require(document.diagnostics.first)
        #expect(duplicate.summary == "t.yaml:5:1: error: duplicate key 'd' [yaml-duplicate-key]")
        // The renderer's lines agree with the marks: the quoted source line is the key's line.
        let rendered = DiagnosticRenderer(sources: ["t.yaml": Array(text.utf8)], useColor: false).render(duplicate)
        #expect(rendered.split(separator: "\n")[1] == "d: 2")
        #expect(rendered.split(separator: "\n")[4] == "d: 1")
    }

    @Test("a syntax error after a line separator is located on the editor's line")
    func syntaxErrorAfterSeparator() throws {
        let document = parse("a: \"x\u{2028}y\"\nb: [1, 2\n")
        let error = try #require(document.diagnostics.first)
        #expect(error.rule == "yaml-syntax")
        #expect(error.location.line == 3)
    }

    @Test("a syntax error at the end of a file without a final line break is on the last line")
    func syntaxErrorAtEnd() throws {
        let document = parse("a: 1\nb: [1, 2")
        #expect(document.diagnostics.map(\.location) == [SourceLocation(file: "t.yaml", line: 2, column: 9)])
        #expect(document.diagnostics.first?.notes.first?.location == SourceLocation(file: "t.yaml", line: 2, column: 4))
    }
}
