@testable import ErfaringCLI
import ErfaringKit
import Foundation
import Testing

/// A clock the test moves by hand.
final class FixedClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ date: Date) { current = date }

    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func advance(_ seconds: TimeInterval) {
        lock.lock()
        current = current.addingTimeInterval(seconds)
        lock.unlock()
    }
}

/// Runs the shell in-process on the base fixture curriculum with a scripted terminal.
final class ShellHarness {
    let folder: URL
    let curriculum: Curriculum
    let store: ProgressStore
    let clock = FixedClock(Date(timeIntervalSince1970: 1_764_000_000))  // 2025-11-24 16:00 UTC
    private let counter = Counter()

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }

    /// Distinguishes the ids of several harnesses in one test: ids read `0000000N-…`.
    let idNamespace: Int

    /// The seed of every quiz draw.
    let seed: UInt64

    init(curriculum: Curriculum? = nil, idNamespace: Int = 0, seed: UInt64 = 42) throws {
        self.idNamespace = idNamespace
        self.seed = seed
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-shell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let base = Binary.fixtures.appendingPathComponent("base")
        self.curriculum = try curriculum ?? #require(try CurriculumLoader.load(root: base).curriculum)
        store = try ProgressStore(url: folder.appendingPathComponent("progress.sqlite"))
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    var environment: LearningEnvironment {
        let clock = clock, counter = counter, namespace = idNamespace, seed = seed
        return LearningEnvironment(
            now: { clock.now },
            uuid: { UUID(uuidString: String(format: "%08d-0000-4000-8000-%012d", namespace, counter.next()))! },
            seed: { seed })
    }

    /// Runs a script and returns the transcript.
    @discardableResult
    func run(_ script: [String], plain: Bool = false, width: Int = 72, interactive: Bool = false) throws -> String {
        try run(on: ScriptedTerminal(script, width: width, interactive: interactive), plain: plain, width: width)
    }

    /// Runs the shell on a terminal the caller keeps, to look at more than the transcript.
    @discardableResult
    func run(on terminal: ScriptedTerminal, plain: Bool = false, width: Int = 72) throws -> String {
        let shell = Shell(curriculum: curriculum, store: store, terminal: terminal, environment: environment,
                          style: Style(color: false, plain: plain, width: width), dataFolder: "/home/kari/.local/share/erfaring")
        shell.timeZone = TimeZone(identifier: "Europe/Oslo") ?? .current
        _ = try shell.run()
        return terminal.transcript
    }

    /// Answer numbers for the questions of a draw, right or wrong as asked.
    func answers(module: String, seed: UInt64 = 42, right: [Bool]) throws -> [String] {
        let quiz = try #require(curriculum.quiz(for: module))
        let draw = QuizDraw(quiz: quiz, seed: seed)
        return try zip(draw.items, right).map { item, shouldBeRight in
            let question = try #require(quiz.questions.first { $0.id.value == item.questionID })
            return Self.answer(question, order: item.choiceOrder, right: shouldBeRight)
        }
    }

    static func answer(_ question: Question, order: [String], right: Bool) -> String {
        let correct = question.correctChoiceIDs
        let positions = correct.compactMap { id in order.firstIndex(of: id).map { $0 + 1 } }
        if right {
            return question.kind == .ordering ? positions.map(String.init).joined(separator: " ")
                : positions.sorted().map(String.init).joined(separator: " ")
        }
        if question.kind == .ordering { return positions.reversed().map(String.init).joined(separator: " ") }
        let wrong = (1...order.count).first { !positions.contains($0) } ?? 1
        return String(wrong)
    }
}

@Suite("Shell transcripts", .serialized)
struct ShellTranscriptTests {
    private let firstRun = ["1", "Kari"]

    @Test("first run: language, name, the three things to type")
    func firstRunJourney() throws {
        let harness = try ShellHarness()
        let transcript = try harness.run(["7", "1", "", "Kari", "hjelp", "avslutt"])
        try assertGolden(transcript, "shell-first-run.txt")
        #expect(try harness.store.currentProfile()?.name == "Kari")
        #expect(try harness.store.currentProfile()?.language == .nb)
    }

