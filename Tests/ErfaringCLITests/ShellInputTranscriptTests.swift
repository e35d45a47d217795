@testable import ErfaringCLI
import ErfaringKit
import Foundation
import Testing

/// Keys at the shell's prompts: Ctrl-C at `erfaring>`, Ctrl-D at a reflection, and going back
/// to a practice conversation left part-way, at 80 columns.
@Suite("Ctrl-C, Ctrl-D and a paused conversation", .serialized)
struct ShellInputTranscriptTests {
    private let firstRun = ["1", "Kari"]
    private let interrupt = ScriptedTerminal.interruptLine

    @Test("Ctrl-C at the prompt says how to leave, every time, and never 'Avbrutt'; a second one right after leaves")
    func interruptAtPrompt() throws {
        let harness = try ShellHarness()
        let how = "For å gå ut: skriv 'avslutt', trykk Ctrl-D, eller trykk Ctrl-C en gang til."
        let staying = try harness.run(firstRun + [interrupt, "moduler", interrupt, "avslutt"], width: 80)
        #expect(staying.components(separatedBy: "> \(interrupt)\n\(how)\n").count - 1 == 2, "\(staying)")
        #expect(!staying.contains("Avbrutt"))
        #expect(staying.hasSuffix("> avslutt\nHa det! Alt er lagret.\n"))
        // Two in a row leave; what follows is never read.
        let leaving = try harness.run([interrupt, interrupt, "moduler"], width: 80)
        #expect(leaving.hasSuffix("> \(interrupt)\n\(how)\n> \(interrupt)\nHa det! Alt er lagret.\n"), "\(leaving)")
        let english = try harness.run(["språk en", interrupt, "quit"], width: 80)
        #expect(english.contains("> \(interrupt)\nTo leave: type 'quit', press Ctrl-D, or press Ctrl-C once more.\n> quit"))
        // Ctrl-C inside a step still stops the step only, and says so; no word of leaving.
        let step = try harness.run(["språk nb", "quiz basics", interrupt, "avslutt"], width: 80)
        #expect(step.contains("> \(interrupt)\nQuizen er satt på pause."), "\(step)")
        #expect(!step.contains(how))
    }

    @Test("Ctrl-D on an empty first line of a reflection skips it, saves nothing, and the lesson goes on")
    func endAtReflection() throws {
        let harness = try ShellHarness()
        let transcript = try harness.run(firstRun + ["", "", "", "", ScriptedTerminal.endLine, "", "hvor", "avslutt"], width: 80)
        let skipped = try #require(transcript.range(of: "> \(ScriptedTerminal.endLine)\n"))
        let after = String(transcript[skipped.upperBound...])
        #expect(after.hasPrefix("Hoppet over.\n"), "\(after)")
        #expect(!after.hasPrefix("Hoppet over.\nHa det!"), "the shell is still there")
        #expect(after.contains("> hvor\n") && after.hasSuffix("> avslutt\nHa det! Alt er lagret.\n"))
        let profile = try #require(try harness.store.currentProfile())
        #expect(try harness.store.reflections(profile: profile.id).isEmpty)
        // Lines written before Ctrl-D are the answer, as before.
        let written = try harness.run(["åpne 1 1", "", "", "", "en tanke", ScriptedTerminal.endLine, "avslutt"], width: 80)
        #expect(written.contains("> \(ScriptedTerminal.endLine)\nLagret"), "\(written)")
        #expect(try harness.store.reflections(profile: profile.id).map(\.text) == ["en tanke"])
    }
}

/// A practice conversation left part-way in a module with two: `øv 4` offers it first, the list
/// marks it, and a command at the list's prompt runs from the shell's loop.
@Suite("Going back to a paused practice conversation", .serialized)
struct PracticeResumeTranscriptTests {
    private func shipped() throws -> Curriculum {
        try #require(try CurriculumLoader.load(root: Binary.repository).curriculum)
    }

    @Test("nb: 'øv 4' after a pause names the paused conversation and Enter goes on with it; 'nei' shows the marked list")
    func offeredFirst() throws {
        let harness = try ShellHarness(curriculum: try shipped())
        // Module 4 has two conversations; the second is left after one choice.
        _ = try harness.run(["1", "Kari", "øv 4", "2", "1", "hjem", "avslutt"], width: 80)
        let transcript = try harness.run(["øv 4", "", "hjem", "øv 4", "nei", "hjem", "avslutt"], width: 80)
        try assertGolden(transcript, "shell-practice-paused-offer.txt")
        let offer = "Påbegynt samtale: «Kan ikke vi bare være venner?»\n"
            + "> \n"
        let offered = try #require(transcript.range(of: offer), "\(transcript)")
        #expect(transcript[offered.upperBound...].contains("Du fortsetter der du slapp, etter 1 valg."))
        #expect(transcript.contains("  2. «Kan ikke vi bare være venner?» (0 av 4) (påbegynt – fortsett)"), "\(transcript)")
        #expect(!transcript.contains("  1. Torsdagskveldene (0 av 5) (påbegynt"), "only the paused one is marked")
    }

    @Test("en: the offer and the mark in English")
    func offeredFirstEnglish() throws {
        let harness = try ShellHarness(curriculum: try shipped())
        _ = try harness.run(["2", "Kari", "practice 4", "2", "1", "home", "quit"], width: 80)
        let transcript = try harness.run(["practice 4", "maybe", "no", "home", "quit"], width: 80)
        #expect(transcript.contains("> maybe\nPress Enter to go on with it, or type 'no' to see every conversation.\n> no"))
        #expect(transcript.contains("Paused conversation: \"Can't we just be friends?\"\n> maybe"), "\(transcript)")
        #expect(transcript.contains("(paused – continue)"), "\(transcript)")
    }

    @Test("a command typed at the list's prompt returns to the shell's loop instead of running inside the list")
    func commandAtPickDoesNotNest() throws {
        let course = try shipped()
        let harness = try ShellHarness(curriculum: course)
        _ = try harness.run(["1", "Kari", "avslutt"], width: 80)
        let terminal = ScriptedTerminal(["øv 4"], width: 80)
        let shell = Shell(curriculum: course, store: harness.store, terminal: terminal, environment: harness.environment,
                          style: Style(color: false, plain: false, width: 80), dataFolder: "")
        shell.profile = try harness.store.currentProfile()
        // 'øv 4' lists; 'øv 4' typed at its prompt ends the list and goes back to be run from the loop.
        #expect(try shell.dispatch("øv 4", atHome: true) == .command("øv 4"))
        #expect(terminal.transcript.components(separatedBy: "Øvingssamtaler i").count - 1 == 1, "\(terminal.transcript)")
        // Run as a whole: each 'øv 4' shows the list once, and the shell is there to quit.
        let transcript = try harness.run(["øv 4", "øv 4", "øv 4", "avslutt"], width: 80)
        #expect(transcript.components(separatedBy: "Øvingssamtaler i").count - 1 == 3)
        #expect(transcript.hasSuffix("> avslutt\nHa det! Alt er lagret.\n"))
    }
}
