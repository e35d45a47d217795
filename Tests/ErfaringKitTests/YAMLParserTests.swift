import ErfaringKit
import Foundation
import Testing

@Suite("YAML layer")
struct YAMLParserTests {
    private func parse(_ text: String, limits: YAMLLimits = .default) -> YAMLDocument {
        YAMLParser.parse(Array(text.utf8), file: "test.yaml", limits: limits)
    }

    private func value(_ document: YAMLDocument, _ key: String) -> YAMLNode? {
        document.root?.mapping?.first { $0.key.scalar?.value == key }?.value
    }

    @Test("only true and false are booleans: the Norway problem does not bite", arguments: [
        ("no", YAMLScalar.PlainType.string), ("yes", .string), ("on", .string), ("off", .string),
        ("NO", .string), ("n", .string), ("true", .bool), ("false", .bool), ("12", .int),
        ("0.8", .float), ("~", .null), ("null", .null), ("nei", .string),
    ])
    func coreSchema(_ text: String, _ type: YAMLScalar.PlainType) throws {
        let node = try #require(value(parse("country: \(text)\n"), "country"))
        #expect(node.scalar?.value == text)
        #expect(node.scalar?.plainType == type)
    }

    @Test("quoted scalars are always strings")
    func quoted() throws {
        let document = parse("a: \"true\"\nb: '12'\n")
        #expect(value(document, "a")?.scalar?.plainType == .string)
        #expect(value(document, "b")?.scalar?.style == .singleQuoted)
        #expect(value(document, "b")?.scalar?.int == nil)
    }

    @Test("marks are 1-based and count characters, not bytes")
    func marks() throws {
        let document = parse("tittel: ærlig\nøl:\n  - åpen\n")
        let pairs = try #require(document.root?.mapping)
        #expect(pairs[0].key.mark == YAMLMark(line: 1, column: 1))
        #expect(pairs[0].value.mark == YAMLMark(line: 1, column: 9))
        #expect(pairs[1].key.mark == YAMLMark(line: 2, column: 1))
        let item = try #require(pairs[1].value.sequence?.first)
        #expect(item.mark == YAMLMark(line: 3, column: 5))
        #expect(item.scalar?.value == "åpen")
    }

    @Test("mappings keep their key order")
    func keyOrder() throws {
        let keys = parse("z: 1\na: 2\nm: 3\n").root?.mapping?.compactMap { $0.key.scalar?.value }
        #expect(keys == ["z", "a", "m"])
    }

    @Test("a duplicate key is an error at the second key with a note at the first")
    func duplicateKey() throws {
        let document = parse("title: a\nbody: b\ntitle: c\n")
        let diagnostic = try #require(document.diagnostics.first)
        #expect(document.diagnostics.count == 1)
        #expect(diagnostic.rule == "yaml-duplicate-key")
        #expect(diagnostic.location == SourceLocation(file: "test.yaml", line: 3, column: 1))
        #expect(diagnostic.notes.first?.location == SourceLocation(file: "test.yaml", line: 1, column: 1))
        #expect(value(document, "title")?.scalar?.value == "a")
    }

    @Test("anchors and aliases expand to the anchored node")
    func aliases() throws {
        let document = parse("base: &b\n  nb: Hei\n  en: Hello\ncopy: *b\n")
        #expect(document.diagnostics.isEmpty)
        let copy = try #require(value(document, "copy")?.mapping)
        #expect(copy.map { $0.value.scalar?.value } == ["Hei", "Hello"])
        #expect(value(document, "copy")?.mark == YAMLMark(line: 4, column: 7))
    }

