@testable import ErfaringCLI
import ErfaringKit
import Foundation
import Testing

/// The shell's `profil`/`profile`: listing the profiles and switching between them inside the
/// course, with the names found as `erfaring profile use` finds them.
@Suite("Shell profiles", .serialized)
struct ShellProfileTests {
    /// Kari (nb, in use), Bjørn Ærlig (en), Åse (nb) and two profiles both named Kari Nordmann.
    private func harnessWithProfiles() throws -> (ShellHarness, kari: Profile, bjorn: Profile) {
        let harness = try ShellHarness()
        let env = harness.environment
        let kari = try harness.store.createProfile(name: "Kari", language: .nb, id: env.uuid(), at: env.now())
        let bjorn = try harness.store.createProfile(name: "Bjørn Ærlig", language: .en, id: env.uuid(), at: env.now())
        try harness.store.createProfile(name: "Åse", language: .nb, id: env.uuid(), at: env.now())
        try harness.store.createProfile(name: "Kari Nordmann", language: .nb, id: env.uuid(), at: env.now())
        try harness.store.createProfile(name: "kari nordmann", language: .en, id: env.uuid(), at: env.now())
        try harness.store.useProfile(kari.id)
        return (harness, kari, bjorn)
    }

    @Test("'profil' lists, a typo is offered, two namesakes are ambiguous, a switch brings the other profile's home")
    func switchInsideTheShell() throws {
        let (harness, kari, bjorn) = try harnessWithProfiles()
        let terminal = ScriptedTerminal(["profil", "profil ase", "profil kari nordmann", "profil kari",
                                         "åpne 1", "hjem", "profil BJØRN ærlig", "next", "profile", "profile kari", "avslutt"],
                                        width: 80)
        let transcript = try harness.run(on: terminal, width: 80)
        try assertGolden(transcript, "shell-profile-switch.txt")
        // The switch is stored: the next session, or `erfaring progress`, is Kari's again.
        #expect(try harness.store.currentProfile()?.id == kari.id)
        // Each profile's own history file: Kari's, Bjørn's, then Kari's again.
        let location = DataLocation(folder: URL(fileURLWithPath: "/home/kari/.local/share/erfaring"))
        #expect(terminal.historyFiles == [location.history(profile: kari.id), location.history(profile: bjorn.id),
                                          location.history(profile: kari.id)])
        // After the switch: Bjørn's home in English, and Kari's open module is not his to go on with.
        let afterSwitch = try #require(transcript.components(separatedBy: "> profil BJØRN ærlig\n").last)
        let bjornsPart = try #require(afterSwitch.components(separatedBy: "> profile kari\n").first)
        #expect(bjornsPart.contains("Switched to profile 'Bjørn Ærlig'."))
        #expect(bjornsPart.contains("Hi, Bjørn Ærlig!"))
        #expect(!bjornsPart.contains("Kari!"))
        #expect(!bjornsPart.contains("Hei"))
        #expect(bjornsPart.contains("> next\nYou are not reading anything now."))
        #expect(!bjornsPart.contains("Første avsnitt") && !bjornsPart.contains("First paragraph"))
        // Nothing Kari did was stored as Bjørn's.
        #expect(try !harness.store.moduleProgress(profile: kari.id).isEmpty)
        #expect(try harness.store.moduleProgress(profile: bjorn.id).isEmpty)
    }

    @Test("in the middle of a lesson, 'profil NAVN' says to go home first and switches nothing; 'profil' alone lists")
    func notInTheMiddleOfALesson() throws {
        let (harness, kari, _) = try harnessWithProfiles()
        let terminal = ScriptedTerminal(["åpne 1", "profil Bjørn Ærlig", "profil", "hjem", "avslutt"], width: 80)
        let transcript = try harness.run(on: terminal, width: 80)
        #expect(transcript.contains("> profil Bjørn Ærlig\nDu bytter profil fra startsiden: skriv 'hjem' først, og så "
                                    + "'profil Bjørn Ærlig'.\n"), "\(transcript)")
        #expect(!transcript.contains("Byttet til"))
        #expect(transcript.contains("> profil\nProfiler på denne maskinen (* er i bruk):\n"))
        #expect(try harness.store.currentProfile()?.id == kari.id)
        #expect(terminal.historyFiles.count == 1)
    }

    @Test("'profil NAVN' typed at the practice list switches: the list has closed and nothing is half-done")
    func fromThePracticeList() throws {
        // The shipped course: its first module has more than one conversation, so 'øv 1' shows the list.
        let course = try #require(try CurriculumLoader.load(root: Binary.repository).curriculum)
        let harness = try ShellHarness(curriculum: course)
        let env = harness.environment
        let kari = try harness.store.createProfile(name: "Kari", language: .nb, id: env.uuid(), at: env.now())
        let bjorn = try harness.store.createProfile(name: "Bjørn Ærlig", language: .en, id: env.uuid(), at: env.now())
        try harness.store.useProfile(kari.id)
        let terminal = ScriptedTerminal(["øv 1", "profil Bjørn Ærlig", "avslutt"], width: 80)
        let transcript = try harness.run(on: terminal, width: 80)
        // Typed at the list itself, right under its last entry.
        #expect(transcript.contains("(0 av 6)\n> profil Bjørn Ærlig\nSwitched to profile 'Bjørn Ærlig'.\n"), "\(transcript)")
        #expect(!transcript.contains("skriv 'hjem' først"), "\(transcript)")
        #expect(transcript.contains("Switched to profile 'Bjørn Ærlig'."), "\(transcript)")
        #expect(try harness.store.currentProfile()?.id == bjorn.id)
    }

    @Test("'profil' alone with one profile says how to make another; the profile in use is not switched to again")
    func oneProfile() throws {
        let harness = try ShellHarness()
        let env = harness.environment
        let kari = try harness.store.createProfile(name: "Kari", language: .nb, id: env.uuid(), at: env.now())
        let terminal = ScriptedTerminal(["profil", "profil KARI", "avslutt"], width: 80)
        let transcript = try harness.run(on: terminal, width: 80)
        #expect(transcript.contains("* Kari  ("))
        #expect(transcript.contains(Strings(language: .nb)(.shellProfileCreate)))
        #expect(!transcript.contains(Strings(language: .nb)(.shellProfileHow, [.command: "profil"])))
        #expect(transcript.contains("Du bruker allerede profilen 'Kari'."))
        #expect(terminal.historyFiles.count == 1)
        #expect(try harness.store.currentProfile()?.id == kari.id)
    }

    @Test("'profil' has its grammar, help and both names")
    func commandTable() throws {
        #expect(ShellCommandID.find("profil") == .profile)
        #expect(ShellCommandID.find("profile") == .profile)
        _ = try ShellGrammar.parseAsRoot(["profile", "Kari", "Nordmann"])
        _ = try ShellGrammar.parseAsRoot(["profile"])
        let harness = try ShellHarness()
        let env = harness.environment
        try harness.store.createProfile(name: "Kari", language: .nb, id: env.uuid(), at: env.now())
        let transcript = try harness.run(["hjelp profil", "avslutt"], width: 80)
        #expect(transcript.contains("profil [navn]   (profile [name])"))
        #expect(transcript.contains("kommandohistorikk"))
    }
}
