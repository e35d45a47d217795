@testable import ErfaringCLI
import ErfaringKit
import Foundation
import Testing

@Suite("UI string catalog")
struct CatalogTests {
    private static func placeholders(_ text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    @Test("every key has every language, non-empty, with the same placeholders", arguments: Catalog.entries.keys.sorted())
    func complete(_ key: String) throws {
        let entry = try #require(Catalog.entries[key])
        for language in Language.allCases {
            let text = try #require(entry[language], "'\(key)' lacks '\(language.rawValue)'")
            #expect(!text.isEmpty)
            #expect(TextChecks.forbiddenCharacter(in: text) == nil)
        }
        #expect(Self.placeholders(entry[.nb] ?? "") == Self.placeholders(entry[.en] ?? ""),
                "'\(key)' has different placeholders in nb and en")
    }

    @Test("every key the shell's source uses is in the catalog")
    func usedKeysExist() throws {
        let folder = Binary.repository.appendingPathComponent("Sources/ErfaringCLI")
        let files = try #require(FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String])
        var used: Set<String> = []
        for file in files where file.hasSuffix(".swift") && !file.hasSuffix("Catalog.swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            // strings("key") and strings("key", [...])
            var rest = Substring(text)
            while let range = rest.range(of: "strings(\"") {
                let after = rest[range.upperBound...]
                if let end = after.firstIndex(of: "\"") { used.insert(String(after[..<end])) }
                rest = after
            }
            // savedNote("key") uses the key and its ".unsaved" variant.
            rest = Substring(text)
            while let range = rest.range(of: "savedNote(\"") {
                let after = rest[range.upperBound...]
                if let end = after.firstIndex(of: "\"") { used.formUnion([String(after[..<end]), after[..<end] + ".unsaved"]) }
                rest = after
            }
        }
        #expect(used.count > 50)
        let missing = used.subtracting(Catalog.entries.keys)
        #expect(missing.isEmpty, "keys used but not in the catalog: \(missing.sorted())")
    }

    @Test("every shell command has a summary and arguments in both languages, and unique names")
    func commands() {
        for command in ShellCommandID.allCases {
            for language in Language.allCases {
                #expect(command.summary[language]?.isEmpty == false)
                #expect(command.details[language]?.isEmpty == false)
                #expect(command.arguments[language] != nil)
            }
            #expect(ShellCommandID.find(command.rawValue) == command)
            #expect(ShellCommandID.find(command.norwegian) == command)
        }
    }

    @Test("answers are parsed per kind of question", arguments: [
        ("2", Question.Kind.single, 3, [2]), ("1 3", .multiple, 4, [1, 3]), ("3,1,2", .ordering, 3, [3, 1, 2]),
        ("sant", .trueFalse, 2, [1]), ("False", .trueFalse, 2, [2]),
    ])
    func answers(_ text: String, _ kind: Question.Kind, _ count: Int, _ expected: [Int]) throws {
        #expect(try AnswerParser.parse(text, kind: kind, count: count) == expected)
    }

    @Test("bad answers say what is expected", arguments: [
        ("4", Question.Kind.single, 3), ("1 2", .single, 3), ("1 1", .multiple, 3), ("1 2", .ordering, 3),
        ("x", .scenario, 3), ("", .single, 2), ("0", .trueFalse, 2),
    ])
    func badAnswers(_ text: String, _ kind: Question.Kind, _ count: Int) {
        #expect(throws: AnswerParser.Failure.self) { try AnswerParser.parse(text, kind: kind, count: count) }
    }

    @Test("wrapping counts display width: æøå are one column, CJK two, combining marks none")
    func wrapping() {
        #expect(TextWrapper.displayWidth("æøå") == 3)
        #expect(TextWrapper.displayWidth("日本") == 4)
        #expect(TextWrapper.displayWidth("e\u{301}") == 1)
        let lines = TextWrapper(width: 10).wrap("blåbær og røde æbler på rad")
        #expect(lines == ["blåbær og", "røde æbler", "på rad"])
        #expect(lines.allSatisfy { TextWrapper.displayWidth($0) <= 10 })
    }

    @Test("a line wider than the window breaks between words; colour codes take no column")
    func fitting() {
        let wrapper = TextWrapper(width: 20)
        #expect(wrapper.fit("kort linje") == ["kort linje"])
        #expect(wrapper.fit("Svarene dine er lagret; skriv quiz") == ["Svarene dine er", "lagret; skriv quiz"])
        #expect(wrapper.fit("  Recovery › Håp som tåler hverdagen") == ["  Recovery › Håp som", "    tåler hverdagen"])
        let painted = "\u{1B}[1mblåbær\u{1B}[0m og røde æbler"
        #expect(TextWrapper.visibleWidth(painted) == 20)
        #expect(wrapper.fit(painted) == [painted])
        let terminal = ScriptedTerminal([], width: 20)
        terminal.line("en to tre fire fem seks sju åtte")
        #expect(terminal.transcript == "en to tre fire fem\nseks sju åtte\n")
    }
}
