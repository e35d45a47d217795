import ArgumentParser
@testable import ErfaringCLI
import ErfaringKit
import Foundation
import Testing

/// The learner's commands on the command line speak the profile's language, or the locale's
/// when there is no profile yet; facilitator commands stay English.
@Suite("Command-line language")
struct CommandLanguageTests {
    @Test("the profile's language wins; else LC_ALL, LC_MESSAGES, LANG in that order; nb, no and nn are Norwegian")
    func choose() {
        #expect(CommandLanguage.choose(environment: ["LANG": "C"], profileLanguage: .nb) == .nb)
        #expect(CommandLanguage.choose(environment: ["LANG": "nb_NO.UTF-8"], profileLanguage: .en) == .en)
        #expect(CommandLanguage.choose(environment: [:], profileLanguage: nil) == .en)
        #expect(CommandLanguage.choose(environment: ["LANG": "C.UTF-8"], profileLanguage: nil) == .en)
        for locale in ["nb_NO.UTF-8", "no_NO", "nn_NO.UTF-8", "nb"] {
            #expect(CommandLanguage.choose(environment: ["LANG": locale], profileLanguage: nil) == .nb, "\(locale)")
        }
        #expect(CommandLanguage.choose(environment: ["LANG": "en_GB.UTF-8", "LC_MESSAGES": "nb_NO.UTF-8"],
                                       profileLanguage: nil) == .nb)
        #expect(CommandLanguage.choose(environment: ["LANG": "nb_NO.UTF-8", "LC_ALL": "C"], profileLanguage: nil) == .en)
        // An empty variable is as good as unset.
        #expect(CommandLanguage.choose(environment: ["LANG": "nb_NO.UTF-8", "LC_ALL": ""], profileLanguage: nil) == .nb)
        // A word that only starts like a Norwegian code is not one.
        #expect(CommandLanguage.choose(environment: ["LANG": "nl_NL.UTF-8"], profileLanguage: nil) == .en)
        #expect(CommandLanguage.choose(environment: ["LANG": "nbx"], profileLanguage: nil) == .en)
    }

    static let norwegian: [(String, ParsableCommand.Type)] = [
        ("profile", ProfileCommand.self), ("profile-create", ProfileCommand.Create.self), ("progress", ProgressCommand.self),
        ("export", ExportCommand.self), ("summary", SummaryCommand.self), ("sync", SyncCommand.self),
        ("assignment-import", AssignmentCommand.Import.self),
    ]

    @Test("Norwegian help texts match their golden files", arguments: norwegian.map(\.0))
    func norwegianHelp(_ name: String) throws {
        let command = try #require(Self.norwegian.first { $0.0 == name }?.1)
        let text = CommandLanguage.$current.withValue(.nb) { ErfaringCommand.helpMessage(for: command, columns: 100) }
        try assertGolden(text + "\n", "help-\(name)-nb.txt")
        let english = ErfaringCommand.helpMessage(for: command, columns: 100)
        #expect(text != english)
    }

    private func withHome(_ body: ([String: String]) throws -> Void) throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-lang-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        try body(["ERFARING_HOME": home.path, "LC_ALL": "", "LC_MESSAGES": ""])
    }

    @Test("erfaring progress --help: Norwegian under LANG=nb_NO with no profile, English under LANG=C; nothing is created")
    func helpFollowsLocale() throws {
        try withHome { env in
            let norwegian = try InProcess.run(["progress", "--help"], environment: env.merging(["LANG": "nb_NO.UTF-8"]) { $1 })
            #expect(norwegian.status == 0)
            #expect(norwegian.stdout.contains("Vis fremgangen i hver modul for profilen som er i bruk."), "\(norwegian.stdout)")
            #expect(norwegian.stdout.contains("Utdataformat: text eller json."))
            let english = try InProcess.run(["progress", "--help"], environment: env.merging(["LANG": "C"]) { $1 })
            #expect(english.stdout.contains("Show the current profile's progress per module."), "\(english.stdout)")
            #expect(!FileManager.default.fileExists(atPath: try #require(env["ERFARING_HOME"])))
            // Facilitator commands stay English under a Norwegian locale.
            let lint = try InProcess.run(["lint", "--help"], environment: env.merging(["LANG": "nb_NO.UTF-8"]) { $1 })
            #expect(lint.stdout.contains("Check the curriculum"), "\(lint.stdout)")
        }
    }

    @Test("the profile in use decides over LANG: a Norwegian profile gets Norwegian help and errors, an English one English")
    func profileDecides() throws {
        try withHome { env in
            let english = env.merging(["LANG": "C"]) { $1 }
            #expect(try InProcess.run(["profile", "create", "Kari"], environment: english).status == 0)
            let help = try InProcess.run(["profile", "--help"], environment: english)
            #expect(help.stdout.contains("Vis, lag eller bytt profiler"), "\(help.stdout)")
            let misuse = try InProcess.run(["export", "--format", "csv", "--include-private"], environment: english)
            #expect(misuse.status == 64)
            #expect(misuse.stderr.contains("--include-private virker bare med --format json"), "\(misuse.stderr)")
            let missing = try InProcess.run(["profile", "use", "Ola"], environment: english)
            #expect(missing.stderr == "erfaring: error: profilen 'Ola' finnes ikke ('erfaring profile list' viser profilene)\n")
            #expect(try InProcess.run(["profile", "create", "Ola", "--lang", "en"], environment: english).status == 0)
            let norwegianLocale = env.merging(["LANG": "nb_NO.UTF-8"]) { $1 }
            let ola = try InProcess.run(["profile", "use", "Kari"], environment: norwegianLocale)
            #expect(ola.stdout.hasPrefix("Now using profile 'Kari'"), "\(ola.stdout)")
        }
    }

    @Test("facilitator commands and the help dumped for man pages are English under a Norwegian profile and locale")
    func englishWhereItMustBe() throws {
        try withHome { env in
            let norwegian = env.merging(["LANG": "nb_NO.UTF-8"]) { $1 }
            #expect(try InProcess.run(["profile", "create", "Kari"], environment: norwegian).status == 0)
            #expect(CommandLanguage.forRun(["progress"], environment: norwegian) == .nb)
            #expect(CommandLanguage.forRun([], environment: norwegian) == .nb)
            for arguments in [["--experimental-dump-help"], ["--generate-completion-script", "bash"], ["lint", "--help"],
                              ["facilitator", "report"], ["backup", "--out", "x"], ["stats"]] {
                #expect(CommandLanguage.forRun(arguments, environment: norwegian) == .en, "\(arguments)")
            }
            let dump = try InProcess.run(["--experimental-dump-help"], environment: norwegian)
            #expect(dump.stdout.contains("Show the current profile's progress per module."))
            #expect(!dump.stdout.contains("Vis fremgangen"))
        }
    }

    @Test("with no profile, the missing-profile error follows the locale")
    func noProfileError() throws {
        try withHome { env in
            let norwegian = try InProcess.run(["progress"], environment: env.merging(["LANG": "nn_NO.UTF-8"]) { $1 })
            #expect(norwegian.stderr.contains("ingen profil ennå: skriv 'erfaring' for å begynne"), "\(norwegian.stderr)")
            let english = try InProcess.run(["progress"], environment: env.merging(["LANG": "C.UTF-8"]) { $1 })
            #expect(english.stderr.contains("no profile yet: run 'erfaring' to start"), "\(english.stderr)")
        }
    }
}
