import ErfaringKit
import Foundation

/// The interactive shell: the learner's everyday place to read, reflect, take quizzes and review.
///
/// Everything the learner does is saved the moment it happens; leaving a step (Ctrl-C, `home`)
/// or the shell (Ctrl-D, `quit`) loses nothing.
final class Shell {
    /// What runs next after a command or a step.
    enum Next: Equatable {
        case stay
        case home
        case run(Activity)
        /// A command typed at a step's own prompt: the step ends, and the shell's loop runs the
        /// command, so steps never nest inside each other.
        case command(String)
        case quit
    }

    enum Activity: Equatable {
        /// A module, from where the learner left off, or from the start of lesson `lesson` (0-based).
        case read(String, lesson: Int? = nil)
        case quiz(String)
        case review
        case readiness
        /// A practice conversation: module id, conversation id.
        case practice(String, String)
    }

    let curriculum: Curriculum
    let store: ProgressStore
    let terminal: Terminal
    let environment: LearningEnvironment
    let scheduler = FSRSScheduler.default
    let dataFolder: String
    /// The learner's time zone, for dates shown as calendar days.
    var timeZone = TimeZone.current
    private let baseStyle: Style
    /// Colours and layout, as wide as the window is now: it may be resized between two screens.
    var style: Style {
        var current = baseStyle
        current.width = terminal.width
        return current
    }
    var profile: Profile?
    /// The module being read or tested, for `quiz`, `where` and `back` without an argument.
    var currentModule: String?
    lazy var searchIndex = SearchIndex(curriculum: curriculum)
    /// Whether something the learner did could not be saved (a full disk, a write error): the
    /// shell then never says that everything is saved, and exits with 74.
    var failedToSave = false

    init(curriculum: Curriculum, store: ProgressStore, terminal: Terminal, environment: LearningEnvironment,
         style: Style, dataFolder: String) {
        self.curriculum = curriculum
        self.store = store
        // The pager sees the text as shown: after `--plain` has replaced its signs.
        let pager = Pager(terminal)
        self.terminal = style.plain ? PlainGlyphTerminal(pager) : pager
        self.environment = environment
        self.baseStyle = style
        self.dataFolder = dataFolder
        pager.moreLine = { [weak self] in Strings(language: self?.language ?? .nb)(.pagerMore) }
    }

    var language: Language { profile?.language ?? .nb }
    var strings: Strings { Strings(language: language) }
    var now: Date { environment.now() }

    /// Runs until the learner leaves. Returns the process exit code.
    func run() throws -> Int32 {
        profile = try storeCall { () throws(StoreError) in try store.currentProfile() }
        if profile == nil {
            guard try firstRun() else { return 0 }
        } else {
            useHistory()
            showHome()
        }
        updateCompletions()
        var next = Next.stay
        // Ctrl-C at the prompt says how to leave; a second one right after it leaves.
        var interruptedAtPrompt = false
        loop: while true {
            switch next {
            case .quit:
                break loop
            case .home:
                showHome()
                next = .stay
            case .run(let activity):
                next = try guarded { try run(activity) }
            case .command(let text):
                // The list that handed the command back has closed and nothing is half-done: a
                // profile switch is as safe as from home.
                next = try guarded { try dispatch(text, atHome: false, mayLeaveProfile: true) }
            case .stay:
                // No colour in the prompt: libedit would count and show the escape codes.
                let input = terminal.readLine(prompt: "erfaring> ", addToHistory: true)
                defer { interruptedAtPrompt = input == .interrupt }
                switch input {
                case .end:
                    break loop
                case .interrupt:
                    // Nothing is going on to stop: say how to leave, or leave on the second.
                    if interruptedAtPrompt { break loop }
                    terminal.line(strings(.shellHowToLeave))
                case .line(let text):
                    next = try guarded { try dispatch(text, atHome: true) }
                }
            }
        }
        terminal.line(savedNote(.bye, .byeUnsaved))
        terminal.saveHistory()
        return failedToSave ? 74 : 0
    }

    /// Keeps the command history in the learner's own file.
    func useHistory() {
        guard let profile, !dataFolder.isEmpty else { return }
        terminal.useHistory(DataLocation(folder: URL(fileURLWithPath: dataFolder)).history(profile: profile.id))
    }

    /// Runs a step; if the database fails during it (locked by another program for too long, a
    /// full disk), says so and returns to the prompt instead of ending the session. Answers saved
    /// before the failure stay saved; the step can be tried again.
    func guarded(_ body: () throws -> Next) throws -> Next {
        do {
            return try body()
        } catch let error as CLIError where error.code == 74 {
            failedToSave = true
            terminal.line(strings(.errorStore, [.detail: error.description]))
            return .stay
        }
    }

