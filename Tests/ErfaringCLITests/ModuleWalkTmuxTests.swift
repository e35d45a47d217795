import ErfaringKit
import ErfaringTestSupport
import Foundation
import Testing

/// A new learner walks module 1 of the shipped course in a real 80×24 terminal: every lesson to
/// its end, the quiz with a wrong answer, then a review. At every feedback screen the verdict,
/// the right answer and the feedback must be on the 24 rows together. The walk reads what is on
/// screen and answers the prompt it finds, so a pager or a new screen on the way fits it.
@Suite("A whole module at 80×24 in tmux", .serialized)
struct ModuleWalkTmuxTests {
    private let session = "erfaring-walk-\(UInt32.random(in: 0...UInt32.max))"
    private static let rows = 24

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-tmux-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: file) }
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        let client = try ChildProcess("tmux", ["-L", session] + arguments,
                                      output: arguments.first == "new-session" ? .null : .file(handle))
        try client.wait(seconds: 20)
        return try String(contentsOf: file, encoding: .utf8)
    }

    /// The 24 rows on screen, or with `history` also the rows scrolled off above them.
    private func screen(history: Bool = false) throws -> [String] {
        let text = try tmux(["capture-pane", "-p", "-t", session] + (history ? ["-S", "-200"] : []))
        return text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0).replacingOccurrences(of: "\u{00A0}", with: " ")
        }
    }

    /// Sends keys, then waits until the screen has changed and stays still.
    private func send(_ keys: String...) throws -> [String] {
        let before = try screen()
        try tmux(["send-keys", "-t", session] + keys)
        let deadline = Date().addingTimeInterval(30)
        var last = before, still = 0
        while Date() < deadline {
            usleep(40_000)
            let now = try screen()
            if now == last && now != before { still += 1 } else { still = 0 }
            // Still, and waiting at a prompt (or still for long: a screen this walk does not know).
            let prompt = lastLine(now)
            // A loaded machine may pause between a typed line's echo and the screen it brings:
            // only a screen still for 3 s counts as one this walk does not know.
            if still >= 3 && (prompt.hasSuffix(":") || prompt.hasSuffix(">") || prompt == "✎") || still >= 75 { return now }
            last = now
        }
        return last
    }

    private func lastLine(_ lines: [String]) -> String {
        lines.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?.trimmingCharacters(in: .whitespaces) ?? ""
    }

    private static func squeezed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// The question (of `candidates`) shown last: its prompt (and scenario) on screen with every
    /// one of its choices under it, and the number each choice has there.
    private func shownQuestion(_ candidates: [Question]) throws -> (Question, [String: Int])? {
        let history = try screen(history: true)
        // Only what the last question or check put on screen.
        let header = history.lastIndex { $0.hasPrefix("Spørsmål ") || $0 == "Sjekk deg selv" } ?? 0
        let lines = Array(history[header...])
        func found(_ text: String) -> Int? {
            let start = String(Self.squeezed(text).prefix(30))
            return lines.lastIndex { Self.squeezed($0).contains(start) }
        }
        var best: (row: Int, question: Question, numbers: [String: Int])?
        for question in candidates {
            guard let row = found(Prose.flattened(question.prompt.nb)) else { continue }
            if let scenario = question.scenario, found(Prose.flattened(scenario.nb)) == nil { continue }
            let numbers = choiceNumbers(question, lines[row...])
            guard numbers.count == question.choices.count, row >= (best?.row ?? -1) else { continue }
            best = (row, question, numbers)
        }
        return best.map { ($0.question, $0.numbers) }
    }

    /// The number each choice of `question` has in `lines` ("  2. text").
    private func choiceNumbers(_ question: Question, _ lines: ArraySlice<String>) -> [String: Int] {
        var numbers: [String: Int] = [:]
        for line in lines {
            let trimmed = line.drop { $0 == " " }
            guard line.hasPrefix("  "), let dot = trimmed.firstIndex(of: "."), let number = Int(trimmed[..<dot]) else { continue }
            let text = Self.squeezed(String(trimmed[trimmed.index(after: dot)...]))
            for choice in question.choices where numbers[choice.id.value] == nil {
                let written = question.kind == .trueFalse ? (choice.id.value == "true" ? "Sant" : "Usant")
                    : Self.squeezed(Prose.flattened(choice.text?.nb ?? ""))
                if !written.isEmpty, !text.isEmpty, text.hasPrefix(String(written.prefix(min(25, text.count)))) {
                    numbers[choice.id.value] = number
                }
            }
        }
        return numbers
    }

    /// The answer to type: right, or a wrong one.
    private func answer(_ question: Question, _ numbers: [String: Int], right: Bool) throws -> String {
        let correct = try question.correctChoiceIDs.map { try #require(numbers[$0], "choice '\($0)' of '\(question.id.value)' on screen: \(numbers)\n\((try? screen(history: true))?.suffix(40).joined(separator: "\n") ?? "")") }
        if right {
            return (question.kind == .ordering ? correct : correct.sorted()).map(String.init).joined(separator: " ")
        }
        if question.kind == .ordering { return correct.reversed().map(String.init).joined(separator: " ") }
        let wrong = try #require(numbers.first { !question.correctChoiceIDs.contains($0.key) }?.value)
        return String(wrong)
    }

    /// At a feedback screen: the last verdict on the 24 rows, the right answer under it (or, when
    /// right, the chosen choice), the feedback and the explanation all on screen together.
    private func expectFeedbackFits(_ lines: [String], _ question: Question, where place: String) {
        #expect(lines.count <= Self.rows + 1)
        guard let verdict = lines.lastIndex(where: { $0 == "Riktig." || $0 == "Ikke riktig." }) else {
            Issue.record("\(place): no verdict on screen for '\(question.id.value)':\n\(lines.joined(separator: "\n"))")
            return
        }
        let below = lines[verdict...]
        if lines[verdict] == "Ikke riktig." {
            #expect(below.contains { $0.contains("Riktig svar:") || $0.contains("Riktig rekkefølge:") },
                    "\(place): the right answer of '\(question.id.value)' is on screen with its verdict")
        }
        #expect(below.contains { $0.hasPrefix("  ▸ ") }, "\(place): the choices' feedback of '\(question.id.value)'")
        let explanation = "Forklaring: " + Self.squeezed(Prose.flattened(question.explanation.nb)).prefix(20)
        #expect(below.contains { Self.squeezed($0).hasPrefix(explanation) }, "\(place): the explanation of '\(question.id.value)'")
    }

    @Test("80×24: module 1 read to its end, its quiz with a wrong answer, and a review; every feedback fits the window")
    func walkModuleOne() throws {
        let started = Date()
        let course = try #require(try CurriculumLoader.load(root: Binary.repository).curriculum)
        let module = try #require(course.modules.first)
        let quiz = try #require(course.quiz(for: module.id.value))
        let checks = module.lessons.flatMap(\.blocks).compactMap { block -> Question? in
            if case .check(let question) = block.content { return question }
            return nil
        }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-walk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let command = "env LC_ALL=C.UTF-8 TERM=xterm-256color ERFARING_HOME='\(home.path)' '\(try Binary.url.path)' "
            + "--curriculum '\(Binary.repository.path)'; sleep 30"
        try tmux(["new-session", "-d", "-s", session, "-x", "80", "-y", String(Self.rows), command])
        let server = try tmux(["display-message", "-p", "-t", session, "#{pid} #{pane_pid}"])
            .split(separator: " ").compactMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        defer {
            _ = try? tmux(["kill-server"])
            let deadline = Date().addingTimeInterval(5)
            func left() -> [pid_t] { TmuxTests.living { server.contains($0.pid) || server.dropFirst().contains($0.group) } }
            while !left().isEmpty && Date() < deadline { usleep(20_000) }
            let remaining = left()
            #expect(remaining.isEmpty, "the tmux server or the pane's processes outlived kill-server: \(remaining)")
            remaining.forEach { kill($0, SIGKILL) }
        }

        enum Phase { case reading, quiz, review, done }
        var phase = Phase.reading
        var lines = try screen()
        let deadline = Date().addingTimeInterval(5)
        while !lines.joined().contains("Språk / Language") && Date() < deadline { usleep(50_000); lines = try screen() }
        lines = try send("1", "Enter")
        lines = try send("Kari", "Enter")
        lines = try send("Enter")  // Enter at home: the first module
        var checksAnswered = 0, quizAnswers = 0, reviewAnswers = 0, feedbackScreens = 0, other = 0
        var current: Question?
        var wrongGiven = false
        while phase != .done {
            try #require(Date().timeIntervalSince(started) < 300, "the walk took too long; last screen:\n\(lines.joined(separator: "\n"))")
            let prompt = lastLine(lines)
            if prompt.hasPrefix("Enter: videre · 'tilbake'") {
                // Reading; after a check's answer its feedback is on screen.
                if let question = current {
                    expectFeedbackFits(lines, question, where: "check")
                    feedbackScreens += 1
                    current = nil
                }
                lines = try send("Enter")
            } else if prompt.hasPrefix("Enter: les") || prompt.hasPrefix("✎") {
                lines = try send("Enter")  // a content note read on; a reflection skipped
            } else if prompt.hasPrefix("Svar med et tall (Enter hopper over)") {
                let (question, numbers) = try #require(try shownQuestion(checks), "a check on screen")
                current = question
                lines = try send(try answer(question, numbers, right: false), "Enter")
                checksAnswered += 1
            } else if prompt.hasPrefix("Nytt svar:") {
                let question = try #require(current)
                let retry = lines[(lines.lastIndex { $0 == "Ikke riktig." } ?? 0)...]
                #expect(retry.contains { $0.hasPrefix("Prøv én gang til") }, "a second try is offered")
                #expect(!retry.contains { $0.contains("Riktig svar:") }, "the answer is not given away before the retry")
                let (_, numbers) = try #require(try shownQuestion([question]))
                lines = try send(try answer(question, numbers, right: true), "Enter")
            } else if prompt.hasPrefix("Svar ('hint'") {
                let (question, numbers) = try #require(try shownQuestion(phase == .quiz ? quiz.questions : quiz.questions),
                                                       "a question on screen")
                current = question
                lines = try send(try answer(question, numbers, right: wrongGiven), "Enter")
                wrongGiven = true
                if phase == .quiz { quizAnswers += 1 } else { reviewAnswers += 1 }
            } else if prompt.hasPrefix("Enter: neste spørsmål") || prompt.hasPrefix("Trykk Enter for å gå videre:")
                        || prompt.hasPrefix("Hvor sikker var du?") {
                expectFeedbackFits(lines, try #require(current), where: phase == .quiz ? "quiz" : "review")
                feedbackScreens += 1
                current = nil
                lines = try send("Enter")
            } else if prompt == "erfaring>" {
                switch phase {
                case .reading:
                    phase = .quiz
                    wrongGiven = false
                    lines = try send("quiz", "Enter")
                case .quiz:
                    // The cards the quiz made are due tomorrow, not in minutes: move them a day back.
                    try StoreRows.execute(home.appendingPathComponent("progress.sqlite"), "UPDATE review_card SET due = due - 86400")
                    phase = .review
                    wrongGiven = false
                    lines = try send("repeter", "Enter")
                case .review, .done:
                    phase = .done
                }
            } else {
                // A screen this walk does not know (a pager, a closing screen): Enter goes on.
                other += 1
                try #require(other < 40, "stuck at:\n\(lines.joined(separator: "\n"))")
                lines = try send("Enter")
            }
        }
        #expect(checksAnswered == checks.count, "every lesson's check was met")
        #expect(quizAnswers == quiz.draw, "the whole quiz was answered")
        #expect(reviewAnswers == quiz.draw, "every card the quiz made came back in the review")
        #expect(feedbackScreens == checks.count + quizAnswers + reviewAnswers)
        // The review went through every card the quiz made. (How many were right depends on the
        // walk reading each screen in time; the ratings themselves are checked in-process in
        // FeedbackTranscriptTests.)
        let done = " av \(quiz.draw) riktige."
        var joined = try screen(history: true).joined(separator: "\n")
        let shown = Date().addingTimeInterval(30)
        while !joined.contains(done) && Date() < shown { usleep(50_000); joined = try screen(history: true).joined(separator: "\n") }
        #expect(joined.contains("Repetisjonen er ferdig: ") && joined.contains(done), "\(joined.split(separator: "\n").suffix(30).joined(separator: "\n"))")
        let profiles = try StoreRows.select(home.appendingPathComponent("progress.sqlite"),
                                            "SELECT count(*) FROM quiz_attempt WHERE passed = 1")
        #expect(profiles.first?.first == "1", "the quiz was passed")
    }
}
