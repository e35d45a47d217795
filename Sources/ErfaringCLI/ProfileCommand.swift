import ArgumentParser
import ErfaringKit
import Foundation

/// `erfaring profile`: learners sharing one machine. Help and messages are in the run's
/// language (``CommandLanguage``).
struct ProfileCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "profile",
            abstract: CommandLanguage.text(
                nb: "Vis, lag eller bytt profiler for dem som bruker kurset på denne maskinen.",
                en: "List, create or switch learner profiles on this machine."),
            discussion: CommandLanguage.text(
                nb: "Navn sammenlignes uten å skille store og små bokstaver eller aksenter; æ, ø og å er egne bokstaver. "
                    + "I kurset bytter du profil med 'profil NAVN'.",
                en: "Names match whatever their case and accents; æ, ø and å are letters of their own. "
                    + "Inside the course, 'profile NAME' switches profile."),
            subcommands: [List.self, Create.self, Use.self],
            defaultSubcommand: List.self)
    }

    /// The run's catalog texts.
    static var strings: Strings { Strings(language: CommandLanguage.current) }

    struct List: ContextCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: CommandLanguage.text(
                nb: "Vis profilene; den som er i bruk, er merket med *.",
                en: "List the profiles; the current one is marked with *."))
        }

        @Option(help: CommandLanguage.help(nb: "Utdataformat: text eller json.", en: "Output format: text or json."))
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
                if profiles.isEmpty { context.write(strings(.profileNone)) }
                for profile in profiles {
                    let mark = profile.id == current?.id ? "*" : " "
                    context.write("\(mark) \(safeProfileText(profile.name))  (\(shortID(profile, among: profiles)), \(profile.language.rawValue))")
                }
            }
        }
    }

    struct Create: ContextCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: CommandLanguage.text(
                nb: "Lag en profil og ta den i bruk.", en: "Create a profile and make it the current one."))
        }

        @Argument(help: CommandLanguage.help(
            nb: "Et navn eller kallenavn; det blir på denne maskinen.", en: "A name or nickname; it stays on this machine.",
            valueName: (nb: "navn", en: "name")))
        var name: String

        @Option(help: CommandLanguage.help(nb: "Språk: nb eller en.", en: "Language: nb or en."))
        var lang: Language = .nb

        func validate() throws {
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty, trimmed.count <= 60, TextChecks.forbiddenCharacter(in: trimmed) == nil else {
                throw ValidationError(CommandLanguage.text(
                    nb: "navnet må ha 1 til 60 tegn, uten kontrolltegn",
                    en: "the name must be 1 to 60 characters, without control characters"))
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
            let strings = ProfileCommand.strings
            let shown: Strings.Values = [.name: safeProfileText(profile.name), .id: shortID(profile, among: all)]
            context.write(strings(.profileCreated, shown))
            if !namesakes.isEmpty {
                let others = namesakes.map { "'\(safeProfileText($0.name))' (\(shortID($0, among: all)))" }.joined(separator: ", ")
                let values = shown.merging([.text: others, .count: String(namesakes.count)]) { _, new in new }
                context.writeError(strings(.profileWarningPrefix)
                    + strings(namesakes.count == 1 ? .profileDuplicate : .profileDuplicateMany, values))
            }
        }
    }

    struct Use: ContextCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: CommandLanguage.text(nb: "Bytt til en annen profil.", en: "Switch to another profile."))
        }

        @Argument(help: CommandLanguage.help(
            nb: "Navnet på profilen, eller starten av id-en.", en: "The profile's name, or the start of its id.",
            valueName: (nb: "profil", en: "profile")))
        var profile: String

        func run(_ context: CommandContext) throws {
            let store = try context.openStore()
            let strings = ProfileCommand.strings
            let (match, all) = try ProfileMatch.find(profile, in: store)
            switch match {
            case .several(let found):
                let choices = found.map { candidate in
                    "  \(safeProfileText(candidate.name))  (id \(shortID(candidate, among: all)), \(candidate.language.rawValue))"
                }
                throw CLIError.failure(strings(.profileAmbiguous, [.name: safeProfileText(profile), .count: String(found.count)])
                    + "\n" + choices.joined(separator: "\n") + "\n"
                    + strings(.profileChooseByID, [.command: "erfaring profile use \(shortID(found[0], among: all))"]))
            case .none(let nearest):
                let hint = nearest.map { strings(.profileDidYouMean, [.name: safeProfileText($0.name)]) } ?? ""
                throw CLIError.failure(strings(.profileNotFound, [.name: safeProfileText(profile), .text: hint]))
            case .one(let match):
                let chosen = try storeCall { () throws(StoreError) in try store.useProfile(match.id) }
                context.write(strings(.profileUsing, [.name: safeProfileText(chosen.name), .id: shortID(chosen, among: all)]))
            }
        }
    }
}