    func run(_ activity: Activity) throws -> Next {
        switch activity {
        case .read(let module, let lesson): return try readModule(module, startingAt: lesson)
        case .quiz(let module): return try takeQuiz(module)
        case .review: return try reviewSession()
        case .readiness: return try runReadiness()
        case .practice(let module, let conversation): return try practise(module, conversation)
        }
    }

    /// Handles one typed command. `atHome` makes an empty line mean "continue"; a profile switch
    /// is taken at home or where `mayLeaveProfile` says nothing is half-done.
    func dispatch(_ text: String, atHome: Bool, mayLeaveProfile: Bool = false) throws -> Next {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = words.first else {
            return atHome ? continueActivity() : .stay
        }
        // `hjelp nå` / `help now` is the help screen, not help about a command.
        if asksForHelpLines(text) {
            showHelpLines()
            return .stay
        }
        // At home, a module's number as shown in the list opens it.
        if atHome, words.count == 1, let number = Int(first) {
            guard number >= 1, number <= curriculum.modules.count else {
                terminal.line(strings(.openNoModule, [.count: String(curriculum.modules.count)]))
                return .stay
            }
            return .run(.read(curriculum.modules[number - 1].id.value))
        }
        guard let command = ShellCommandID.find(first) else {
            // Only the start of a long word is echoed, made safe to show.
            let shown = first.count > 40 ? String(first.prefix(40)) + "…" : first
            terminal.line(strings(.errorUnknown, [.command: TextChecks.terminalSafe(shown)]))
            if let close = TextChecks.suggestion(for: first.lowercased(), among: ShellCommandID.allNames) {
                terminal.line(strings(.errorDidYouMean, [.command: close]))
            }
            terminal.line(strings(.errorSeeHelp))
            return .stay
        }
        let arguments = Array(words.dropFirst())
        if command == .profile, !atHome, !mayLeaveProfile, !arguments.isEmpty {
            // A switch in the middle of a lesson, a quiz or a conversation would leave it half the
            // old profile's: the learner goes home first (where everything is saved).
            terminal.line(strings(.shellProfileFromHome, [.command: "\(first) \(arguments.joined(separator: " "))"]))
            return .stay
        }
        do {
            // Arguments are checked by the same parser the command line uses.
            if command != .help { _ = try ShellGrammar.parseAsRoot([command.rawValue] + arguments) }
        } catch {
            // The grammar only refuses arguments a command does not take; say so in the learner's language.
            terminal.line(strings(.errorArguments, [.command: first, .arguments: arguments.joined(separator: " ")]))
            terminal.line(strings(.errorUsage, [.usage: command.usage(in: language)]))
            return .stay
        }
        return try perform(command, arguments)
    }

    func perform(_ command: ShellCommandID, _ arguments: [String]) throws -> Next {
        let rest = arguments.joined(separator: " ")
        switch command {
        case .home: return .home
        case .quit: return .quit
        case .modules: showModules(); return .stay
        case .open: return openModule(rest)
        case .next, .back, .where:
            if currentModule != nil, command == .next { return .run(.read(currentModule ?? "")) }
            terminal.line(strings(.readNotReading))
            return .stay
        case .quiz: return startQuiz(rest)
        case .practice: return try startPractice(rest)
        case .hint:
            terminal.line(strings(.quizHintWhere))
            return .stay
        case .review: return .run(.review)
        case .journal: try showJournal(rest); return .stay
        case .readiness: return .run(.readiness)
        case .search: search(rest); return .stay
        case .glossary: showGlossary(rest); return .stay
        case .progress: try showProgress(); return .stay
        case .assignments: try showAssignments(); return .stay
        case .export: paragraph(strings(.exportShell)); return .stay
        case .lang: try changeLanguage(rest); return .stay
        case .profile: return try profileCommand(rest)
        case .help: showHelp(rest); return .stay
        case .crisis: showHelpLines(); return .stay
        }
    }

    /// Enter at home: go on with what is next.
    func continueActivity() -> Next {
        guard let snapshot = try? store.snapshot(profile: profile?.id ?? "", at: now) else { return .stay }
        let statuses = ModuleStates.compute(curriculum: curriculum, progress: snapshot.modules)
        switch nextStep(snapshot: snapshot, statuses: statuses) {
        case .read(let moduleID): return .run(.read(moduleID))
        case .quiz(let moduleID): return .run(.quiz(moduleID))
        case .practice(let moduleID, let conversationID): return .run(.practice(moduleID, conversationID))
        case .review: return .run(.review)
        case .allDone:
            terminal.line(strings(.homeAllDone))
            return .stay
        }
    }

    /// What Enter at home goes on with: the one answer for Enter and for the home screen's line.
    func nextStep(snapshot: ProgressSnapshot, statuses: [ModuleStatus]) -> NextStep {
        let paused = snapshot.lastModuleID.flatMap { last in
            try? store.openAttempt(profile: snapshot.profile.id, module: ModuleID(last))
        }
        return NextStep.choose(statuses: statuses, lastModuleID: snapshot.lastModuleID, pausedQuiz: paused,
                               dueReviews: { dueReviewCount(snapshot) })
    }

