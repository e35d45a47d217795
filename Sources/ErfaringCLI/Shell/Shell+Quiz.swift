import ErfaringKit
import Foundation

extension Shell {
    func startQuiz(_ text: String) -> Next {
        if text.isEmpty {
            guard let current = currentModule ?? lastActiveModule() else {
                terminal.line(strings("quiz.which", ["ids": numberedModuleIDs]))
                return .stay
            }
            return .run(.quiz(current))
        }
        guard let module = resolveModule(text, for: .quiz) else { return .stay }
        return .run(.quiz(module.id.value))
    }

    private func lastActiveModule() -> String? {
        (try? store.snapshot(profile: profile?.id ?? "", at: now))?.lastModuleID
    }

    /// Takes (or resumes) a module's quiz, one question at a time.
    func takeQuiz(_ moduleID: String) throws -> Next {
        guard let profile, let module = curriculum.module(moduleID), let quiz = curriculum.quiz(for: moduleID),
              let status = status(of: moduleID) else { return .stay }
        if case .locked(let missing) = status.state {
            terminal.line(strings("open.locked", ["module": module.title[language], "modules": titles(missing)]))
            return .stay
        }
        currentModule = moduleID
        var attempt: QuizAttempt
        let questions = Dictionary(quiz.questions.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        if let open = try storeCall({ () throws(StoreError) in try store.openAttempt(profile: profile.id, module: ModuleID(moduleID)) }) {
            attempt = open
        } else {
            let seed = environment.seed()
            let draw = QuizDraw(quiz: quiz, seed: seed)
            attempt = try storeCall { () throws(StoreError) in
                try store.startAttempt(profile: profile.id, module: ModuleID(moduleID), draw: draw, seed: seed,
                                       id: environment.uuid(), at: now)
            }
        }
        // Questions removed from the bank since the attempt began are left out.
        let items = attempt.draw.items.filter { questions[$0.questionID] != nil }
        let needed = Int((quiz.passMark * Double(items.count) - 1e-9).rounded(.up))
        blank()
        if attempt.answers.isEmpty {
            terminal.line(style.bold(strings("quiz.start", ["module": module.title[language], "count": String(items.count),
                                                            "needed": String(needed)])))
            if status.lessonsDone < status.lessonsTotal {
                quiet(strings("quiz.not-read", ["done": String(status.lessonsDone), "total": String(status.lessonsTotal)]))
            }
        } else {
            let number = (items.firstIndex { attempt.answers[$0.questionID] == nil } ?? 0) + 1
            terminal.line(style.bold(strings("quiz.resume", ["number": String(number), "count": String(items.count)])))
        }
        questions: for (index, item) in items.enumerated() where attempt.answers[item.questionID] == nil {
            guard let question = questions[item.questionID] else { continue }
            // The same question again while its answer could not be saved.
            while attempt.answers[item.questionID] == nil {
                blank()
                terminal.line(style.accent(strings("quiz.question", ["number": String(index + 1), "count": String(items.count)])))
                let started = now
                switch try ask(question, order: item.choiceOrder) {
                case .left(let next):
                    if next != .quit { terminal.line(savedNote("quiz.paused")) }
                    return next
                case .answered(let picks, let outcome):
                    switch save(picks, outcome, question: question, attempt: attempt.id, module: moduleID,
                                profile: profile.id, started: started) {
                    case .failed:
                        continue
                    case .finishedElsewhere:
                        terminal.line(strings("quiz.finished-elsewhere"))
                        break questions
                    case .saved(let stored):
                        attempt.answers[question.id.value] = stored
                        showOutcome(outcome, question: question, order: item.choiceOrder, response: picks)
                    case .otherWindow(let stored):
                        attempt.answers[question.id.value] = stored
                        terminal.line(strings("quiz.other-window"))
                        showOutcome(Grader.grade(question, response: stored.response), question: question,
                                    order: item.choiceOrder, response: stored.response)
                    }
                }
            }
            // At a keyboard, the feedback stays on screen until the learner goes on.
            if terminal.isInteractive && items[(index + 1)...].contains(where: { attempt.answers[$0.questionID] == nil }) {
                waiting: while true {
                    switch terminal.readLine(prompt: strings("quiz.next-prompt"), addToHistory: false) {
                    case .end: return .quit
                    case .interrupt:
                        terminal.line(savedNote("quiz.paused"))
                        return .stay
                    case .line(let text):
                        if asksForHelpLines(text) {
                            showHelpLines()
                            continue waiting
                        }
                        if let command = ShellCommandID.find(text.trimmingCharacters(in: .whitespaces)),
                           command == .home || command == .quit {
                            terminal.line(savedNote("quiz.paused"))
                            return command == .home ? .home : .quit
                        }
                        break waiting
                    }
                }
            }
        }
        // The score comes from the answers stored for the attempt, whichever window gave them.
        let result = try storeCall { () throws(StoreError) in
            try store.finishAttempt(profile: profile.id, attempt: attempt.id, module: ModuleID(moduleID), grade: { stored in
                QuizResult(module: module, quiz: quiz,
                           answers: items.compactMap { item in stored[item.questionID].map { (item.questionID, $0) } })
            }, secondsSpent: now.timeIntervalSince(attempt.startedAt), at: now)
        }
        showResult(result, module: module)
        return .stay
    }

    /// What became of an answer the shell tried to save.
    private enum SaveOutcome {
        case saved(QuizAnswerRecord)
        /// Another window answered the question first; its answer stands.
        case otherWindow(QuizAnswerRecord)
        /// Another window finished the attempt first.
        case finishedElsewhere
        /// Not saved (said on screen).
        case failed
    }

    private func save(_ picks: [String], _ outcome: Grader.Outcome, question: Question, attempt: String, module: String,
                      profile: String, started: Date) -> SaveOutcome {
        let answeredAt = now
        do {
            let recording = try store.recordAnswer(
                profile: profile, attempt: attempt, module: ModuleID(module), question: question.questionID, response: picks,
                correct: outcome.correct, rating: outcome.correct ? .good : .again, scheduler: scheduler,
                secondsSpent: answeredAt.timeIntervalSince(started), at: answeredAt)
            switch recording {
            case .recorded:
                return .saved(QuizAnswerRecord(questionID: question.id.value, response: picks, correct: outcome.correct,
                                               answeredAt: answeredAt))
            case .alreadyAnswered(let stored):
                return .otherWindow(stored)
            case .attemptFinished:
                return .finishedElsewhere
            }
        } catch {
            failedToSave = true
            terminal.line(strings("error.store", ["detail": error.description]))
            terminal.line(strings("quiz.not-saved"))
            return .failed
        }
    }

    private func showResult(_ result: QuizResult, module: Module) {
        blank()
        terminal.line(style.bold(strings("quiz.result", [
            "correct": String(result.correct), "total": String(result.total),
            "percent": strings.percent(result.score), "mark": strings.percent(result.passMark)])))
        let status = status(of: module.id.value)
        if result.passed {
            let left = status.map { max(0, $0.lessonsTotal - $0.lessonsDone) } ?? 0
            let key = status?.isCompleted == true || left == 0 ? "quiz.passed.complete"
                : left == 1 ? "quiz.passed.one-left" : "quiz.passed"
            terminal.line(style.good(strings(key, ["module": module.title[language], "count": String(left)])))
            if status?.isCompleted == true {
                terminal.line(strings("summary.offer"))
                // Modules this one unlocked.
                let opened = curriculum.modules.filter { candidate in
                    candidate.prerequisites.contains { $0.value == module.id.value }
                        && { if case .locked = self.status(of: candidate.id.value)?.state { return false } else { return true } }()
                }
                if !opened.isEmpty {
                    let list = opened.map { "\($0.title[language]) (\(openHint($0.id.value)))" }
                    terminal.line(strings("quiz.unlocked", ["modules": list.joined(separator: ", ")]))
                }
            }
        } else {
            paragraph(strings("quiz.failed"))
            for lessonID in result.lessonsToRevisit {
                let title = module.lesson(lessonID)?.title[language] ?? lessonID
                var line = "  \(style.plain ? "-" : "•") \(title)"
                if module.lesson(lessonID) != nil {
                    line += "  " + style.dim("(\(openHint(module.id.value, lesson: lessonID)))")
                }
                terminal.line(line)
            }
        }
        if let status {
            terminal.line(style.dim(strings("quiz.history", [
                "attempts": String(status.attempts), "best": strings.percent(status.bestScore ?? 0)])))
        }
    }

    enum AskResult {
        case answered([String], Grader.Outcome)
        case left(Next)
    }

    /// Shows a question, reads an answer (offering its hint), and grades it.
    func ask(_ question: Question, order: [String]) throws -> AskResult {
        if let scenario = question.scenario {
            style.box(title: strings("read.vignette"), body: Prose.blocks(scenario[language]).map { block in
                switch block {
                case .paragraph(let text), .listItem(let text): return text
                }
            }).forEach { terminal.line($0) }
        }
        paragraph(style.bold(question.prompt[language]))
        showChoices(question, order: order)
        let how: String
        switch question.kind {
        case .multiple: how = "quiz.how.multiple"
        case .ordering: how = "quiz.how.ordering"
        case .trueFalse: how = "quiz.how.true-false"
        case .single, .scenario: how = "quiz.how.single"
        }
        quiet(strings(how))
        while true {
            switch terminal.readLine(prompt: strings("quiz.prompt"), addToHistory: false) {
            case .end: return .left(.quit)
            case .interrupt:
                return .left(.stay)
            case .line(let text):
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty { continue }
                let words = trimmed.split(separator: " ").map(String.init)
                if let command = ShellCommandID.find(words[0]), Int(words[0]) == nil,
                   !(question.kind == .trueFalse && ["sant", "usant", "true", "false", "ja", "nei"].contains(words[0].lowercased())) {
                    switch command {
                    case .hint:
                        if let hint = question.hint {
                            paragraph(strings("quiz.hint", ["text": hint[language]]))
                        } else {
                            terminal.line(strings("quiz.no-hint"))
                        }
                    case .home: return .left(.home)
                    case .quit: return .left(.quit)
                    case .next, .back, .where:
                        terminal.line(strings("quiz.navigation"))
                    default:
                        let next = try dispatch(trimmed, atHome: false)
                        if next != .stay { return .left(next) }
                    }
                    continue
                }
                do {
                    let picks = try AnswerParser.parse(trimmed, kind: question.kind, count: order.count)
                    let response = picks.map { order[$0 - 1] }
                    return .answered(response, Grader.grade(question, response: response))
                } catch AnswerParser.Failure.invalid(let key, let max) {
                    terminal.line(strings(key, ["max": String(max)]))
                }
            }
        }
    }

    func choiceText(_ question: Question, _ id: String) -> String {
        if question.kind == .trueFalse { return strings(id == "true" ? "quiz.true" : "quiz.false") }
        return question.choices.first { $0.id.value == id }?.text.map { Prose.flattened($0[language]) } ?? id
    }

    func showChoices(_ question: Question, order: [String]) {
        for (index, id) in order.enumerated() {
            for line in style.wrapper.wrap(choiceText(question, id), first: "  \(index + 1). ", rest: "     ") {
                terminal.line(line)
            }
        }
    }

    /// The result of one answer: right or not; for a wrong multiple-choice answer how many right
    /// choices were found, for a wrong order the learner's order; each choice's own feedback under
    /// the number it had on screen, marked as chosen or as a right choice that was missed; the right
    /// answer by number; the explanation.
    func showOutcome(_ outcome: Grader.Outcome, question: Question, order: [String], response: [String] = []) {
        terminal.line(outcome.correct ? style.good(strings("quiz.right")) : style.bad(strings("quiz.wrong")))
        func number(_ id: String) -> String { order.firstIndex(of: id).map { String($0 + 1) } ?? "?" }
        if !outcome.correct && question.kind == .multiple {
            let found = outcome.feedbackItems.count { $0.wasChosen && $0.isCorrect }
            terminal.line("  " + strings("quiz.found", ["found": String(found), "total": String(outcome.correctChoiceIDs.count)]))
        }
        if !outcome.correct && question.kind == .ordering && !response.isEmpty {
            terminal.line("  " + strings("quiz.your-order", ["answer": response.map(number).joined(separator: " → ")]))
        }
        for item in outcome.feedbackItems {
            var heading = "\(number(item.choiceID)). \(choiceText(question, item.choiceID))"
            if question.kind == .multiple {
                heading += " (\(strings(item.wasChosen ? "quiz.picked" : "quiz.missed")))"
            }
            for line in style.wrapper.wrap(heading, first: "  \(style.plain ? "-" : "▸") ", rest: "    ") {
                terminal.line(style.bold(line))
            }
            paragraph(Prose.flattened(item.text[language]), indent: "    ")
        }
        if !outcome.correct {
            if question.kind == .ordering {
                let sequence = outcome.correctChoiceIDs.map(number).joined(separator: " → ")
                paragraph(strings("quiz.right-order", ["answer": sequence]), indent: "  ")
            } else {
                let numbers = outcome.correctChoiceIDs.map(number).sorted { (Int($0) ?? 0) < (Int($1) ?? 0) }
                let texts = numbers.count == 1 ? "\(numbers[0]). \(choiceText(question, outcome.correctChoiceIDs[0]))"
                    : numbers.joined(separator: ", ")
                paragraph(strings("quiz.right-answer", ["answer": texts]), indent: "  ")
            }
        }
        paragraph(strings("quiz.explanation", ["text": Prose.flattened(question.explanation[language])]), indent: "  ")
    }
}