    @Test("leaving before the first run is done saves nothing and says so")
    func firstRunLeft() throws {
        let harness = try ShellHarness()
        let transcript = try harness.run(["1", ScriptedTerminal.interruptLine])
        #expect(transcript.hasSuffix("Ingenting er lagret ennå. Skriv 'erfaring' for å begynne når du vil.\n"))
        #expect(try harness.store.currentProfile() == nil)
    }

    @Test("reading a lesson with a key-point box, a vignette, a reflection and a check")
    func readLesson() throws {
        let harness = try ShellHarness()
        let transcript = try harness.run(firstRun + [
            "", "", "tilbake", "", "", "hvor", "",
            "Jeg ville spurt hva hun ønsker.", "Og lyttet.", "",
            "", "3", "1", "", "", "hjem",
            // The module's number opens it again; the answered reflection says so, and Enter goes on.
            "1", "", "", "", "", "hjem", "dagbok", "dagbok 1", "dagbok første",
            // A lesson by its number; a number the module does not have.
            "åpne 1 1", "hvor", "", "", "", "", "",
            // A check skipped with Enter, then answered at the next prompt.
            "", "1", "hjem", "åpne 1 7", "avslutt",
        ])
        try assertGolden(transcript, "shell-read-lesson.txt")
        // The home screen lists modules by number and title, not by their English ids.
        #expect(transcript.contains(" %  Grunnlag – ") && !transcript.contains("(basics)"))
        let profile = try #require(try harness.store.currentProfile())
        #expect(try harness.store.reflections(profile: profile.id).map(\.text) == ["Jeg ville spurt hva hun ønsker.\nOg lyttet."])
        #expect(try harness.store.moduleProgress(profile: profile.id)["basics"]?.lessonsDone == ["first"])
    }

    @Test("a quiz failed, then passed; the result names lessons to revisit")
    func quizFailThenPass() throws {
        let harness = try ShellHarness()
        try harness.run(firstRun + ["avslutt"])
        let wrong = try harness.answers(module: "basics", right: [false, false, true, true])
        let right = try harness.answers(module: "basics", right: [true, true, true, true])
        let transcript = try harness.run(["quiz basics", "hint"] + wrong + ["quiz basics"] + right + ["fremgang", "avslutt"])
        try assertGolden(transcript, "shell-quiz-fail-pass.txt")
        // Passed before the lesson is read: the state says the quiz is behind, not ahead.
        #expect(transcript.contains("Grunnlag: quiz bestått – 1 leksjon igjen · beste quiz 100 %"))
        #expect(!transcript.contains("så quizen · beste quiz 100 %"))
        let profile = try #require(try harness.store.currentProfile())
        let attempts = try harness.store.attempts(profile: profile.id, module: "basics")
        #expect(attempts.map(\.passed) == [false, true])
        #expect(try harness.store.moduleProgress(profile: profile.id)["basics"]?.bestScore == 1)
    }

    @Test("Ctrl-C in the middle of a quiz keeps the answers; 'quiz' resumes at the next question")
    func interruptAndResume() throws {
        let harness = try ShellHarness()
        try harness.run(firstRun + ["avslutt"])
        let right = try harness.answers(module: "basics", right: [true, true, true, true])
        let transcript = try harness.run(["quiz basics", right[0], right[1], ScriptedTerminal.interruptLine,
                                          "quiz"] + right.suffix(2) + ["avslutt"])
        try assertGolden(transcript, "shell-quiz-interrupt.txt")
        let profile = try #require(try harness.store.currentProfile())
        let attempts = try harness.store.attempts(profile: profile.id, module: "basics")
        #expect(attempts.count == 1)
        #expect(attempts.first?.answers.count == 4)
        #expect(attempts.first?.passed == true)
    }

