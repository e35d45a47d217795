@testable import ErfaringCLI
import ErfaringKit
import Foundation
import Testing

/// The help screen ('krise' / 'crisis', 'hjelp nå' / 'help now') at every prompt, and the
/// content note before a heavy lesson, in both languages.
@Suite("Help lines and content notes", .serialized)
struct HelpLinesTranscriptTests {
    private static let headerNB = "Hjelp nå – nødnumre og hjelpetelefoner"
    private static let headerEN = "Help now – emergency and help numbers"

    /// The base fixture course with 'next-steps' (whose lesson carries a content note) open
    /// from the start.
    private func harnessWithOpenNote() throws -> ShellHarness {
        let base = Binary.fixtures.appendingPathComponent("base")
        var curriculum = try #require(try CurriculumLoader.load(root: base).curriculum)
        let index = try #require(curriculum.modules.firstIndex { $0.id.value == "next-steps" })
        curriculum.modules[index].prerequisites = []
        return try ShellHarness(curriculum: curriculum)
    }

    private func count(_ text: String, in transcript: String) -> Int {
        transcript.components(separatedBy: text).count - 1
    }

    @Test("nb: the help screen from home, reading, a reflection, a check, the self-assessment and a quiz")
    func everyPromptNorwegian() throws {
        let harness = try ShellHarness()
        let right = try harness.answers(module: "basics", right: [true, true, true, true])
        let transcript = try harness.run([
            "krise", "1", "Kari", "krise",
            // Reading: the reading prompt, then 'hjelp nå' as the first line of a reflection,
            // which stays open for the answer.
            "", "krise", "", "", "", "hjelp nå", "Et svar.", "",
            // The inline check: the screen, then the check still takes its answer.
            "", "krise", "1", "hjem",
            "selvtest", "krise", "2",
            // A question, then the prompt that waits after the feedback.
            "quiz basics", "krise", right[0], "hjelp nå", "", right[1], "", right[2], "", right[3], "avslutt",
        ], interactive: true)
        try assertGolden(transcript, "shell-help-lines-nb.txt")
        #expect(count(Self.headerNB, in: transcript) == 8)
        #expect(!transcript.contains(Self.headerEN))
        let profile = try #require(try harness.store.currentProfile())
        #expect(try harness.store.reflections(profile: profile.id).map(\.text) == ["Et svar."], "'hjelp nå' was not the answer")
        #expect(try harness.store.readiness(profile: profile.id) == ["say-no": 2])
        #expect(try harness.store.attempts(profile: profile.id, module: "basics").map(\.passed) == [true])
    }

    @Test("en: 'crisis' and 'help now' in English, also before a language is chosen")
    func everyPromptEnglish() throws {
        let harness = try ShellHarness()
        let transcript = try harness.run(["crisis", "2", "help now", "Kari", "help now", "home", "help", "open 1", "crisis", "quit"])
        try assertGolden(transcript, "shell-help-lines-en.txt")
        #expect(count(Self.headerEN, in: transcript) == 4)
        #expect(!transcript.contains(Self.headerNB))
        #expect(transcript.contains("'crisis' for emergency numbers"), "the home screen's line")
        #expect(try harness.store.currentProfile()?.name == "Kari", "'help now' was not taken for a name")
    }

    @Test("the numbers come from the course, not from the code")
    func numbersFromTheCourse() throws {
        let base = Binary.fixtures.appendingPathComponent("base")
        var curriculum = try #require(try CurriculumLoader.load(root: base).curriculum)
        var line = try #require(curriculum.course.helpLines.first)
        line.number = Located("12 34 56 78", at: line.number.location)
        line.name = LocalizedText(nb: "Vakttelefonen i organisasjonen", en: "The organisation's duty phone")
        curriculum.course.helpLines = [line]
        let harness = try ShellHarness(curriculum: curriculum)
        let transcript = try harness.run(["1", "Kari", "krise", "avslutt"])
        #expect(transcript.contains("  12 34 56 78  Vakttelefonen i organisasjonen\n"))
        #expect(!transcript.contains("113"))
    }

    @Test("review: the help screen at the question and at the confidence prompt")
    func review() throws {
        let harness = try ShellHarness()
        let right = try harness.answers(module: "basics", right: [true, true, true, true])
        try harness.run(["1", "Kari", "quiz basics"] + right + ["avslutt"])
        harness.clock.advance(20 * 60)
        // The first card answered right, so that the confidence prompt follows its feedback.
        let profile0 = try #require(try harness.store.currentProfile())
        let card = try #require(try harness.store.dueCards(profile: profile0.id, at: harness.clock.now).first)
        let question = try #require(harness.curriculum.question(card.questionID, in: card.moduleID))
        var generator = SeededGenerator(seed: 42)
        let order = QuizDraw.choiceOrder(for: question, using: &generator)
        let transcript = try harness.run(["repeter", "krise", ShellHarness.answer(question, order: order, right: true),
                                          "hjelp nå", "2"])
        #expect(count(Self.headerNB, in: transcript) == 2)
        let profile = try #require(try harness.store.currentProfile())
        let reviews = try harness.store.events(profile: profile.id).filter { $0.kind == .cardReviewed }
        #expect(reviews.count == 1, "the answer was recorded after the help screen")
    }

    @Test("nb: a content note before the lesson; 'hjem' leaves it for later, Enter reads on")
    func contentNoteNorwegian() throws {
        let harness = try harnessWithOpenNote()
        let transcript = try harness.run(["1", "Kari", "åpne 2", "krise", "hjem", "åpne 2", "", "", "avslutt"])
        try assertGolden(transcript, "shell-content-note-nb.txt")
        #expect(count("Før du begynner", in: transcript) == 2)
        #expect(transcript.contains("Greit. Leksjonen venter på deg: skriv 'åpne\u{00A0}2\u{00A0}1' når du vil lese den."))
        let profile = try #require(try harness.store.currentProfile())
        #expect(try harness.store.moduleProgress(profile: profile.id)["next-steps"]?.lessonsDone == ["planning"])
    }

    @Test("en: 'skip' leaves the lesson for later and nothing is marked read")
    func contentNoteEnglish() throws {
        let harness = try harnessWithOpenNote()
        let transcript = try harness.run(["2", "Kari", "open 2", "help now", "skip", "quit"])
        try assertGolden(transcript, "shell-content-note-en.txt")
        #expect(transcript.contains("Before you begin"))
        #expect(transcript.contains("This lesson is about a plan after a crisis."))
        #expect(count(Self.headerEN, in: transcript) == 1)
        let profile = try #require(try harness.store.currentProfile())
        #expect(try harness.store.moduleProgress(profile: profile.id)["next-steps"]?.lessonsDone.isEmpty ?? true)
    }
}
