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
                    context.write("\(mark) \(profile.name)  (\(profile.id.prefix(8)), \(profile.language.rawValue))")
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
            let profile = try storeCall { () throws(StoreError) in
                try store.createProfile(name: name.trimmingCharacters(in: .whitespacesAndNewlines), language: lang,
                                        id: context.learning.uuid(), at: context.now)
            }
            context.write("Created profile '\(profile.name)' (\(profile.id.prefix(8))); it is now in use.")
        }
    }

    struct Use: ContextCommand {
        static let configuration = CommandConfiguration(abstract: "Switch to another profile.")

        @Argument(help: "The profile's name, or the start of its id.")
        var profile: String

        func run(_ context: CommandContext) throws {
            let store = try context.openStore()
            let chosen = try storeCall { () throws(StoreError) in try store.useProfile(profile) }
            context.write("Now using profile '\(chosen.name)' (\(chosen.id.prefix(8))).")
        }
    }
}
