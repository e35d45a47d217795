import ErfaringKit
import Foundation

extension Shell {
    func openModule(_ text: String) -> Next {
        guard !text.isEmpty else {
            terminal.line(strings(.openWhich, [.command: ShellCommandID.open.name(in: language), .ids: numberedModules]))
            return .stay
        }
        // `åpne 1 3`: the third lesson of the first module.
        let words = text.split(separator: " ").map(String.init)
        if words.count >= 2, let number = Int(words[words.count - 1]),
           let module = findModule(words.dropLast().joined(separator: " ").lowercased()) {
            guard number >= 1, number <= module.lessons.count else {
                terminal.line(module.lessons.count == 1
                    ? strings(.openOneLesson, [.module: module.title[language],
                                                  .number: String(moduleNumber(module.id.value) ?? 1)])
                    : strings(.openNoLesson, [.module: module.title[language], .count: String(module.lessons.count)]))
                return .stay
            }
            return .run(.read(module.id.value, lesson: number - 1))
        }
        guard let module = resolveModule(text) else { return .stay }
        return .run(.read(module.id.value))
    }

    /// Reads a module block by block from where the learner left off.
    func readModule(_ moduleID: String, startingAt chosenLesson: Int? = nil) throws -> Next {
        guard let profile, let module = curriculum.module(moduleID), let status = status(of: moduleID) else { return .home }
        if case .locked(let missing) = status.state {
            terminal.line(strings(.openLocked, [.module: module.title[language], .modules: titles(missing)]))
            return .stay
        }
        currentModule = moduleID
        var session = try storeCall { () throws(StoreError) in
            try ReadingSession(module: module, status: status, chosenLesson: chosenLesson, profile: profile.id,
                               store: store, environment: environment)
        }
        if session.rereadsCompleted { terminal.line(strings(.openCompleted, [.module: module.title[language]])) }
        var showTitle = true
        // The lesson whose content note was shown in this visit, so going back does not show it again.
        var notedLesson: Int?
        while let lesson = session.lesson, let block = session.block {
            let position = session.position
            if showTitle || position.block == 0 {
                blank()
                terminal.line(style.bold(lesson.title[language]))
                showTitle = false
            }
            try storeCall { () throws(StoreError) in try session.recordPosition() }
            if position.block == 0, notedLesson != position.lesson, let note = lesson.contentNote {
                notedLesson = position.lesson
                if let next = try offerAfterContentNote(note, lesson: lesson, module: module) { return next }
            }
            blank()
            quiet(strings(.readPosition, [
                .module: module.title[language], .lesson: lesson.title[language],
                .lessonNumber: String(position.lesson + 1), .lessonCount: String(module.lessons.count),
                .block: String(position.block + 1), .blocks: String(lesson.blocks.count),
            ]))
            if let next = try show(block, lesson: lesson, module: module) { return next }

            // Wait for the learner: forward, back, or a command.
            var forward = false
            waiting: while true {
                switch terminal.readLine(prompt: strings(.readPrompt), addToHistory: false) {
                case .end: return .quit
                case .interrupt:
                    terminal.line(savedNote(.readLeft, .readLeftUnsaved))
                    return .stay
                case .line(let text):
                    let words = text.split(separator: " ").map { $0.lowercased() }
                    let command = words.first.flatMap { ShellCommandID.find($0) }
                    if words.isEmpty || (command == .next && words.count == 1) {
                        forward = true
                        break waiting
                    } else if command == .back && words.count == 1 {
                        switch session.back() {
                        case .previousBlock: break
                        case .previousLesson: showTitle = true
                        case .atStart:
                            terminal.line(strings(.readAtStart))
                            continue waiting
                        }
                        break waiting
                    } else if command == .where && words.count == 1 {
                        terminal.line(strings(.readWhere, [
                            .module: module.title[language], .lesson: lesson.title[language],
                            .lessonNumber: String(position.lesson + 1), .lessonCount: String(module.lessons.count),
                            .block: String(position.block + 1), .blocks: String(lesson.blocks.count)]))
                    } else if command == .home && words.count == 1 {
                        terminal.line(savedNote(.readLeft, .readLeftUnsaved))
                        return .home
                    } else if case .check(let question) = block.content, Int(words.first ?? "") != nil {
                        // The answer to a check that was skipped with Enter.
                        let order = question.choices.map(\.id.value)
                        do {
                            let picks = try AnswerParser.parse(text, kind: question.kind, count: order.count)
                            let response = picks.map { order[$0 - 1] }
                            showOutcome(Grader.grade(question, response: response), question: question, order: order,
                                        response: response)
                        } catch AnswerParser.Failure.invalid(let key, let max) {
                            terminal.line(strings(key, [.max: String(max)]))
                        }
                    } else {
                        let next = try dispatch(text, atHome: false)
                        if next != .stay { return next }
                    }
                }
            }
            guard forward else { continue }
            let move = try storeCall { () throws(StoreError) in try session.forward() }
            if move == .nextBlock { continue }
            terminal.line(style.good(strings(.readLessonDone, [.lesson: lesson.title[language]])))
            // The lesson that completes the module, read last or not, ends the reading with the moment.
            if try showModuleEnd(moduleID, wasCompleted: status.isCompleted) { return .stay }
            if move == .lessonDone {
                showTitle = true
                continue
            }
            blank()
            switch self.status(of: moduleID)?.state {
            case .completed?:
                strong(strings(.endReadAgain, [.module: module.title[language]]))
            case .practicePending(let conversations)?:
                strong(strings.counted(.endPracticeLeft, conversations.count, [
                    .module: module.title[language], .command: ShellCommandID.practice.name(in: language)]))
            default:
                strong(strings(.readModuleRead, [.module: module.title[language]]))
            }
            return .stay
        }
        return .stay
    }