    @Test("a review session the next day, with the confidence prompt")
    func reviewJourney() throws {
        let harness = try ShellHarness()
        try harness.run(firstRun + ["avslutt"])
        let answers = try harness.answers(module: "basics", right: [true, false, true, true])
        try harness.run(["quiz basics"] + answers + ["avslutt"])
        harness.clock.advance(20 * 60)
        let quiz = try #require(harness.curriculum.quiz(for: "basics"))
        let profile = try #require(try harness.store.currentProfile())
        let due = try harness.store.dueCards(profile: profile.id, at: harness.clock.now)
        #expect(due.count == 4)
        // The review shuffles choices with seed 42; answer every card right, with confidence 3, 2, 1, Enter.
        var generator = SeededGenerator(seed: 42)
        var script = ["repeter"]
        // A confidence out of range is asked again.
        for (card, confidence) in zip(due, [["7", "3"], ["2"], ["1"], [""]]) {
            let question = try #require(quiz.questions.first { $0.id.value == card.questionID })
            let order = question.kind == .trueFalse ? ["true", "false"] : generator.shuffled(question.choices.map(\.id.value))
            script += [ShellHarness.answer(question, order: order, right: true)] + confidence
        }
        let transcript = try harness.run(script + ["avslutt"])
        try assertGolden(transcript, "shell-review.txt")
        let after = try harness.store.dueCards(profile: profile.id, at: harness.clock.now)
        #expect(after.isEmpty)
        let events = try harness.store.events(profile: profile.id).filter { $0.kind == .cardReviewed }
        #expect(events.compactMap(\.payload.rating) == [4, 3, 2, 3])
    }

    @Test("search, glossary, switching language and wrong commands")
    func lookups() throws {
        let harness = try ShellHarness()
        let transcript = try harness.run(firstRun + [
            "søk paragraph", "søk veileder", "søk finnesikke", "søk", "søk plan", "åpne 99",
            "ordliste", "ordliste recovery", "ordliste xyz",
            "lang en", "search paragraph", "glossary recovery", "lang", "lang se",
            "opne basics", "open nowhere", "open nxet", "open", "quiz bsaics", "quiz 9", "quiz -9223372036854775808", "-9223372036854775808", "open 1 -9223372036854775808", "progress", "frobnicate", "home extra", "help open", "help nothing", "quit",
        ])
        try assertGolden(transcript, "shell-lookups.txt")
        // Which module? Numbers and titles in the learner's language, never the English ids.
        let flowing = transcript.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\u{00A0}", with: " ")
        #expect(flowing.contains("Hvilken modul? Skriv 'åpne' og nummeret eller navnet: 1 Grunnlag · 2 Videre"))
        #expect(flowing.contains("Which module? Type 'quiz' and its number or name: 1 Basics · 2 Next steps"))
        #expect(!flowing.contains("2 next-steps"))
        #expect(flowing.contains("Did you mean “Next steps”? Type 'open 2'."))
        // A search hit in a module still locked says so.
        #expect(transcript.contains("Videre › Planlegging  [nb] (åpne\u{00A0}2\u{00A0}1) – låst"))
        #expect(try harness.store.currentProfile()?.language == .en)
    }

    @Test("what the learner typed is shown as typed, also when it looks like a placeholder")
    func typedBracesStayLiteral() throws {
        let harness = try ShellHarness()
        let transcript = try harness.run(firstRun + ["hjem {command}", "lang en", "home {arguments}", "{command} {name}", "quit"])
        #expect(transcript.contains("'hjem' tar ikke imot «{command}»."))
        #expect(transcript.contains("'home' does not take “{arguments}”."))
        #expect(transcript.contains("Unknown command: '{command}'."))
        #expect(!transcript.contains("«hjem»"))
    }