    // MARK: Output helpers

    /// A message that says everything is saved, or its variant saying that something was not,
    /// after a failed save.
    func savedNote(_ saved: CatalogKey, _ unsaved: CatalogKey) -> String {
        strings(failedToSave ? unsaved : saved)
    }

    func paragraph(_ text: String, indent: String = "") {
        for line in style.wrapper.render(text, indent: indent, bullet: style.plain ? "-" : "•") { terminal.line(line) }
    }

    /// A paragraph in a quieter style: wrapped first, then painted line by line, so colour codes
    /// never count as width.
    func quiet(_ text: String, indent: String = "") {
        for line in style.wrapper.render(text, indent: indent) { terminal.line(style.dim(line)) }
    }

    func blank() { terminal.line() }

    /// Finds a module by id, title or unique id prefix; reports and returns nil otherwise.
    func resolveModule(_ text: String, for command: ShellCommandID = .open) -> Module? {
        let key = text.lowercased().trimmingSpacesAndTabs()
        if let found = findModule(key) { return found }
        terminal.line(strings(.openUnknown, [.id: text]))
        if let close = moduleSuggestion(for: key), let number = moduleNumber(close), let module = curriculum.module(close) {
            terminal.line(strings(.openDidYouMeanModule, [.title: module.title[language],
                                                          .command: "\(command.name(in: language))\u{00A0}\(number)"]))
        } else {
            terminal.line(strings(.openWhich, [.command: command.name(in: language), .ids: numberedModules]))
        }
        return nil
    }

    /// The module `key` names (lowercased): its id, number, title or a unique id prefix.
    func findModule(_ key: String) -> Module? {
        if let exact = curriculum.module(key) { return exact }
        if let number = Int(key), number >= 1, number <= curriculum.modules.count { return curriculum.modules[number - 1] }
        let matches = curriculum.modules.filter {
            $0.id.value.hasPrefix(key) || $0.title.nb.lowercased() == key || $0.title.en.lowercased() == key
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// A module's number in the list the learner sees (1 for the first).
    func moduleNumber(_ moduleID: String) -> Int? {
        curriculum.modules.firstIndex { $0.id.value == moduleID }.map { $0 + 1 }
    }

    /// What to type to open a module, or one of its lessons: `åpne 1`, `åpne 1 3`, with no-break
    /// spaces so the hint never breaks across lines.
    func openHint(_ moduleID: String, lesson lessonID: String? = nil) -> String {
        var hint = ShellCommandID.open.name(in: language)
        guard let number = moduleNumber(moduleID) else { return hint }
        hint += "\u{00A0}\(number)"
        if let lessonID, let index = curriculum.modules[number - 1].lessons.firstIndex(where: { $0.id.value == lessonID }) {
            hint += "\u{00A0}\(index + 1)"
        }
        return hint
    }

    /// "1 Recovery-orientering · 2 Erfaringskompetanse · …": numbers and titles in the learner's
    /// language, for messages that ask which module.
    var numberedModules: String {
        curriculum.modules.enumerated().map { "\($0.offset + 1)\u{00A0}\($0.element.title[language])" }
            .joined(separator: " · ")
    }

    /// The id of the module `key` most likely means: close to a whole id or title, or a typo in
    /// the beginning of an id ("recovry" for recovery-orientation).
    func moduleSuggestion(for key: String) -> String? {
        for module in curriculum.modules {
            let names = [module.id.value, module.title.nb.lowercased(), module.title.en.lowercased()]
            if TextChecks.suggestion(for: key, among: names) != nil { return module.id.value }
        }
        guard key.count >= 4 else { return nil }
        let beginnings = curriculum.modules.filter {
            TextChecks.suggestion(for: key, among: [String($0.id.value.prefix(key.count))]) != nil
        }
        return beginnings.count == 1 ? beginnings[0].id.value : nil
    }

    func status(of moduleID: String) -> ModuleStatus? {
        let progress = (try? store.moduleProgress(profile: profile?.id ?? "")) ?? [:]
        return ModuleStates.compute(curriculum: curriculum, progress: progress).first { $0.moduleID == moduleID }
    }

    /// Module titles for a locked message.
    func titles(_ ids: [String]) -> String {
        ids.map { curriculum.module($0)?.title[language] ?? $0 }.joined(separator: ", ")
    }

    func updateCompletions() {
        let model = CompletionModel(curriculum: curriculum)
        // Asked at each Tab, so a change of language changes what Tab offers.
        terminal.setCompletions { [weak self] line in model.complete(line, in: self?.language ?? .nb) }
    }
}
