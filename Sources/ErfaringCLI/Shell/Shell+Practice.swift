import ErfaringKit
import Foundation

/// A practice conversation in the shell, played node by node. The rules (resume, what a
/// choice leads to, replay) are `ConversationSession`'s; the list to pick from is in
/// `Shell+PracticeList.swift`.
extension Shell {
    /// Plays one conversation: the content note on a new start, the setting, each node until an
    /// ending or a pause, then the debrief and the offer to play again.
    func practise(_ moduleID: String, _ conversationID: String) throws -> Next {
        guard let profile, let module = curriculum.module(moduleID),
              let conversation = curriculum.conversation(conversationID, in: moduleID) else { return .stay }
        if case .locked(let missing) = status(of: moduleID)?.state {
            terminal.line(strings(.openLocked, [.module: module.title[language], .modules: titles(missing)]))
            return .stay
        }
        currentModule = moduleID
        let wasCompleted = status(of: moduleID)?.isCompleted ?? false
        let resuming = try storeCall { () throws(StoreError) in
            try ConversationSession.wouldResume(module: module, conversation: conversation, profile: profile.id, store: store)
        }
        if !resuming, let note = conversation.contentNote, let next = try offerPracticeNote(note, module: module) {
            return next
        }
        var session = try storeCall { () throws(StoreError) in
            try ConversationSession(module: module, conversation: conversation, profile: profile.id, store: store,
                                    environment: environment)
        }
        showOpening(session)
        while true {
            let next = try playNodes(&session)
            if let next { return next }
            try showEnding(session)
            // The ending that completes the module (a required conversation) ends with the moment.
            if try showModuleEnd(moduleID, wasCompleted: wasCompleted) { return .stay }
            guard try offerReplay() else { return .stay }
            try storeCall { () throws(StoreError) in try session.replay() }
            showOpening(session)
        }
    }

    private func showOpening(_ session: ConversationSession) {
        blank()
        terminal.line(style.bold(strings(.practiceTitle, [.title: session.conversation.title[language]])))
        paragraph(Prose.flattened(session.conversation.setting[language]))
        if session.resumed { quiet(strings.counted(.practiceResume, session.path.count)) }
        if session.startedAnew { quiet(strings(.practiceStartedAnew)) }
    }

    /// The nodes until an ending (nil) or until the learner leaves (where to go).
    private func playNodes(_ session: inout ConversationSession) throws -> Next? {
        let pause = strings(.practicePaused, [.command: practiceHint(session.module.id.value)])
        while !session.isEnded {
            showLine(session.node, in: session.conversation)
            let options = session.node.options
            for (index, option) in options.enumerated() {
                for line in style.wrapper.wrap(Prose.flattened(option.text[language]), first: "  \(index + 1). ", rest: "     ") {
                    terminal.line(line)
                }
            }
            quiet(strings(.practiceHow))
            let number: Int
            switch try readChoice(count: options.count) {
            case .left(let next):
                if next != .quit { terminal.line(pause) }
                return next
            case .picked(let picked):
                number = picked
            }
            let outcome: ConversationSession.Outcome
            do {
                outcome = try session.choose(number)
            } catch {
                failedToSave = true
                terminal.line(strings(.errorStore, [.detail: error.description]))
                terminal.line(strings(.practiceNotSaved))
                continue
            }
            switch outcome {
            case .chosen(let option, _):
                showFeedback(option, number: number)
                if terminal.isInteractive, let next = waitForEnter(pause: pause) { return next }
            case .movedOn:
                terminal.line(strings(.practiceMovedOn))
            case .noSuchOption(let count):
                terminal.line(strings(.practiceBadNumber, [.max: String(count)]))
            case .ended:
                break
            }
        }
        return nil
    }

    /// The speaker's name and line, if the node has one.
    private func showLine(_ node: ConversationNode, in conversation: Conversation) {
        guard let says = node.says else { return }
        blank()
        let name = conversation.speaker(of: node)?.name[language]
        terminal.line(style.accent(style.bold((name ?? "") + ":")))
        paragraph(Prose.flattened(says[language]), indent: "  ")
    }

    private func showFeedback(_ option: ConversationOption, number: Int) {
        blank()
        terminal.line(style.dim(strings(.practiceChosen, [.number: String(number)])))
        paragraph(strings(.practiceFeedback, [.text: Prose.flattened(option.feedback[language])]))
        if let note = option.note {
            paragraph(strings(.practiceNote, [.text: Prose.flattened(note[language])]))
        }
    }

    private enum ChoiceInput {
        case picked(Int)
        case left(Next)
    }

