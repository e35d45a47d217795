import ErfaringKit
import Testing

@Suite("Text checks")
struct TextChecksTests {
    @Test("ids are kebab-case", arguments: [
        ("saying-no", true), ("chime-1", true), ("a", true), ("Saying-no", false), ("saying_no", false),
        ("-no", false), ("no-", false), ("no--way", false), ("", false), ("bør", false),
    ])
    func ids(_ id: String, _ valid: Bool) {
        #expect(TextChecks.isValidID(id) == valid)
    }

    @Test("words are counted in both languages", arguments: [
        ("Hva er recovery?", 3), ("Du – og jeg.", 3), ("Det er 5 punkter i CHIME-modellen", 6),
        ("person-first, self-disclosure", 2), ("", 0), ("  \n ", 0), ("Kari's plan", 2),
    ])
    func words(_ text: String, _ count: Int) {
        #expect(TextChecks.wordCount(text) == count)
    }

    @Test("control characters and bidirectional overrides are found; tab, newline and æøå are fine")
    func forbidden() {
        #expect(TextChecks.forbiddenCharacter(in: "æøå\ttekst\n") == nil)
        #expect(TextChecks.forbiddenCharacter(in: "a\u{1B}[31m") == "\u{1B}")
        #expect(TextChecks.forbiddenCharacter(in: "a\u{9B}") == "\u{9B}")
        #expect(TextChecks.forbiddenCharacter(in: "a\u{202E}b") == "\u{202E}")
        #expect(TextChecks.forbiddenCharacter(in: "a\rb") == "\r")
        #expect(TextChecks.describe("\u{1B}") == "U+001B (escape)")
    }

    @Test("did you mean suggests close keys only")
    func suggestions() {
        #expect(TextChecks.suggestion(for: "titel", among: ["title", "summary"]) == "title")
        #expect(TextChecks.suggestion(for: "sumary", among: ["title", "summary"]) == "summary")
        #expect(TextChecks.suggestion(for: "colour", among: ["title", "summary"]) == nil)
    }
}
