import ErfaringKit
import Foundation

extension Shell {
    func startQuiz(_ text: String) -> Next {
        if text.isEmpty {
            guard let current = currentModule ?? lastActiveModule() else {
                terminal.line(strings(.quizWhich, [.ids: numberedModules]))
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
            terminal.line(strings(.openLocked, [.module: module.title[language], .modules: titles(missing)]))
            return .stay
        }
        currentModule = moduleID
        var session = try storeCall { () throws(StoreError) in
            try QuizSession(module: module, quiz: quiz, profile: profile.id, store: store, environment: environment,
                            scheduler: scheduler)
        }
        let count = String(session.entries.count)
        blank()
        if !session.isResumed {
            terminal.line(style.bold(strings(.quizStart, [.module: module.title[language], .count: count,
                                                            .needed: String(session.needed)])))
            if status.lessonsDone < status.lessonsTotal {
                quiet(strings(.quizNotRead, [.done: String(status.lessonsDone), .total: String(status.lessonsTotal)]))
            }
        } else if session.hasUnanswered(after: -1) {
            terminal.line(style.bold(strings(.quizResume, [.number: String(session.resumeNumber), .count: count])))
        }
        // Whether an answer's feedback is on screen from this sitting, for the wait before the result.
        var feedbackShown = false
        questions: for (index, entry) in session.entries.enumerated() where !session.isAnswered(at: index) {
            let question = entry.question
            // The same question again while its answer could not be saved.
            while !session.isAnswered(at: index) {
                blank()
                terminal.line(style.accent(strings(.quizQuestion, [.number: String(index + 1), .count: count])))
                let started = now
                switch try ask(question, order: entry.choiceOrder) {
                case .left(let next):
                    if next != .quit { terminal.line(savedNote(.quizPaused, .quizPausedUnsaved)) }
                    return next
                case .answered(let picks):
                    let outcome: QuizSession.AnswerOutcome
                    do {
                        outcome = try session.answer(picks, at: index, startedAt: started)
                    } catch {
                        failedToSave = true
                        terminal.line(strings(.errorStore, [.detail: error.description]))
                        terminal.line(strings(.quizNotSaved))
                        continue
                    }
                    switch outcome {
                    case .finishedElsewhere:
                        terminal.line(strings(.quizFinishedElsewhere))
                        break questions
                    case .saved(_, let grade):
                        showOutcome(grade, question: question, order: entry.choiceOrder, response: picks)
                        feedbackShown = true
                    case .otherWindow(let stored, let grade):
                        terminal.line(strings(.quizOtherWindow))
                        showOutcome(grade, question: question, order: entry.choiceOrder, response: stored.response)
                        feedbackShown = true
                    }
                }
            }
            // At a keyboard, the feedback stays on screen until the learner goes on.
            if terminal.isInteractive && session.hasUnanswered(after: index), let leave = waitToGoOn() {
                if leave != .quit { terminal.line(savedNote(.quizPaused, .quizPausedUnsaved)) }
                return leave
            }
        }
        // Every answer is in: the result is stored at once, before any wait, so closing the window
        // at the last feedback loses no pass. The last feedback stays on screen until the learner
        // goes on, and the result follows however they go on.
        let result = try storeCall { () throws(StoreError) in try session.finish() }
        let leave = terminal.isInteractive && feedbackShown ? waitToGoOn(last: true) : nil
        try showResult(result, module: module, wasCompleted: status.isCompleted)
        return leave == .home || leave == .quit ? leave ?? .stay : .stay
    }

    /// The attempt's score and what it means; a pass that completes the module is its moment
    /// (`showModuleEnd`).
    private func showResult(_ result: QuizResult, module: Module, wasCompleted: Bool) throws {
        blank()
        terminal.line(style.bold(strings(.quizResult, [
            .correct: String(result.correct), .total: String(result.total),
            .percent: strings.percent(result.score), .mark: strings.percent(result.passMark)])))
        if result.passed, try showModuleEnd(module.id.value, wasCompleted: wasCompleted) { return }
        let status = status(of: module.id.value)
        if result.passed {
            let key: CatalogKey, left: Int
            switch status?.afterPass ?? .complete {
            case .complete: (key, left) = (.quizPassedComplete, 0)
            case .lessons(let count): (key, left) = (count == 1 ? .quizPassedOneLeft : .quizPassed, count)
            case .practice(let conversations): (key, left) = (.quizPassedPracticeLeft, conversations.count)
            }
            terminal.line(style.good(strings(key, [.module: module.title[language], .count: String(left),
                                                   .command: ShellCommandID.practice.name(in: language)])))
        } else {
            paragraph(strings(.quizFailed))
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
            terminal.line(style.dim(strings(.quizHistory, [
                .attempts: String(status.attempts), .best: strings.percent(status.bestScore ?? 0)])))
        }
    }

    enum AskResult {
        /// The learner's answer: choice ids, in the learner's order for an ordering question.
        case answered([String])
        case left(Next)
    }

    /// Shows a question, reads an answer (offering its hint), and grades it.
    func ask(_ question: Question, order: [String]) throws -> AskResult {
        if let scenario = question.scenario {
            style.box(title: strings(.readVignette), body: Prose.blocks(scenario[language]).map { block in
                switch block {
                case .paragraph(let text), .listItem(let text): return text
                }
            }).forEach { terminal.line($0) }
        }
        paragraph(style.bold(question.prompt[language]))
        showChoices(question, order: order)
        let how = Self.howToAnswer(question.kind)
        quiet(strings(how))
        while true {
            switch terminal.readLine(prompt: strings(.quizPrompt), addToHistory: false) {
            case .end: return .left(.quit)
            case .interrupt:
                return .left(.stay)
            case .line(let text):
                let trimmed = text.trimmingSpacesAndTabs()
                if trimmed.isEmpty {
                    // An empty answer says again how to answer, rather than asking in silence.
                    quiet(strings(how))
                    continue
                }
                let words = trimmed.split(separator: " ").map(String.init)
                // Words that answer this kind of question rather than name a command.
                let answerWords: Set<String>
                switch question.kind {
                case .trueFalse: answerWords = ["sant", "usant", "true", "false", "ja", "nei"]
                case .single, .multiple, .ordering, .scenario: answerWords = []
                }
                if let command = ShellCommandID.find(words[0]), Int(words[0]) == nil,
                   !answerWords.contains(words[0].lowercased()) {
                    switch command {
                    case .hint:
                        if let hint = question.hint {
                            paragraph(strings(.quizHint, [.text: hint[language]]))
                        } else {
                            terminal.line(strings(.quizNoHint))
                        }
                    case .home: return .left(.home)
                    case .quit: return .left(.quit)
                    case .next, .back, .where:
                        terminal.line(strings(.quizNavigation))
                    default:
                        let next = try dispatch(trimmed, atHome: false)
                        if next != .stay { return .left(next) }
                    }
                    continue
                }
                do {
                    let picks = try AnswerParser.parse(trimmed, kind: question.kind, count: order.count)
                    let response = picks.map { order[$0 - 1] }
                    return .answered(response)
                } catch AnswerParser.Failure.invalid(let key, let max) {
                    terminal.line(strings(key, [.max: String(max)]))
                }
            }
        }
    }

    /// The text that says how to answer a kind of question.
    static func howToAnswer(_ kind: Question.Kind) -> CatalogKey {
        switch kind {
        case .multiple: return .quizHowMultiple
        case .ordering: return .quizHowOrdering
        case .trueFalse: return .quizHowTrueFalse
        case .single, .scenario: return .quizHowSingle
        }
    }

    func choiceText(_ question: Question, _ id: String) -> String {
        switch question.kind {
        case .trueFalse: return strings(id == "true" ? .quizTrue : .quizFalse)
        case .single, .multiple, .ordering, .scenario:
            return question.choices.first { $0.id.value == id }?.text.map { Prose.flattened($0[language]) } ?? id
        }
    }

    func showChoices(_ question: Question, order: [String]) {
        for (index, id) in order.enumerated() {
            for line in style.wrapper.wrap(choiceText(question, id), first: "  \(index + 1). ", rest: "     ") {
                terminal.line(line)
            }
        }
    }
}