    /// Shows one block; reflections and checks take their answer here. Returns where to go when
    /// the learner leaves during the block.
    private func show(_ block: Block, lesson: Lesson, module: Module) throws -> Next? {
        switch block.content {
        case .text(let body):
            paragraph(body[language])
        case .keyPoints(let points):
            let lines = style.box(title: strings(.readKeyPoints), body: points.map { (style.plain ? "- " : "• ") + Prose.flattened($0[language]) })
            lines.forEach { terminal.line($0) }
        case .vignette(let title, let body):
            let paragraphs = Prose.blocks(body[language]).map { block -> String in
                switch block {
                case .paragraph(let text): return text
                case .listItem(let text): return "- " + text
                }
            }
            let lines = style.box(title: strings(.readVignette) + ": " + title[language],
                                  body: Array(paragraphs.map { [$0, ""] }.joined().dropLast()))
            lines.forEach { terminal.line($0) }
        case .note(let body):
            style.box(title: strings(.readNote), body: [Prose.flattened(body[language])]).forEach { terminal.line($0) }
        case .reflection(let prompt):
            terminal.line(style.bold(strings(.readReflection)))
            paragraph(prompt[language])
            let answeredBefore = (try? store.reflections(profile: profile?.id ?? ""))?.contains {
                $0.moduleID == module.id.value && $0.lessonID == lesson.id.value && $0.blockID == block.id.value
            } ?? false
            quiet(strings(answeredBefore ? .readReflectionAnswered : .readReflectionHow))
            var lines: [String] = []
            var leave: Next?
            reading: while true {
                switch terminal.readLine(prompt: lines.isEmpty ? "✎ " : "  ", addToHistory: false) {
                case .end:
                    // Ctrl-D ends the answer (an empty one skips the reflection), never the shell.
                    break reading
                case .interrupt:
                    // Ctrl-C leaves the lesson, but keeps the lines written so far (libedit drops
                    // the line being typed).
                    leave = .stay
                    break reading
                case .line(let text):
                    let trimmed = text.trimmingSpacesAndTabs()
                    if lines.isEmpty && ["hopp", "skip", "hopp over"].contains(trimmed.lowercased()) { break reading }
                    // A command as the first line is a command, not an answer.
                    if lines.isEmpty {
                        switch try commandInsteadOfAnswer(trimmed) {
                        case .answer: break
                        case .shown: continue reading
                        case .skip: break reading
                        case .leave(let next):
                            leave = next
                            break reading
                        }
                    }
                    if trimmed.isEmpty { break reading }
                    lines.append(text)
                }
            }
            // Pasted control characters are removed, never a reason to lose the answer.
            let answer = String(String.UnicodeScalarView(lines.joined(separator: "\n").unicodeScalars.filter {
                $0 == "\n" || TextChecks.forbiddenCharacter(in: String($0)) == nil
            }))
            if answer.trimmingSpacesAndTabs().isEmpty {
                if !answeredBefore && leave == nil { terminal.line(strings(.readReflectionSkipped)) }
            } else {
                try storeCall { () throws(StoreError) in
                    _ = try store.saveReflection(profile: profile?.id ?? "", module: module.moduleID,
                                                 lesson: lesson.lessonID, block: block.id.value, text: answer, at: now)
                }
                terminal.line(style.good(strings(.readReflectionSaved)))
                if leave == .stay { terminal.line(strings(.readReflectionWholeLines)) }
            }
            if let leave {
                if leave == .stay { terminal.line(savedNote(.readLeft, .readLeftUnsaved)) }
                return leave
            }
        case .check(let question):
            return try runCheck(question)
        }
        return nil
    }

    enum ReflectionInput {
        /// Words of an answer.
        case answer
        /// A command whose output was shown; the prompt comes back.
        case shown
        /// A lone command word that only means "go on".
        case skip
        /// A command that leaves the lesson.
        case leave(Next)
    }

    /// Whether the first line typed at a reflection is a command rather than the start of an
    /// answer: a lone command word, or a short command whose argument names something real
    /// (`åpne 1 4`, `hjelp quiz`, `dagbok 2`), so a sentence is never taken for a command.
    func commandInsteadOfAnswer(_ text: String) throws -> ReflectionInput {
        if asksForHelpLines(text) {
            showHelpLines()
            return .shown
        }
        let words = text.split(separator: " ").map(String.init)
        guard let first = words.first, let command = ShellCommandID.find(first), words.count <= 3 else { return .answer }
        let argument = words.dropFirst().first ?? ""
        if words.count == 1 {
            switch command {
            case .home: return .leave(.home)
            case .quit: return .leave(.quit)
            case .help, .glossary, .journal, .progress, .assignments, .modules, .export, .profile:
                _ = try dispatch(text, atHome: false)
                return .shown
            case .open, .next, .back, .where, .quiz, .hint, .review, .readiness, .search, .lang, .crisis, .practice:
                return .skip
            }
        }
        switch command {
        case .open, .quiz:
            guard findModule(argument.lowercased()) != nil,
                  words.count == 2 || Int(words[2]) != nil else { return .answer }
            return .leave(try dispatch(text, atHome: false))
        case .help:
            guard words.count == 2, ShellCommandID.find(argument) != nil else { return .answer }
        case .journal:
            guard words.count == 2, Int(argument) != nil else { return .answer }
        case .lang:
            guard words.count == 2, Self.language(named: argument) != nil else { return .answer }
        case .home, .modules, .next, .back, .where, .hint, .review, .readiness, .search, .glossary,
             .progress, .assignments, .export, .crisis, .quit, .practice, .profile:
            return .answer
        }
        _ = try dispatch(text, atHome: false)
        return .shown
    }
}
