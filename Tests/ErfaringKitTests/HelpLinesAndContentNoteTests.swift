@testable import ErfaringKit
import Foundation
import Testing

@Suite("Help lines and content notes in the curriculum")
struct HelpLinesAndContentNoteTests {
    private var base: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/base")
    }

    @Test("phone numbers: digits in groups, an optional leading '+', 3 to 15 digits", arguments: [
        ("113", true), ("116 117", true), ("22 40 00 40", true), ("+47 22 40 00 40", true),
        ("11", false), ("1 1", false), ("116  117", false), (" 113", false), ("113 ", false), ("+ 47 113", false),
        ("113-117", false), ("ring 113", false), ("1234567890123456", false), ("١١٣", false), ("", false),
    ])
    func phoneNumbers(text: String, valid: Bool) {
        #expect(CourseReader.isPhoneNumber(text) == valid)
    }

    @Test("the reader keeps the help lines in order and a lesson's content note in both languages")
    func reads() throws {
        let curriculum = try #require(try CurriculumLoader.load(root: base).curriculum)
        #expect(curriculum.course.helpLines.map(\.number.value) == ["113"])
        #expect(curriculum.course.helpLines.first?.when.en == "When life is at stake.")
        let lesson = try #require(curriculum.module("next-steps")?.lessons.first)
        #expect(lesson.contentNote?.nb.hasPrefix("Denne leksjonen handler om en plan") == true)
        #expect(lesson.contentNote?.en.hasPrefix("This lesson is about a plan") == true)
        #expect(curriculum.module("basics")?.lessons.first?.contentNote == nil, "the note is optional")
        // The note is read before the lesson, not as part of it: it is not counted in its words.
        #expect(lesson.wordCount(in: .nb) == TextChecks.wordCount("Planlegging") + TextChecks.wordCount("Lag en plan."))
    }

    @Test("a conversation's content note is read in both languages; without one it is nil")
    func conversationNote() throws {
        let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let result = try CurriculumLoader.load(root: shipped)
        #expect(result.diagnostics.filter { $0.message.contains("content-note") }.isEmpty)
        let curriculum = try #require(result.curriculum)
        let crisis = try #require(curriculum.conversations(for: "crisis-and-duties").first)
        #expect(crisis.contentNote?.nb.hasPrefix("Denne samtalen handler om en bruker") == true)
        #expect(crisis.contentNote?.en.hasPrefix("This conversation is about a service user") == true)
        let base = try #require(try CurriculumLoader.load(root: base).curriculum)
        #expect(base.conversations(for: "basics").first?.contentNote == nil, "the note is optional")
    }
}
