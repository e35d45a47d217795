@testable import ErfaringCLI
import ErfaringKit
import ErfaringTestSupport
import Foundation
import Testing

/// Quiz, review and check feedback as a learner at 80×24 meets it: the verdict and the right
/// answer first, the feedback that matters, and the next step waiting for the learner.
@Suite("Feedback screens", .serialized)
struct FeedbackTranscriptTests {
    private let firstRun = ["1", "Kari"]

    /// The review's due cards in the order they are shown, with their choices shuffled as the
    /// session shuffles them (seed 42).
    private func dueQuestions(_ harness: ShellHarness) throws -> [(question: Question, order: [String])] {
        let profile = try #require(try harness.store.currentProfile())
        var generator = SeededGenerator(seed: 42)
        return try harness.store.dueCards(profile: profile.id, at: harness.clock.now).map { card in
            let question = try #require(harness.curriculum.question(card.questionID, in: card.moduleID))
            return (question, QuizDraw.choiceOrder(for: question, using: &generator))
        }
    }

    @Test("review at a terminal: a wrong answer's verdict, right answer and feedback wait for Enter; a right one's confidence is asked under its feedback")
    func reviewFeedbackWaits() throws {
        let harness = try ShellHarness()
        try harness.run(firstRun + ["avslutt"])
        try harness.run(["quiz basics"] + harness.answers(module: "basics", right: [true, true, true, true]) + ["avslutt"])
        harness.clock.advance(20 * 60)
        let due = try dueQuestions(harness)
        try #require(due.count == 4)
        let wrong = ShellHarness.answer(due[0].question, order: due[0].order, right: false)
        let right = ShellHarness.answer(due[1].question, order: due[1].order, right: true)
        let transcript = try harness.run(["repeter", wrong, "", right, "1", "hjem", "avslutt"], width: 80, interactive: true)
        // The wrong answer: verdict, right answer, feedback and explanation, then the wait (the
        // learner's Enter), and only then the next question.
        let afterWrong = try #require(transcript.range(of: "> \(wrong)\n"))
        let wrongScreen = transcript[afterWrong.upperBound...]
        let verdict = try #require(wrongScreen.range(of: "Ikke riktig.\n"))
        let rightAnswer = try #require(wrongScreen.range(of: "Riktig svar:"))
        let explanation = try #require(wrongScreen.range(of: "Forklaring:"))
        let enter = try #require(wrongScreen.range(of: "> \n"))
        let next = try #require(wrongScreen.range(of: "Spørsmål 2 av 4"))
        #expect(verdict.lowerBound < rightAnswer.lowerBound && rightAnswer.lowerBound < explanation.lowerBound)
        #expect(explanation.lowerBound < enter.lowerBound && enter.lowerBound < next.lowerBound,
                "the next question waits for Enter")
        // The right answer: the verdict and feedback come before the confidence is typed.
        let afterRight = try #require(transcript.range(of: "> \(right)\n", range: next.upperBound..<transcript.endIndex))
        let rightScreen = transcript[afterRight.upperBound...]
        #expect(rightScreen.hasPrefix("Riktig.\n"))
        let confidence = try #require(rightScreen.range(of: "> 1\n"))
        #expect(rightScreen[..<confidence.lowerBound].contains("Forklaring:"))
        let profile = try #require(try harness.store.currentProfile())
        let reviews = try harness.store.events(profile: profile.id).filter { $0.kind == .cardReviewed }
        #expect(reviews.compactMap(\.payload.rating) == [1, 2], "again for the wrong answer, hard for the unsure right one")
    }

    @Test("Ctrl-C at the confidence prompt: the right answer was on screen; the review pauses and the answer counts as right at 'fairly sure'")
    func interruptAtConfidence() throws {
        let harness = try ShellHarness()
        try harness.run(firstRun + ["avslutt"])
        try harness.run(["quiz basics"] + harness.answers(module: "basics", right: [true, true, true, true]) + ["avslutt"])
        harness.clock.advance(20 * 60)
        let due = try dueQuestions(harness)
        let right = ShellHarness.answer(due[0].question, order: due[0].order, right: true)
        let transcript = try harness.run(["repeter", right, ScriptedTerminal.interruptLine, "avslutt"], width: 80,
                                         interactive: true)
        let afterAnswer = try #require(transcript.range(of: "> \(right)\n"))
        let interrupt = try #require(transcript.range(of: "> \(ScriptedTerminal.interruptLine)\n"))
        let shown = transcript[afterAnswer.upperBound..<interrupt.lowerBound]
        #expect(shown.hasPrefix("Riktig.\n") && shown.contains("Forklaring:"), "the verdict and feedback came first")
        #expect(transcript[interrupt.upperBound...].contains("Svaret ditt er lagret som riktig, som om du var ganske sikker."))
        #expect(transcript.contains("Repetisjonen er satt på pause: 1 av 1 riktige så langt."))
        #expect(!transcript.contains("Spørsmål 2 av 4"))
        let profile = try #require(try harness.store.currentProfile())
        let reviews = try harness.store.events(profile: profile.id).filter { $0.kind == .cardReviewed }
        #expect(reviews.compactMap(\.payload.rating) == [3], "one review, Good, for the right answer")
        #expect(reviews.compactMap(\.payload.correct) == [true])
        #expect(try harness.store.dueCards(profile: profile.id, at: harness.clock.now).count == 3)
    }

    /// A scripted terminal that also notes what the store holds each time a prompt is shown.
    final class ProbingTerminal: Terminal {
        let inner: ScriptedTerminal
        let probe: (String) -> Void
        init(_ inner: ScriptedTerminal, probe: @escaping (String) -> Void) {
            self.inner = inner
            self.probe = probe
        }
        func readLine(prompt: String, addToHistory: Bool) -> InputEvent {
            probe(prompt)
            return inner.readLine(prompt: prompt, addToHistory: addToHistory)
        }
        func write(_ text: String) { inner.write(text) }
        var width: Int { inner.width }
        var isInteractive: Bool { inner.isInteractive }
        func setCompletions(_ provider: @escaping CompletionProvider) {}
        func saveHistory() {}
        func useHistory(_ file: URL) {}
    }

    @Test("review: a wrong answer is saved before the prompt after its feedback; a right one only once its confidence is given")
    func whenReviewsAreSaved() throws {
        let harness = try ShellHarness()
        try harness.run(firstRun + ["avslutt"])
        try harness.run(["quiz basics"] + harness.answers(module: "basics", right: [true, true, true, true]) + ["avslutt"])
        harness.clock.advance(20 * 60)
        let due = try dueQuestions(harness)
        let profile = try #require(try harness.store.currentProfile())
        let script = ["repeter", ShellHarness.answer(due[0].question, order: due[0].order, right: false), "",
                      ShellHarness.answer(due[1].question, order: due[1].order, right: true), "3", "hjem", "avslutt"]
        var saved: [String: [Int]] = [:]
        let store = harness.store
        let terminal = ProbingTerminal(ScriptedTerminal(script, width: 80, interactive: true)) { prompt in
            let ratings = (try? store.events(profile: profile.id).filter { $0.kind == .cardReviewed }.compactMap(\.payload.rating)) ?? []
            saved[prompt] = saved[prompt] ?? ratings
        }
        let shell = Shell(curriculum: harness.curriculum, store: store, terminal: terminal, environment: harness.environment,
                          style: Style(color: false, plain: false, width: 80), dataFolder: "/tmp")
        _ = try shell.run()
        let strings = Strings(language: .nb)
        #expect(saved[strings(.quizNextPrompt)] == [1], "the wrong answer is saved while its feedback waits")
        #expect(saved[strings(.reviewConfidence)] == [1], "the right answer is not saved before its confidence")
        #expect(try store.events(profile: profile.id).filter { $0.kind == .cardReviewed }.compactMap(\.payload.rating) == [1, 4])
    }

    @Test("quiz: the attempt's result is stored before the last feedback waits for Enter; a window closed there loses no pass")
    func quizResultStoredBeforeLastWait() throws {
        let harness = try ShellHarness()
        try harness.run(firstRun + ["avslutt"])
        let profile = try #require(try harness.store.currentProfile())
        let answers = try harness.answers(module: "basics", right: [true, true, true, true])
        // Enter after each of the first three answers; the window closes (end of input) at the last wait.
        let script = ["quiz basics", answers[0], "", answers[1], "", answers[2], "", answers[3]]
        let store = harness.store
        var finishedAtLastWait: Bool?
        let strings = Strings(language: .nb)
        let terminal = ProbingTerminal(ScriptedTerminal(script, width: 80, interactive: true)) { prompt in
            guard prompt == strings(.feedbackGoOnPrompt) else { return }
            let attempts = (try? store.attempts(profile: profile.id, module: ModuleID("basics"))) ?? []
            finishedAtLastWait = attempts.contains { $0.finishedAt != nil && $0.passed == true }
        }
        let shell = Shell(curriculum: harness.curriculum, store: store, terminal: terminal, environment: harness.environment,
                          style: Style(color: false, plain: false, width: 80), dataFolder: "/tmp")
        _ = try shell.run()
        #expect(finishedAtLastWait == true, "the pass is stored while the last feedback is on screen")
        let unfinished = try store.attempts(profile: profile.id, module: ModuleID("basics"), unfinishedOnly: true)
        #expect(unfinished.isEmpty)
        // The next sitting does not offer to resume a quiz that has every answer.
        let again = try harness.run(["quiz basics", "hjem", "avslutt"], width: 80)
        #expect(!again.contains("Du fortsetter quizen"))
    }

    @Test("a closing sentence all feedback shares is found; different or single ones are not", arguments: [
        (["Nei. Se leksjonen «A».", "Ja. Se leksjonen «A»."], "Se leksjonen «A»." as String?),
        (["Nei. Se leksjonen «A».", "Ja. Se leksjonen «B»."], nil),
        (["Nei. Se leksjonen «A»."], nil),
        (["Se leksjonen «A».", "Se leksjonen «A»."], nil),
    ])
    func sharedLastSentence(texts: [String], shared: String?) {
        #expect(Shell.sharedLastSentence(texts) == shared)
    }

    @Test("multiple choice: verdict and right answer first; a right choice the learner missed is not called right", arguments: [
        (Language.nb, "Ikke riktig.", "Du fant 0 av 2 riktige. Riktig svar:", "Du gikk glipp av denne: A.", "Ja – A."),
        (Language.en, "Not right.", "You found 0 of 2 right ones. Right answer:", "You missed this one: A.", "Yes – A."),
    ])
    func multipleMissed(language: Language, verdict: String, found: String, missed: String, asWritten: String) throws {
        let harness = try ShellHarness()
        try harness.run(language == .nb ? firstRun + ["avslutt"] : ["2", "Kari", "quit"])
        let answers = try harness.answers(module: "basics", right: [false, true, true, true])
        let transcript = try harness.run(["quiz basics", answers[0], "avslutt"], width: 80)
        let screen = try #require(transcript.components(separatedBy: "> \(answers[0])\n").last)
        let lines = screen.split(separator: "\n").map(String.init)
        #expect(lines.first == verdict)
        #expect(lines.dropFirst().first?.hasPrefix("  " + found) == true, "the right answer right under the verdict")
        #expect(screen.contains("    " + missed))
        #expect(!screen.contains(asWritten), "the feedback written for a learner who chose it")
    }

    @Test("a missed choice's feedback loses its opening verdict", arguments: [
        ("Riktig. Koret gir fellesskap.", "Koret gir fellesskap."),
        ("Riktig, påstanden stemmer.", "Påstanden stemmer."),
        ("Ja – A.", "A."),
        ("Right. The choir gives community.", "The choir gives community."),
        ("Correct, the claim holds.", "The claim holds."),
        ("Riktignok er dette uvanlig.", "Riktignok er dette uvanlig."),
        ("Jasmin sier ja.", "Jasmin sier ja."),
    ])
    func withoutVerdict(written: String, shown: String) {
        #expect(Shell.withoutVerdict(written) == shown)
    }

    @Test("an inline check answered wrong: why, one more try, then the answer; nothing is recorded")
    func checkRetry() throws {
        let harness = try ShellHarness()
        // To the check: three blocks, then the reflection skipped.
        let toCheck = firstRun + ["", "", "", "", "hopp", ""]
        let transcript = try harness.run(toCheck + ["2", "2", "", "hjem", "åpne 1 1", "", "", "", "hopp", "", "2", "1",
                                                    "avslutt"], width: 80)
        let first = try #require(transcript.range(of: "> 2\n"))
        let retry = transcript[first.upperBound...]
        #expect(retry.hasPrefix("Ikke riktig.\n  Nei.\nPrøv én gang til (Enter viser svaret).\n> 2\n"),
                "the verdict and why, without the answer, then another try")
        let second = try #require(retry.range(of: "> 2\n"))
        let after = retry[second.upperBound...]
        #expect(after.hasPrefix("Ikke riktig.\n  Riktig svar: 1. Ja\n"), "the second wrong answer shows the right one")
        // Again, right at the second try.
        let again = try #require(transcript.range(of: "> 1\n", range: second.upperBound..<transcript.endIndex))
        #expect(transcript[again.upperBound...].hasPrefix("Riktig.\n"))
        let profile = try #require(try harness.store.currentProfile())
        let kinds = Set(try harness.store.events(profile: profile.id).map(\.kind))
        #expect(!kinds.contains(.questionAnswered) && !kinds.contains(.cardReviewed), "checks are practice: \(kinds)")
        #expect(try harness.store.dueCards(profile: profile.id, at: harness.clock.now.addingTimeInterval(86_400 * 365)).isEmpty)
    }

    @Test("every question of the shipped course: a wrong answer's feedback fits 24 rows at 80 columns with the prompt under it",
          arguments: [Language.nb, Language.en])
    func shippedFeedbackFits(language: Language) throws {
        let course = try #require(try CurriculumLoader.load(root: Binary.repository).curriculum)
        var tallest = (rows: 0, question: "")
        let fixed = Date(timeIntervalSince1970: 1_764_000_000)
        for module in course.modules {
            let quiz = try #require(course.quiz(for: module.id.value))
            for question in quiz.questions {
                let order = question.choices.map(\.id.value)
                // A wrong choice picked and every right one missed (for an order: the order reversed).
                let response = question.kind == .ordering ? question.correctChoiceIDs.reversed()
                    : [order.first { !question.correctChoiceIDs.contains($0) } ?? order[0]]
                let terminal = ScriptedTerminal([], width: 80)
                let shell = Shell(curriculum: course, store: try ProgressStore.inMemory(), terminal: terminal,
                                  environment: LearningEnvironment(now: { fixed }, uuid: { UUID() }, seed: { 1 }),
                                  style: Style(color: false, plain: false, width: 80), dataFolder: "/tmp")
                shell.profile = Profile(id: "p", name: "Kari", language: language, createdAt: fixed)
                shell.showOutcome(Grader.grade(question, response: response), question: question, order: order,
                                  response: response)
                let rows = terminal.transcript.split(separator: "\n", omittingEmptySubsequences: false).count - 1
                if rows > tallest.rows { tallest = (rows, question.id.value) }
            }
        }
        // The feedback and the prompt under it, in 24 rows.
        #expect(tallest.rows <= 23, "'\(tallest.question)' takes \(tallest.rows) rows")
    }
}
