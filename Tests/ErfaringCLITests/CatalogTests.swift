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

    @Test("every key has both languages, non-empty, with the same known placeholders", arguments: CatalogKey.allCases)
    func complete(_ key: CatalogKey) {
        let text = Catalog.text(for: key)
        for language in Language.allCases {
            #expect(!text[language].isEmpty, "'\(key)' is empty in '\(language.rawValue)'")
            #expect(TextChecks.forbiddenCharacter(in: text[language]) == nil)
            let unknown = Self.placeholders(text[language]).filter { CatalogKey.Placeholder(rawValue: $0) == nil }
            #expect(unknown.isEmpty, "'\(key)' in '\(language.rawValue)' has unknown placeholders \(unknown.sorted())")
        }
        #expect(Self.placeholders(text.nb) == Self.placeholders(text.en), "'\(key)' has different placeholders in nb and en")
    }

    @Test("both forms of a counted text hold {count} and the same placeholders", arguments: CatalogKey.Counted.allCases)
    func counted(_ key: CatalogKey.Counted) {
        let one = Self.placeholders(Catalog.text(for: key.forms.one).nb)
        #expect(one.contains("count"))
        #expect(one == Self.placeholders(Catalog.text(for: key.forms.other).nb))
        #expect(key.forms.one != key.forms.other)
        #expect(Strings(language: .en).counted(key, 1, [.name: "Kari"]) == Strings.fill(Catalog.text(for: key.forms.one).en,
                                                                               with: [.count: "1", .name: "Kari"]))
        #expect(Strings(language: .en).counted(key, 2, [.name: "Kari"]) == Strings.fill(Catalog.text(for: key.forms.other).en,
                                                                               with: [.count: "2", .name: "Kari"]))
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
        // An order of at most nine choices may be typed as one run of digits.
        ("3142", .ordering, 4, [3, 1, 4, 2]), ("21", .ordering, 2, [2, 1]),
    ])
    func answers(_ text: String, _ kind: Question.Kind, _ count: Int, _ expected: [Int]) throws {
        #expect(try AnswerParser.parse(text, kind: kind, count: count) == expected)
    }

    @Test("bad answers say what is expected", arguments: [
        ("4", Question.Kind.single, 3), ("1 2", .single, 3), ("1 1", .multiple, 3), ("1 2", .ordering, 3),
        ("x", .scenario, 3), ("", .single, 2), ("0", .trueFalse, 2),
        ("12", .ordering, 3), ("1123", .ordering, 4), ("1203", .ordering, 4), ("12345678910", .ordering, 10),
        ("13", .single, 3),
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
