import ArgumentParser
import ErfaringKit
import Foundation

/// `erfaring profile`: learners sharing one machine.
struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "List, create or switch learner profiles on this machine.",
        subcommands: [List.self, Create.self, Use.self],
        defaultSubcommand: List.self)

    struct List: ContextCommand {
        static let configuration = CommandConfiguration(abstract: "List the profiles; the current one is marked with *.")

        @Option(help: "Output format: text or json.")
        var format: OutputFormat = .text

        func run(_ context: CommandContext) throws {
            let store = try context.openStore()
            let profiles = try storeCall { () throws(StoreError) in try store.profiles() }
            let current = try storeCall { () throws(StoreError) in try store.currentProfile() }
            switch format {
            case .json:
                struct Entry: Encodable { var id: String, name: String, language: String, current: Bool }
                let entries = profiles.map { Entry(id: $0.id, name: $0.name, language: $0.language.rawValue,
                                                   current: $0.id == current?.id) }
                context.write(try prettyJSON(entries))
            case .text:
                if profiles.isEmpty {
                    context.write("No profiles yet. Run 'erfaring' to start, or 'erfaring profile create NAME'.")
                }
                for profile in profiles {
                    let mark = profile.id == current?.id ? "*" : " "
                    context.write("\(mark) \(safe(profile.name))  (\(shortID(profile, among: profiles)), \(profile.language.rawValue))")
                }
            }
        }
    }

    struct Create: ContextCommand {
        static let configuration = CommandConfiguration(abstract: "Create a profile and make it the current one.")

        @Argument(help: "A name or nickname; it stays on this machine.")
        var name: String

        @Option(help: "Language: nb or en.")
        var lang: Language = .nb

        func validate() throws {
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty, trimmed.count <= 60, TextChecks.forbiddenCharacter(in: trimmed) == nil else {
                throw ValidationError("the name must be 1 to 60 characters, without control characters")
            }
        }

        func run(_ context: CommandContext) throws {
            let store = try context.openStore()
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            let existing = try storeCall { () throws(StoreError) in try store.profiles() }
            let namesakes = existing.filter { ProfileName.matches(trimmed, $0.name) }
            let profile = try storeCall { () throws(StoreError) in
                try store.createProfile(name: trimmed, language: lang, id: context.learning.uuid(), at: context.now)
            }
            let all = existing + [profile]
            context.write("Created profile '\(safe(profile.name))' (\(shortID(profile, among: all))); it is now in use.")
            if !namesakes.isEmpty {
                let others = namesakes.map { "'\(safe($0.name))' (\(shortID($0, among: all)))" }.joined(separator: ", ")
                context.writeError("erfaring: warning: \(namesakes.count == 1 ? "a profile" : "\(namesakes.count) profiles") "
                    + "with this name already existed: \(others); the new one is '\(safe(profile.name))' "
                    + "(\(shortID(profile, among: all))). They are told apart by their ids: "
                    + "'erfaring profile list' shows them, 'erfaring profile use ID' switches to one.")
            }
        }
    }

    struct Use: ContextCommand {
        static let configuration = CommandConfiguration(abstract: "Switch to another profile.")

        @Argument(help: "The profile's name, or the start of its id.")
        var profile: String

        func run(_ context: CommandContext) throws {
            let store = try context.openStore()
            let all = try storeCall { () throws(StoreError) in try store.profiles() }
            let found = try storeCall { () throws(StoreError) in try store.profiles(matching: profile) }
            if found.count > 1 {
                let choices = found.map { candidate in
                    "  \(safe(candidate.name))  (id \(shortID(candidate, among: all)), \(candidate.language.rawValue))"
                }
                throw CLIError.failure("'\(safe(profile))' is ambiguous: \(found.count) profiles match\n"
                    + choices.joined(separator: "\n")
                    + "\nchoose one by its id, for example: erfaring profile use \(shortID(found[0], among: all))")
            }
            guard let match = found.first else {
                let near = TextChecks.suggestion(for: ProfileName.key(profile), among: all.map { ProfileName.key($0.name) })
                let named = near.flatMap { key in all.first { ProfileName.key($0.name) == key } }
                throw CLIError.failure("profile '\(safe(profile))' does not exist"
                    + (named.map { "; did you mean '\(safe($0.name))'?" } ?? "")
                    + " ('erfaring profile list' shows the profiles)")
            }
            let chosen = try storeCall { () throws(StoreError) in try store.useProfile(match.id) }
            context.write("Now using profile '\(safe(chosen.name))' (\(shortID(chosen, among: all))).")
        }
    }
}

/// A name or typed text as it may be shown in a terminal.
private func safe(_ text: String) -> String {
    TextChecks.terminalSafe(TextChecks.abbreviated(text, limit: 80))
}

/// The shortest start of `profile`'s id, at least 8 characters, that no other profile's id begins with.
func shortID(_ profile: Profile, among all: [Profile]) -> String {
    let others = all.filter { $0.id != profile.id }.map(\.id)
    var length = min(8, profile.id.count)
    while length < profile.id.count, others.contains(where: { $0.hasPrefix(profile.id.prefix(length)) }) {
        length += 1
    }
    return String(profile.id.prefix(length))
}