    @Test("an alias bomb is refused with a located error")
    func aliasBomb() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...20 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        let document = parse(text)
        #expect(document.root == nil)
        let diagnostic = try #require(document.diagnostics.first)
        #expect(diagnostic.rule == "yaml-alias-limit")
        #expect(diagnostic.location.line == 5)
    }

    @Test("an alias to an unknown anchor is a syntax error")
    func unknownAlias() throws {
        let document = parse("a: *nowhere\n")
        #expect(document.diagnostics.map(\.rule) == ["yaml-syntax"])
    }

    @Test("nesting deeper than the limit is refused")
    func depth() throws {
        let deep = parse(String(repeating: "[", count: 10) + String(repeating: "]", count: 10),
                         limits: YAMLLimits(maxDepth: 8))
        #expect(deep.diagnostics.map(\.rule) == ["yaml-depth"])
        #expect(deep.diagnostics.first?.location.column == 9)
        let fine = parse(String(repeating: "[", count: 8) + String(repeating: "]", count: 8),
                         limits: YAMLLimits(maxDepth: 8))
        #expect(fine.diagnostics.isEmpty)
    }

    @Test("a file over the size limit is refused before parsing")
    func fileSize() throws {
        let document = parse("title: " + String(repeating: "x", count: 100) + "\n", limits: YAMLLimits(maxFileSize: 64))
        #expect(document.diagnostics.map(\.rule) == ["yaml-file-size"])
        #expect(document.diagnostics.first?.message == "file is 108 bytes; the limit is 64 bytes")
    }

    @Test("invalid UTF-8 is reported at its line and column")
    func invalidUTF8() throws {
        var bytes = Array("a: ok\nb: æ".utf8)
        bytes += [0xFF, 0x0A]
        let document = YAMLParser.parse(bytes, file: "bad.yaml")
        let diagnostic = try #require(document.diagnostics.first)
        #expect(diagnostic.rule == "yaml-encoding")
        #expect(diagnostic.location == SourceLocation(file: "bad.yaml", line: 2, column: 5))
    }

    @Test("a byte-order mark is ignored and does not shift columns")
    func byteOrderMark() throws {
        let document = YAMLParser.parse([0xEF, 0xBB, 0xBF] + Array("id: x\n".utf8), file: "bom.yaml")
        #expect(document.diagnostics.isEmpty)
        let pair = try #require(document.root?.mapping?.first)
        #expect(pair.key.scalar?.value == "id")
        #expect(pair.value.mark == YAMLMark(line: 1, column: 5))
    }

    @Test("CRLF line ends give the same marks and text as LF")
    func crlf() throws {
        let lf = "a: 1\nbody: |\n  line one\n  line two\nc: 3\n"
        let crlfDocument = parse(lf.replacingOccurrences(of: "\n", with: "\r\n"))
        let lfDocument = parse(lf)
        #expect(crlfDocument.diagnostics.isEmpty)
        #expect(value(crlfDocument, "body")?.scalar?.value == "line one\nline two\n")
        #expect(value(crlfDocument, "c")?.mark == value(lfDocument, "c")?.mark)
        #expect(value(crlfDocument, "c")?.mark == YAMLMark(line: 5, column: 4))
    }

    @Test("NUL inside a quoted scalar is kept, so the content rules can refuse it")
    func nulInQuotedScalar() throws {
        let node = try #require(value(parse("a: \"x\\0y\"\n"), "a"))
        #expect(node.scalar?.value.unicodeScalars.map(\.value) == [0x78, 0, 0x79])
        #expect(TextChecks.forbiddenCharacter(in: node.scalar?.value ?? "") == "\u{0}")
    }

    @Test("a raw control character in the file is refused by the reader")
    func rawControlCharacter() throws {
        let document = YAMLParser.parse(Array("a: x".utf8) + [0x1B] + Array("[2J\n".utf8), file: "esc.yaml")
        #expect(document.diagnostics.map(\.rule) == ["control-character"])
        #expect(document.diagnostics.first?.location.column == 5)
    }

    @Test("libyaml's syntax errors are located, with the context as a note")
    func syntaxError() throws {
        let document = parse("title: {nb: a, en: b\nbody: x\n")
        let diagnostic = try #require(document.diagnostics.first)
        #expect(diagnostic.rule == "yaml-syntax")
        #expect(diagnostic.location.line == 2)
        #expect(diagnostic.notes.first?.message == "while parsing a flow mapping")
        #expect(diagnostic.notes.first?.location == SourceLocation(file: "test.yaml", line: 1, column: 8))
    }

    @Test("a second document is refused")
    func multipleDocuments() throws {
        #expect(parse("a: 1\n---\nb: 2\n").diagnostics.map(\.rule) == ["yaml-multiple-documents"])
    }

    @Test("an empty file has no root and no error at the YAML level")
    func empty() throws {
        let document = parse("")
        #expect(document.root == nil)
        #expect(document.diagnostics.isEmpty)
    }

    @Test("scalar styles are kept")
    func styles() throws {
        let document = parse("a: plain\nb: 'single'\nc: \"double\"\nd: |\n  literal\ne: >\n  folded\n  text\n")
        let styles = document.root?.mapping?.compactMap { $0.value.scalar?.style }
        #expect(styles == [.plain, .singleQuoted, .doubleQuoted, .literal, .folded])
        #expect(value(document, "e")?.scalar?.value == "folded text\n")
    }
}