    @Test("text is wrapped to the window as it is now, also after a resize")
    func resize() throws {
        let harness = try ShellHarness()
        let transcript = try harness.run(firstRun + [
            "ordliste recovery", ScriptedTerminal.resizeLine(36), "ordliste recovery", "avslutt",
        ], width: 90)
        let parts = transcript.components(separatedBy: "[36 columns]")
        try #require(parts.count == 2)
        func widest(_ text: String) -> Int {
            text.split(separator: "\n").map { TextWrapper.displayWidth(String($0)) }.max() ?? 0
        }
        #expect(widest(parts[0]) > 36)
        #expect(widest(parts[1]) <= 36)
    }

    @Test("readiness: ratings, advice, kept private")
    func readiness() throws {
        let harness = try ShellHarness()
        let transcript = try harness.run(firstRun + ["selvtest", "9", "2", "selvtest", "", "avslutt"])
        try assertGolden(transcript, "shell-readiness.txt")
        let profile = try #require(try harness.store.currentProfile())
        #expect(try harness.store.readiness(profile: profile.id) == ["say-no": 2])
    }

    @Test("a locked module says what unlocks it; --plain has no box drawing or bar glyphs")
    func lockedAndPlain() throws {
        let harness = try ShellHarness()
        let transcript = try harness.run(firstRun + ["åpne next-steps", "quiz next-steps", "hjem", "", "avslutt"], plain: true)
        try assertGolden(transcript, "shell-plain.txt")
        for glyph in ["█", "░", "┌", "│", "└", "\u{1B}"] {
            #expect(!transcript.contains(glyph), "found \(glyph) in plain output")
        }
    }

    @Test("Ctrl-C in a reflection keeps what was written; Ctrl-D leaves from anywhere")
    func endOfInput() throws {
        let harness = try ShellHarness()
        let transcript = try harness.run(firstRun + ["", "", "", "", "halvferdig tanke", ScriptedTerminal.interruptLine])
        #expect(transcript.hasSuffix("> <end>\nHa det! Alt er lagret.\n"))
        let profile = try #require(try harness.store.currentProfile())
        #expect(try harness.store.reflections(profile: profile.id).map(\.text) == ["halvferdig tanke"])
    }

    @Test("a command at the reflection prompt is a command, not an answer; a sentence is an answer")
    func commandAtReflection() throws {
        let harness = try ShellHarness()
        let leaving = try harness.run(firstRun + ["", "", "", "", "hjem", "avslutt"])
        #expect(!leaving.contains("Hoppet over."), "leaving is not skipping")
        let profile = try #require(try harness.store.currentProfile())
        #expect(try harness.store.reflections(profile: profile.id).isEmpty)
        // 'hjelp dagbok' shows help and asks again; 'åpne 1 1' leaves for that lesson; a sentence
        // that begins with a command word is an answer.
        let transcript = try harness.run(["1", "", "", "", "hjelp dagbok", "åpne 1 1", "hjem",
                                          "1", "", "", "", "søk etter hjelp hos noen du stoler på", "", "avslutt"])
        #expect(transcript.contains("dagbok [nummer]"))
        #expect(transcript.contains("Grunnlag › Første leksjon (1/1) · del\u{00A0}1\u{00A0}av\u{00A0}6"))
        #expect(try harness.store.reflections(profile: profile.id).map(\.text) == ["søk etter hjelp hos noen du stoler på"])
    }

    @Test("a command at an inline check runs, and the check is still there to answer")
    func commandAtCheck() throws {
        let harness = try ShellHarness()
        let transcript = try harness.run(firstRun + ["", "", "", "", "hopp", "", "hjelp quiz", "1", "avslutt"], width: 200)
        let check = try #require(transcript.range(of: "Sjekk deg selv"))
        let after = transcript[check.upperBound...]
        #expect(after.contains("quiz [modul]"), "the help was shown")
        #expect(after.contains("> 1\nRiktig."), "then the check took its answer")
    }

