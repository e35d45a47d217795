@testable import ErfaringCLI
import ErfaringKit
import Foundation
import Testing

/// A module's end as a moment, the course's end, and Enter at home agreeing with the home screen.
@Suite("Module end transcripts", .serialized)
struct ModuleEndTranscriptTests {
    private let firstRun = ["1", "Kari"]
    /// Enter through the fixture's one lesson from its first block: three blocks, a reflection
    /// and a check skipped (each Enter twice), the last block.
    private let readThrough = ["", "", "", "", "", "", "", "", ""]

    /// Every line fits 80 columns, and the moment (from its title to the next prompt) 24 lines.
    private func expectFits(_ transcript: String, moment title: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let lines = transcript.split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines {
            #expect(TextWrapper.displayWidth(String(line)) <= 80, "too wide: \(line)", sourceLocation: sourceLocation)
        }
        guard let start = lines.firstIndex(where: { $0.hasPrefix(title) }) else {
            Issue.record("no '\(title)' in the transcript", sourceLocation: sourceLocation)
            return
        }
        let end = lines[start...].firstIndex { $0.hasPrefix(">") } ?? lines.endIndex
        #expect(end - start <= 24, "the moment takes \(end - start) lines", sourceLocation: sourceLocation)
    }

    @Test("the last lesson read after a passed quiz: the module is complete, what opened, the reviews, the summary")
    func lastLessonAfterQuiz() throws {
        let harness = try ShellHarness()
        try harness.run(firstRun + ["avslutt"])
        let right = try harness.answers(module: "basics", right: [true, true, true, true])
        let transcript = try harness.run(["quiz basics"] + right + ["åpne 1"] + readThrough + ["avslutt"], width: 80)
        try assertGolden(transcript, "shell-module-end.txt")
        let end = try #require(transcript.range(of: "Ferdig med leksjonen «Første leksjon».")).upperBound
        let moment = String(transcript[end...])
        #expect(!moment.contains("Skriv 'quiz' for å teste deg selv"))
        #expect(moment.contains("Modul fullført: Grunnlag\nDu har lest leksjonen og bestått quizen.\n"))
        #expect(moment.contains("Forsøk: 1 · beste resultat: 100 %"))
        #expect(moment.contains("Nå kan du åpne: Videre (åpne\u{00A0}2)."))
        #expect(moment.contains("Repetisjon: 4 spørsmål fra modulen er lagt til; det første er klart om 10 min."))
        #expect(moment.contains("'erfaring summary --out"))
        expectFits(transcript, moment: "Modul fullført")
        // Reading the completed module again is no new moment, and asks for no quiz.
        let again = try harness.run(["åpne 1"] + readThrough + ["avslutt"], width: 80)
        #expect(again.contains("Du har lest gjennom Grunnlag igjen. Modulen var fullført fra før."))
        #expect(!again.contains("Modul fullført") && !again.contains("Skriv 'quiz' for å teste deg selv"))
    }

    @Test("the quiz passed with every lesson read ends the module; the last module's end ends the course (English)")
    func quizLastAndCourse() throws {
        let harness = try ShellHarness()
        try harness.run(firstRun + ["språk en", "avslutt"])
        let basics = try harness.answers(module: "basics", right: [true, true, true, true])
        let next = try harness.answers(module: "next-steps", right: [true, true])
        // The second module's lesson has a content note: Enter reads it, Enter goes past its one block.
        let transcript = try harness.run(["open 1"] + readThrough + ["home", "quiz 1"] + basics
                                         + ["open 2", "", "", "quiz 2"] + next + ["quit"], width: 80)
        try assertGolden(transcript, "shell-course-end.txt")
        #expect(transcript.contains("You have read every lesson of Basics. Type 'quiz' to test yourself."))
        let first = try #require(transcript.range(of: "Module complete: Basics\n"))
        #expect(transcript[first.upperBound...].hasPrefix("You have read the lesson and passed the quiz.\n"))
        #expect(transcript.contains("Now open to you: Next steps (open\u{00A0}2)."))
        #expect(transcript.contains("Review: 4 questions from the module were added; the first is due in 10 min."))
        let last = try #require(transcript.range(of: "Module complete: Next steps\n"))
        let courseEnd = String(transcript[last.upperBound...])
        #expect(courseEnd.contains("You have completed the whole course, all 2 modules. Well done."))
        #expect(courseEnd.contains("For a job application: run 'erfaring summary --out competence.html'"))
        #expect(!courseEnd.contains("Now open to you"))
        expectFits(transcript, moment: "Module complete: Next steps")
        // Retaking a passed quiz of a completed module is no new moment.
        let again = try harness.run(["quiz 1"] + basics + ["quit"], width: 80)
        #expect(!again.contains("Module complete"))
        #expect(again.contains("Passed! You have completed Basics."))
    }

    @Test("a quiz paused while reading: Enter resumes the quiz if it was last, the reading if the learner read on")
    func pausedQuizThenReading() throws {
        let harness = try ShellHarness()
        let right = try harness.answers(module: "basics", right: [true, true, true, true])
        // Reading, a quiz started from the lesson and paused after one answer: Enter goes back to the quiz.
        let first = try harness.run(firstRun + ["", "", "quiz", right[0], "hjem", "", "hjem", "avslutt"], width: 80)
        #expect(first.contains("Fortsett der du slapp: Grunnlag › quiz (trykk Enter)"))
        #expect(first.contains("Du fortsetter quizen der du slapp: spørsmål 2 av 4."))
        // Later the learner goes back to the lesson instead, and leaves from there.
        harness.clock.advance(60)
        try harness.run(["åpne 1", "hjem", "avslutt"], width: 80)
        harness.clock.advance(60)
        let transcript = try harness.run(["", "hjem", "avslutt"], width: 80)
        try assertGolden(transcript, "shell-resume-reading-after-quiz.txt")
        #expect(transcript.contains("Fortsett der du slapp: Grunnlag › Første leksjon (trykk Enter)"))
        // Reading resumes at the block the learner left.
        #expect(transcript.contains("Grunnlag › Første leksjon (1/1) · del\u{00A0}2\u{00A0}av\u{00A0}6"))
        #expect(!transcript.contains("Du fortsetter quizen"))
        // The paused attempt is still there for 'quiz'.
        let profile = try #require(try harness.store.currentProfile())
        #expect(try harness.store.openAttempt(profile: profile.id, module: "basics")?.answers.count == 1)
    }

