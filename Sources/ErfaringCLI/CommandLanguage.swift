import ArgumentParser
import ErfaringKit
import Foundation

/// The language of the learner's commands on the command line (`profile`, `progress`, `export`,
/// `assignment`, `summary`, `sync`): their help and their messages. Decided once per run, before
/// the arguments are parsed, from the current profile's language or else the locale
/// (``choose(environment:profileLanguage:)``). Facilitator commands are always English.
enum CommandLanguage {
    /// The language of this run. A task-local value, so tests that run commands side by side in
    /// one process each see their own.
    @TaskLocal static var current: Language = .en

    /// The commands whose help and messages follow the learner's language; every other command
    /// (`facilitator`, `lint`, `stats`, `backup`, `restore`, `modules`) stays English.
    static let learnerCommands: Set<String> = ["profile", "progress", "export", "assignment", "summary", "sync"]

    /// The language for a run: the current profile's when there is one; else Norwegian when the
    /// first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set (POSIX order) names Norwegian
    /// (`nb`, `no` or `nn`, as in `nb_NO.UTF-8`); else English.
    static func choose(environment: [String: String], profileLanguage: Language?) -> Language {
        if let profileLanguage { return profileLanguage }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let code = locale.prefix { $0.isLetter }.lowercased()
        return ["nb", "no", "nn"].contains(code) ? .nb : .en
    }

    /// The language for running `arguments`: English for commands that are not the learner's and
    /// for the help dumped for man pages and completion scripts; otherwise by ``choose(environment:profileLanguage:)`` with the stored profile's language.
    static func forRun(_ arguments: [String], environment: [String: String]) -> Language {
        // The man pages and completion scripts are made from these, on a packager's machine:
        // always the same, whoever's profile is there.
        if arguments.contains(where: { $0.hasPrefix("--experimental-dump-help") || $0.hasPrefix("--generate-completion-script") }) {
            return .en
        }
        let command = arguments.first { !$0.hasPrefix("-") }
        if let command, command != "help", !learnerCommands.contains(command) { return .en }
        return choose(environment: environment, profileLanguage: storedLanguage(environment))
    }

    /// The current profile's language, read from an existing database without migrating or writing
    /// it (``ProgressStore/storedLanguage(at:)``); nil when there is none yet or it cannot be read
    /// (the command itself then says why). Never creates or changes anything.
    static func storedLanguage(_ environment: [String: String]) -> Language? {
        guard let location = try? DataLocation.resolve(environment: environment) else { return nil }
        return ProgressStore.storedLanguage(at: location.database)
    }

    /// `nb` or `en`, as the run's language says.
    static func text(nb: String, en: String) -> String {
        current == .nb ? nb : en
    }

    /// An option's or argument's help in the run's language. ArgumentParser evaluates `help:`
    /// when it makes the command (for parsing or for `--help`), after ``current`` is set.
    static func help(nb: String, en: String, discussion: (nb: String, en: String)? = nil,
                     valueName: (nb: String, en: String)? = nil) -> ArgumentHelp {
        ArgumentHelp(text(nb: nb, en: en), discussion: discussion.map { text(nb: $0.nb, en: $0.en) } ?? "",
                     valueName: valueName.map { text(nb: $0.nb, en: $0.en) })
    }
}