    @Test("Ctrl-C in a reflection says that only lines finished with Enter are kept")
    func interruptReflectionMessage() throws {
        let harness = try ShellHarness()
        let transcript = try harness.run(firstRun + ["", "", "", "", "første linje", ScriptedTerminal.interruptLine, "avslutt"],
                                         width: 200)
        #expect(transcript.contains("Linjene du avsluttet med Enter, er lagret; en linje du holdt på å skrive, kom ikke med."))
    }
    @Test("a very long unknown command: only its start is echoed, and the history does not keep it")
    func longUnknownCommand() throws {
        let harness = try ShellHarness()
        let long = String(repeating: "x", count: 5_000)
        let terminal = ScriptedTerminal(firstRun + [long, "fremgang", "avslutt"], width: 200)
        let transcript = try harness.run(on: terminal)
        #expect(transcript.contains("Ukjent kommando: '" + String(repeating: "x", count: 40) + "…'."))
        #expect(!transcript.contains("'" + String(repeating: "x", count: 41)))
        #expect(!terminal.history.contains(long))
        #expect(terminal.history.contains("fremgang"))
    }

    @Test("--plain: a lesson header broken next to its separator has no stray ' ,'")
    func plainHeaderWrapped() throws {
        for width in [30, 34, 36, 40, 44] {
            let transcript = try ShellHarness().run(firstRun + ["", "avslutt"], plain: true, width: width)
            #expect(transcript.contains("(1/1)"), "the header is shown at width \(width)")
            #expect(!transcript.contains(" ,"), "a stray ' ,' at width \(width)")
            #expect(!transcript.split(separator: "\n").contains { $0.hasPrefix(",") }, "a line begins with ',' at width \(width)")
        }
    }

    @Test("'språk' takes the words the first run takes: 'engelsk', 'english', 'norsk'")
    func languageWords() throws {
        let harness = try ShellHarness()
        try harness.run(firstRun + ["språk engelsk", "avslutt"])
        #expect(try harness.store.currentProfile()?.language == .en)
        try harness.run(["lang norsk", "avslutt"])
        #expect(try harness.store.currentProfile()?.language == .nb)
        try harness.run(["språk English", "avslutt"])
        #expect(try harness.store.currentProfile()?.language == .en)
        let first = try ShellHarness()
        try first.run(["engelsk", "Kari", "avslutt"])
        #expect(try first.store.currentProfile()?.language == .en)
    }

    @Test("an empty quiz answer says how to answer; an order may be typed as '21'")
    func quizEmptyAnswerAndDigitRun() throws {
        // A seed whose draw holds the ordering question (the quiz draws four of five).
        let base = try ShellHarness()
        let quiz = try #require(base.curriculum.quiz(for: "basics"))
        let seed = try #require((1...64).map(UInt64.init).first { seed in
            QuizDraw(quiz: quiz, seed: seed).items.contains { item in
                quiz.questions.first { $0.id.value == item.questionID }?.kind == .ordering
            }
        })
        let harness = try ShellHarness(seed: seed)
        try harness.run(firstRun + ["avslutt"])
        let draw = QuizDraw(quiz: quiz, seed: seed)
        let first = try #require(quiz.questions.first { $0.id.value == draw.items.first?.questionID })
        var answers = try harness.answers(module: "basics", seed: seed, right: [true, true, true, true])
        for (index, item) in draw.items.enumerated() where quiz.questions.first(where: { $0.id.value == item.questionID })?.kind == .ordering {
            answers[index] = answers[index].replacingOccurrences(of: " ", with: "")
        }
        #expect(answers.contains { $0.count > 1 && Int($0) != nil }, "the draw has an ordering question typed as a run")
        let transcript = try harness.run(["quiz basics", ""] + answers + ["avslutt"], width: 300)
        let hint = Strings(language: .nb)(Shell.howToAnswer(first.kind))
        let afterEmpty = try #require(transcript.range(of: "> \n"))
        #expect(transcript[afterEmpty.upperBound...].hasPrefix(hint), "the hint follows the empty answer")
        let profile = try #require(try harness.store.currentProfile())
        #expect(try harness.store.attempts(profile: profile.id, module: "basics").map(\.passed) == [true])
    }
}