    /// Reads an option number; commands work as at the quiz's prompt, and anything else says
    /// what to type.
    private func readChoice(count: Int) throws -> ChoiceInput {
        while true {
            switch terminal.readLine(prompt: strings(.practicePrompt), addToHistory: false) {
            case .end: return .left(.quit)
            case .interrupt: return .left(.stay)
            case .line(let typed):
                let text = typed.trimmingSpacesAndTabs()
                if let number = Int(text) { return .picked(number) }
                if asksForHelpLines(text) {
                    showHelpLines()
                    continue
                }
                let words = text.split(separator: " ").map(String.init)
                if let first = words.first, let command = ShellCommandID.find(first) {
                    switch command {
                    case .home: return .left(.home)
                    case .quit: return .left(.quit)
                    case .crisis: showHelpLines()
                    default:
                        let next = try dispatch(text, atHome: false)
                        if next != .stay { return .left(next) }
                    }
                    continue
                }
                terminal.line(strings(.practiceBadNumber, [.max: String(count)]))
            }
        }
    }

    /// At a keyboard, the feedback stays until Enter; `hjem` pauses. Nil to go on.
    private func waitForEnter(pause: String) -> Next? {
        while true {
            switch terminal.readLine(prompt: strings(.practiceNextPrompt), addToHistory: false) {
            case .end: return .quit
            case .interrupt:
                terminal.line(pause)
                return .stay
            case .line(let text):
                if asksForHelpLines(text) {
                    showHelpLines()
                    continue
                }
                if let command = ShellCommandID.find(text.trimmingSpacesAndTabs()), command == .home || command == .quit {
                    if command == .home { terminal.line(pause) }
                    return command == .home ? .home : .quit
                }
                return nil
            }
        }
    }

    /// The ending: its last line, title and kind in words, the debrief, the path taken, the
    /// lesson to read and the endings found.
    private func showEnding(_ session: ConversationSession) throws {
        let node = session.node
        guard case .ending(let kind, let title, let debrief, _) = node.content else { return }
        showLine(node, in: session.conversation)
        blank()
        terminal.line(style.bold(strings(.practiceEnding, [.title: title[language], .kind: kindWords(kind)])))
        paragraph(Prose.flattened(debrief[language]))
        blank()
        terminal.line(strings(.practicePath))
        for (index, step) in session.path.enumerated() {
            let text = Self.short(Prose.flattened(step.option.text[language]), limit: 64)
            for line in style.wrapper.wrap(text, first: "  \(index + 1). ", rest: "     ") { terminal.line(line) }
        }
        if let (index, lesson) = session.endingLesson {
            let command = ShellCommandID.open.name(in: language)
                + (moduleNumber(session.module.id.value).map { "\u{00A0}\($0)\u{00A0}\(index + 1)" } ?? "")
            paragraph(strings(.practiceLesson, [.lesson: lesson.title[language], .command: command]))
        }
        let reached = try storeCall { () throws(StoreError) in
            try store.reachedEndings(profile: session.profileID, module: session.module.moduleID)
        }[
            session.module.moduleID]?[session.conversation.conversationID]?.map(\.endingID) ?? []
        terminal.line(strings(.practiceReached, [
            .reached: String(ConversationSession.reachedEndings(of: session.conversation, among: Set(reached)).count),
            .total: String(session.conversation.endings.count)]))
    }

    /// An ending's kind in words, so no meaning rests on colour.
    func kindWords(_ kind: EndingKind) -> String {
        switch kind {
        case .skill: return strings(.practiceKindSkill)
        case .mixed: return strings(.practiceKindMixed)
        case .mistake: return strings(.practiceKindMistake)
        }
    }

    /// A text cut at a word before `limit` characters, with an ellipsis when cut.
    static func short(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        var kept = cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]
        while let last = kept.last, last.isPunctuation || last.isWhitespace { kept = kept.dropLast() }
        return String(kept) + "…"
    }

    private func offerReplay() throws -> Bool {
        while true {
            switch terminal.readLine(prompt: strings(.practiceAgain), addToHistory: false) {
            case .end, .interrupt: return false
            case .line(let text):
                let answer = text.trimmingSpacesAndTabs().lowercased()
                return ["ja", "j", "yes", "y"].contains(answer)
            }
        }
    }

    /// The content note before a new start: Enter begins, `hjem` waits. Nil to begin.
    private func offerPracticeNote(_ note: LocalizedText, module: Module) throws -> Next? {
        blank()
        style.box(title: strings(.readContentNote), body: [Prose.flattened(note[language])]).forEach { terminal.line($0) }
        quiet(strings(.practiceContentNoteChoice))
        while true {
            switch terminal.readLine(prompt: strings(.practiceContentNotePrompt), addToHistory: false) {
            case .end: return .quit
            case .interrupt: return .stay
            case .line(let text):
                let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { $0.lowercased() }
                let command = words.first.flatMap { ShellCommandID.find($0) }
                if words.isEmpty || (command == .next && words.count == 1) { return nil }
                if command == .home && words.count == 1 {
                    terminal.line(strings(.practiceContentNoteLater, [.command: practiceHint(module.id.value)]))
                    return .home
                }
                let next = try dispatch(text, atHome: false)
                if next != .stay { return next }
            }
        }
    }
}
