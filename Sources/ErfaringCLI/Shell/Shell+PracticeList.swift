import ErfaringKit

/// The practice conversations to pick from: `øv [module]`, and the lines of the module list.
extension Shell {
    /// A conversation the learner can pick, with the endings found so far.
    struct PracticeEntry {
        var module: Module
        var conversation: Conversation
        var reached: Int
        var total: Int
        /// Left part-way: `øv` would go on where the learner left it.
        var paused: Bool
    }

    /// `øv [module]`: a numbered list to pick from (the module's conversations; without a
    /// module, those of the module being read, else all); a list of one starts at once, and a
    /// list with one conversation left part-way offers that one first.
    func startPractice(_ text: String) throws -> Next {
        var modules = curriculum.modules
        var oneModule: Module?
        if !text.isEmpty {
            guard let module = resolveModule(text, for: .practice) else { return .stay }
            oneModule = module
        } else if let current = currentModule.flatMap(curriculum.module), !curriculum.conversations(for: current.id.value).isEmpty {
            oneModule = current
        }
        if let oneModule { modules = [oneModule] }
        let entries = try practiceEntries(modules)
        guard !entries.isEmpty else {
            terminal.line(oneModule.map { strings(.practiceNone, [.module: $0.title[language]]) } ?? strings(.practiceNoneAtAll))
            return .stay
        }
        if entries.count == 1, let only = entries.first {
            return .run(.practice(only.module.id.value, only.conversation.id.value))
        }
        let paused = entries.filter(\.paused)
        if paused.count == 1, let only = paused.first, let next = offerPaused(only, among: entries) { return next }
        blank()
        terminal.line(style.bold(oneModule.map { strings(.practiceHeaderModule, [.module: $0.title[language]]) }
            ?? strings(.practiceHeader)))
        for (index, entry) in entries.enumerated() {
            let values: [CatalogKey.Placeholder: String] = [.title: entry.conversation.title[language], .module: entry.module.title[language],
                          .reached: String(entry.reached), .total: String(entry.total)]
            var text = strings(oneModule == nil ? CatalogKey.practiceEntry : .practiceEntryModule, values)
            if case .locked = status(of: entry.module.id.value)?.state { text += " (\(strings(.practiceEntryLocked)))" }
            if entry.paused { text += " (\(strings(.practicePausedMark)))" }
            for line in style.wrapper.wrap(text, first: "  \(index + 1). ", rest: "     ") { terminal.line(line) }
        }
        while true {
            switch terminal.readLine(prompt: strings(.practicePick, [.max: String(entries.count)]), addToHistory: false) {
            case .end: return .quit
            case .interrupt: return .stay
            case .line(let typed):
                let text = typed.trimmingSpacesAndTabs()
                if text.isEmpty { return .stay }
                if let number = Int(text), number >= 1, number <= entries.count {
                    let entry = entries[number - 1]
                    return .run(.practice(entry.module.id.value, entry.conversation.id.value))
                }
                // A command leaves the list and runs from the shell's loop, not from inside it.
                if Int(text) == nil, ShellCommandID.find(text.split(separator: " ").first.map(String.init) ?? "") != nil {
                    return .command(text)
                }
                terminal.line(strings(.practicePickAgain, [.max: String(entries.count)]))
            }
        }
    }

    /// Names the one conversation left part-way and offers to go on with it: Enter does, `nei`
    /// shows the list (nil), a number picks from the list as if it were shown. A command typed
    /// instead runs from the shell's loop.
    private func offerPaused(_ entry: PracticeEntry, among entries: [PracticeEntry]) -> Next? {
        blank()
        terminal.line(strings(.practiceOfferPaused, [.title: entry.conversation.title[language]]))
        while true {
            switch terminal.readLine(prompt: strings(.practiceOfferPausedPrompt), addToHistory: false) {
            case .end: return .quit
            case .interrupt: return .stay
            case .line(let typed):
                let text = typed.trimmingSpacesAndTabs()
                let answer = text.lowercased()
                if answer.isEmpty || ["ja", "j", "yes", "y"].contains(answer) {
                    return .run(.practice(entry.module.id.value, entry.conversation.id.value))
                }
                if ["nei", "n", "no"].contains(answer) { return nil }
                if let number = Int(text), number >= 1, number <= entries.count {
                    let picked = entries[number - 1]
                    return .run(.practice(picked.module.id.value, picked.conversation.id.value))
                }
                if asksForHelpLines(text) {
                    showHelpLines()
                    continue
                }
                if Int(text) == nil, ShellCommandID.find(text.split(separator: " ").first.map(String.init) ?? "") != nil {
                    return .command(text)
                }
                terminal.line(strings(.practiceOfferPausedAgain))
            }
        }
    }

    /// The conversations of `modules` in course and file order, with the endings found and
    /// whether each was left part-way.
    func practiceEntries(_ modules: [Module]) throws -> [PracticeEntry] {
        let reached = try storeCall { () throws(StoreError) in
            try store.reachedEndings(profile: profile?.id ?? "", module: modules.count == 1 ? modules.first?.moduleID : nil)
        }
        return try modules.flatMap { module in
            try curriculum.conversations(for: module.id.value).map { conversation in
                let ids = Set(reached[module.moduleID]?[conversation.conversationID]?.map(\.endingID) ?? [])
                let paused = try storeCall { () throws(StoreError) in
                    try ConversationSession.wouldResume(module: module, conversation: conversation,
                                                        profile: profile?.id ?? "", store: store)
                }
                return PracticeEntry(module: module, conversation: conversation,
                                     reached: ConversationSession.reachedEndings(of: conversation, among: ids).count,
                                     total: conversation.endings.count, paused: paused)
            }
        }
    }

    /// The module list's lines for a module's conversations: title, endings found, and what to type.
    func practiceLines(_ module: Module, entries: [PracticeEntry]) {
        for entry in entries where entry.module.id == module.id {
            let text = strings(.practiceModulesLine, [
                .title: entry.conversation.title[language], .reached: String(entry.reached),
                .total: String(entry.total), .command: practiceHint(module.id.value)])
            for line in style.wrapper.wrap(text, first: "   ", rest: "     ") { terminal.line(line) }
        }
    }

    /// What to type to come back to a module's conversations: `øv 2`.
    func practiceHint(_ moduleID: String) -> String {
        ShellCommandID.practice.name(in: language) + (moduleNumber(moduleID).map { "\u{00A0}\($0)" } ?? "")
    }
}
