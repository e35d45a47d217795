import ErfaringKit
import Foundation

extension Shell {
    /// Asks for a name and a language. Returns false if the learner left instead.
    func firstRun() throws -> Bool {
        terminal.line(style.bold(Strings(language: .nb)(.firstWelcome)))
        terminal.line(Strings(language: .en)(.firstWelcome))
        blank()
        terminal.line(Strings(language: .nb)(.firstLanguage))
        var chosen: Language?
        while chosen == nil {
            switch terminal.readLine(prompt: Strings(language: .nb)(.firstLanguagePrompt), addToHistory: false) {
            case .end, .interrupt:
                terminal.line(Strings(language: .nb)(.firstLeft))
                return false
            case .line(let text):
                if asksForHelpLines(text) {
                    showHelpLines(in: Self.languageOfHelpRequest(text))
                    continue
                }
                // The menu's numbers, or a language's name as `språk` takes it.
                let typed = text.trimmingSpacesAndTabs()
                if let number = Int(typed), Language.allCases.indices.contains(number - 1) {
                    chosen = Language.allCases[number - 1]
                } else if let named = Self.language(named: typed) {
                    chosen = named
                } else {
                    terminal.line(Strings(language: .nb)(.firstLanguageAgain))
                }
            }
        }
        let language = chosen ?? .nb
        let strings = Strings(language: language)
        blank()
        paragraph(strings(.firstNameWhy, [.folder: dataFolder]))
        var name: String?
        while name == nil {
            switch terminal.readLine(prompt: strings(.firstNamePrompt), addToHistory: false) {
            case .end, .interrupt:
                terminal.line(strings(.firstLeft))
                return false
            case .line(let text):
                if asksForHelpLines(text) {
                    showHelpLines(in: language)
                    continue
                }
                let trimmed = text.trimmingSpacesAndTabs()
                if !trimmed.isEmpty && trimmed.count <= 60 && TextChecks.forbiddenCharacter(in: trimmed) == nil {
                    name = trimmed
                } else {
                    terminal.line(strings(.firstNameAgain))
                }
            }
        }
        let created = try storeCall { () throws(StoreError) in
            try store.createProfile(name: name ?? "", language: language, id: environment.uuid(), at: now)
        }
        profile = created
        useHistory()
        blank()
        terminal.line(strings(.firstReady, [.name: created.name]))
        for key in [CatalogKey.firstTipEnter, .firstTipModules, .firstTipHelp] { terminal.line("  " + strings(key)) }
        blank()
        return true
    }

    func showHome() {
        guard let profile, let snapshot = try? store.snapshot(profile: profile.id, at: now) else { return }
        let statuses = ModuleStates.compute(curriculum: curriculum, progress: snapshot.modules)
        blank()
        terminal.line(style.bold(strings(.homeGreeting, [.name: profile.name])) + "  "
                      + style.dim(curriculum.course.title[language]))
        showAssignmentLines(snapshot.assignments, statuses: statuses)
        blank()
        terminal.line(strings(.homeModules))
        for (index, status) in statuses.enumerated() { moduleRow(index + 1, status) }
        blank()
        if let place = continueDescription(snapshot: snapshot, statuses: statuses) {
            paragraph(place)
        }
        let due = dueReviewCount(snapshot)
        if due > 0 {
            terminal.line(strings.counted(.homeReviewsDue, due))
        } else if let next = snapshot.nextReviewDue {
            terminal.line(strings(.homeReviewsNext, [.when: strings.relative(next, from: now)]))
        }
        // Until the learner has answered the self-assessment or completed a module, offer it.
        if !statuses.contains(where: \.isCompleted), (try? store.readiness(profile: profile.id))?.isEmpty == true {
            quiet(strings(.homeReadiness))
        }
        quiet(strings(.homeHints))
    }

    /// One row per module, so that home fits a 24-row window with seven modules: number, bar,
    /// title and state; the state goes to a row of its own only when the window is too narrow.
    /// A locked module names the modules to finish first by their numbers.
    private func moduleRow(_ number: Int, _ status: ModuleStatus) {
        let title = curriculum.module(status.moduleID)?.title[language] ?? status.moduleID
        let state: String
        if case .locked(let missing) = status.state {
            let numbers = missing.compactMap { moduleNumber($0) }.map(String.init)
            state = strings(numbers.count == 1 ? .homeLocked : .homeLockedMany, [.modules: ListFormat.joined(numbers, language: language)])
        } else {
            state = strings.describe(status, curriculum: curriculum)
        }
        let head = " \(number). " + style.bar(status.fraction) + "  "
        let width = TextWrapper.displayWidth(head) + TextWrapper.displayWidth(title) + 3 + TextWrapper.displayWidth(state)
        if width <= style.width {
            terminal.line(head + style.bold(title) + " – " + state)
        } else {
            terminal.line(head + style.bold(title))
            quiet(state, indent: String(repeating: " ", count: TextWrapper.displayWidth(head)))
        }
    }