    /// The fixture course with a third module (a copy of the first, with its own quiz) and no prerequisites.
    private func threeModules() throws -> Curriculum {
        var curriculum = try #require(try CurriculumLoader.load(root: Binary.fixtures.appendingPathComponent("base")).curriculum)
        var third = try #require(curriculum.module("basics"))
        third.id = Located("third", at: third.id.location)
        third.title = LocalizedText(nb: "Tredje", en: "Third")
        curriculum.modules.append(third)
        for index in curriculum.modules.indices { curriculum.modules[index].prerequisites = [] }
        var quiz = try #require(curriculum.quiz(for: "basics"))
        quiz.module = Located("third", at: quiz.module.location)
        curriculum.quizzes["third"] = quiz
        return curriculum
    }

    @Test("the home screen's continue line is what Enter does: a module being read before one waiting for its quiz")
    func continueLineAgreesWithEnter() throws {
        let harness = try ShellHarness(curriculum: try threeModules())
        try harness.run(firstRun + ["avslutt"])
        let profile = try #require(try harness.store.currentProfile()).id
        // The first module waits for its quiz, the second is being read, the third was completed last.
        harness.clock.advance(60)
        try harness.store.markLessonDone(profile: profile, module: "basics", lesson: "first", at: harness.clock.now)
        harness.clock.advance(60)
        try harness.store.recordPosition(profile: profile, module: "next-steps", lesson: "planning", block: "body",
                                         at: harness.clock.now)
        harness.clock.advance(60)
        let right = try harness.answers(module: "third", right: [true, true, true, true])
        try harness.run(["åpne 3"] + readThrough + ["quiz 3"] + right + ["avslutt"])
        let transcript = try harness.run(["", "hjem", "avslutt"], width: 80)
        try assertGolden(transcript, "shell-continue-line.txt")
        #expect(transcript.contains("Fortsett der du slapp: Videre › Planlegging (trykk Enter)"))
        #expect(!transcript.contains("Grunnlag › quiz"))
        // Enter opened the module being read (its lesson's content note comes first).
        #expect(transcript.contains("│ Denne leksjonen handler om en plan etter en krise."))
    }

    @Test("a required practice conversation left: home names it, Enter starts it, and its ending completes the module")
    func practiceLast() throws {
        var curriculum = try #require(try CurriculumLoader.load(root: Binary.fixtures.appendingPathComponent("base")).curriculum)
        curriculum.conversations["basics"]?[0].required = true
        let harness = try ShellHarness(curriculum: curriculum)
        try harness.run(firstRun + ["avslutt"])
        let right = try harness.answers(module: "basics", right: [true, true, true, true])
        let before = try harness.run(["åpne 1"] + readThrough + ["hjem", "quiz 1"] + right + ["avslutt"], width: 80)
        #expect(!before.contains("Modul fullført"))
        // Home names the conversation left, and Enter starts it.
        let transcript = try harness.run(["", "1", "1", "avslutt"], width: 80)
        #expect(transcript.contains("Fortsett der du slapp: Grunnlag › «Kvelden før styremøtet» (trykk Enter)"))
        #expect(!transcript.contains("Du har fullført alle modulene"))
        let ending = try #require(transcript.range(of: "Slutter du har funnet i denne samtalen: 1 av 3.\n"))
        let moment = String(transcript[ending.upperBound...])
        #expect(moment.hasPrefix("\nModul fullført: Grunnlag\nDu har lest leksjonen og bestått quizen.\n"))
        #expect(moment.contains("Øvingssamtaler fullført: «Kvelden før styremøtet»."))
        #expect(!moment.contains("Spille igjen"))
        expectFits(transcript, moment: "Modul fullført")
    }

    @Test("'erfaring modules' shows the minutes measured from each module, in text and JSON, not the authored guess")
    func modulesMinutes() throws {
        let curriculum = try #require(try CurriculumLoader.load(root: Binary.repository).curriculum)
        let text = try InProcess.run(["modules", "--curriculum", Binary.repository.path])
        let json = try InProcess.run(["modules", "--format", "json", "--lang", "en", "--curriculum", Binary.repository.path])
        #expect(text.status == 0 && json.status == 0)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let lines = text.stdout.split(separator: "\n").map(String.init)
        for (index, module) in curriculum.modules.enumerated() {
            let quiz = curriculum.quiz(for: module.id.value)
            let nb = ModuleDuration(module: module, quiz: quiz, language: .nb).minutes
            let en = ModuleDuration(module: module, quiz: quiz, language: .en).minutes
            #expect(nb != module.minutes, "\(module.id.value): the authored figure is not what is shown")
            let heading = try #require(lines.firstIndex { $0.hasPrefix("\(index + 1). ") })
            #expect(lines[heading...].first { $0.hasSuffix(" min") }?.hasSuffix(", ca. \(nb) min") == true, "\(module.id.value)")
            #expect(entries[index]["minutes"] as? Int == en, "\(module.id.value)")
        }
    }
}