    /// The home screen's "continue" line, said from the step Enter takes, so the two always agree.
    private func continueDescription(snapshot: ProgressSnapshot, statuses: [ModuleStatus]) -> String? {
        switch nextStep(snapshot: snapshot, statuses: statuses) {
        case .read(let id):
            guard let module = curriculum.module(id) else { return nil }
            if case .inProgress(let lessonID, _) = statuses.first(where: { $0.moduleID == id })?.state {
                let lesson = module.lesson(lessonID)?.title[language] ?? lessonID
                return strings(.homeContinue, [.place: "\(module.title[language]) › \(lesson)"])
            }
            return strings(.homeStart, [.module: module.title[language]])
        case .quiz(let id):
            guard let module = curriculum.module(id) else { return nil }
            return strings(.homeContinue, [.place: "\(module.title[language]) › quiz"])
        case .practice(let id, let conversationID):
            guard let module = curriculum.module(id), let conversation = curriculum.conversation(conversationID, in: id) else {
                return nil
            }
            return strings(.homeContinue, [.place: "\(module.title[language]) › «\(conversation.title[language])»"])
        case .review:
            return strings(.homeContinueReview)
        case .allDone:
            return statuses.allSatisfy(\.isCompleted) ? strings(.homeAllDone) : nil
        }
    }

    func showAssignmentLines(_ assignments: [Assignment], statuses: [ModuleStatus]) {
        guard !assignments.isEmpty else { return }
        blank()
        terminal.line(strings(.homeAssignments))
        let today = AssignmentDates.today(now, timeZone: timeZone)
        for assignment in assignments {
            for item in assignment.items {
                let title = curriculum.module(item.moduleID)?.title[language] ?? item.moduleID
                let done = statuses.first { $0.moduleID == item.moduleID }?.isCompleted ?? false
                let due: String
                if done {
                    due = style.good(strings(.homeAssignmentDone))
                } else if item.due < today {
                    due = style.bad(strings(.homeAssignmentOverdue, [.date: item.due]))
                } else {
                    due = strings(.homeAssignmentDue, [.date: item.due])
                }
                terminal.line("  \(style.plain ? "-" : "•") \(title) – \(due)")
            }
        }
    }

    func showModules() {
        let progress = (try? store.moduleProgress(profile: profile?.id ?? "")) ?? [:]
        let statuses = ModuleStates.compute(curriculum: curriculum, progress: progress)
        let practice = (try? practiceEntries(curriculum.modules)) ?? []
        terminal.line(style.bold(strings(.modulesHeader)))
        for (index, module) in curriculum.modules.enumerated() {
            blank()
            terminal.line("\(index + 1). " + style.bold(module.title[language]))
            paragraph(Prose.flattened(module.summary[language]), indent: "   ")
            terminal.line("   " + strings(.modulesMinutes, [.lessons: String(module.lessons.count),
                                                               .minutes: String(ModuleDuration(
                module: module, quiz: curriculum.quiz(for: module.id.value), language: language).minutes)]))
            if let status = statuses.first(where: { $0.moduleID == module.id.value }) {
                terminal.line("   " + strings.describe(status, curriculum: curriculum))
            }
            practiceLines(module, entries: practice)
        }
        blank()
        terminal.line(strings(.modulesOpen))
    }

    func showProgress() throws {
        guard let profile else { return }
        let snapshot = try storeCall { () throws(StoreError) in try store.snapshot(profile: profile.id, at: now) }
        let statuses = ModuleStates.compute(curriculum: curriculum, progress: snapshot.modules)
        terminal.line(style.bold(strings.progressHeader(profile.name)))
        for status in statuses {
            let title = curriculum.module(status.moduleID)?.title[language] ?? status.moduleID
            terminal.line("  \(title): \(strings.describe(status, curriculum: curriculum))")
        }
        terminal.line(strings.dueReviews(dueReviewCount(snapshot)))
    }

    func showAssignments() throws {
        guard let profile else { return }
        let snapshot = try storeCall { () throws(StoreError) in try store.snapshot(profile: profile.id, at: now) }
        guard !snapshot.assignments.isEmpty else {
            paragraph(strings(.assignmentsNone))
            return
        }
        let statuses = ModuleStates.compute(curriculum: curriculum, progress: snapshot.modules)
        for assignment in snapshot.assignments {
            terminal.line(style.bold(strings(.assignmentsHeader, [.cohort: assignment.cohort])))
            if let message = assignment.message { paragraph(message, indent: "  ") }
            if let contact = assignment.contact { terminal.line("  " + strings(.assignmentsContact, [.contact: contact])) }
        }
        showAssignmentLines(snapshot.assignments, statuses: statuses)
    }

    /// The words for a language, at the first run and in `språk`/`lang`: the code and its names.
    static let languageWords: [String: Language] = [
        "nb": .nb, "norsk": .nb, "bokmål": .nb, "norwegian": .nb,
        "en": .en, "engelsk": .en, "english": .en,
    ]

    /// The language a typed word names, in any case; nil when it names none.
    static func language(named text: String) -> Language? {
        languageWords[text.trimmingSpacesAndTabs().lowercased()]
    }

    func changeLanguage(_ text: String) throws {
        guard let profile, let language = Self.language(named: text) else {
            terminal.line(strings(.langWhich))
            return
        }
        try storeCall { () throws(StoreError) in try store.setLanguage(language, profile: profile.id, at: now) }
        self.profile?.language = language
        terminal.line(strings(.langChanged))
    }
}

/// Lists in running text: "1", "1 og 3", "1, 2 og 3".
enum ListFormat {
    static func joined(_ items: [String], language: Language) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (language == .nb ? " og " : " and ") + last
    }
}

/// Calendar days for due dates, in the learner's own time zone.
enum AssignmentDates {
    static func today(_ date: Date, timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
