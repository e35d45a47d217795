@testable import ErfaringCLI
import ErfaringKit
import ErfaringTestSupport
import Foundation
import Testing

/// Practice conversations in the shell on the shipped course: the conversation
/// 'just-be-friends' of 'saying-no' (module 4) played to each of its four endings in both
/// languages, paused and resumed across a restart, and the events and tables afterwards.
@Suite("Practice conversations in the shell", .serialized)
struct PracticeTranscriptTests {
    private let module: ModuleID = "saying-no"
    private let talk: ConversationID = "just-be-friends"

    /// The option numbers to each ending, and the option ids they choose.
    static let paths: [(numbers: [String], ending: String, kind: EndingKind, options: [String])] = [
        (["1", "2"], "private-line", .mistake, ["warm-no-plan", "soften-it"]),
        (["1", "3"], "cold-no", .mixed, ["warm-no-plan", "leave-it"]),
        (["1", "1", "1"], "warm-boundary", .skill, ["warm-no-plan", "stay-warm", "make-plan"]),
        (["1", "1", "2"], "on-call", .mixed, ["warm-no-plan", "stay-warm", "work-phone"]),
    ]

    private func shipped() throws -> Curriculum {
        try #require(try CurriculumLoader.load(root: Binary.repository).curriculum)
    }

    private func harness() throws -> ShellHarness {
        try ShellHarness(curriculum: try shipped())
    }

    /// Plays every path in one sitting: each ending offers a replay, and the last is declined.
    private func everyEnding(command: String, yes: String, no: String) -> [String] {
        var script = [command, "2"]
        for (index, path) in Self.paths.enumerated() {
            script += path.numbers + [index == Self.paths.count - 1 ? no : yes]
        }
        return script
    }

    private func checkStored(_ harness: ShellHarness) throws {
        let profile = try #require(try harness.store.currentProfile()).id
        let events = try harness.store.events(profile: profile).filter { $0.payload.conversationID == talk.rawValue }
        #expect(events.count { $0.kind == .conversationStarted } == 4, "one start per play-through")
        #expect(events.filter { $0.kind == .conversationChoice }.map { $0.payload.optionID ?? "" }
            == Self.paths.flatMap(\.options))
        #expect(events.filter { $0.kind == .conversationEnded }.map { $0.payload.endingID ?? "" }
            == Self.paths.map(\.ending))
        #expect(events.filter { $0.kind == .conversationEnded }.map { $0.payload.endingKind ?? "" }
            == Self.paths.map(\.kind.rawValue))
        #expect(events.allSatisfy { $0.moduleID == module.rawValue })
        let endings = try #require(try harness.store.reachedEndings(profile: profile, module: module)[module]?[talk])
        #expect(Set(endings.map(\.endingID)) == Set(Self.paths.map(\.ending)))
        #expect(endings.allSatisfy { $0.times == 1 })
        let rows = try StoreRows.select(harness.folder.appendingPathComponent("progress.sqlite"), """
            SELECT module_id, conversation_id, node_id, path FROM conversation_progress
            """)
        #expect(rows == [["saying-no", "just-be-friends", "on-call", #"["warm-no-plan","stay-warm","work-phone"]"#]])
    }

    @Test("nb: each of the four endings, with feedback, debrief, path, lesson and the count of endings found")
    func everyEndingNorwegian() throws {
        let harness = try harness()
        let transcript = try harness.run(["1", "Kari"] + everyEnding(command: "øv 4", yes: "ja", no: "nei") + ["moduler", "avslutt"])
        try assertGolden(transcript, "shell-practice-nb.txt")
        for words in ["Slutt: ", "– En vanlig feil", "– Delvis", "– Godt håndtert", "Veien du valgte:",
                      "Les mer: «", "Slutter du har funnet i denne samtalen: 4 av 4."] {
            #expect(flat(transcript).contains(words), "\(words)")
        }
        #expect(flat(transcript).contains("Øv: «Kan ikke vi bare være venner?» (4 av 4 slutter funnet, øv\u{00A0}4)"),
                "the module list shows the endings found")
        try checkStored(harness)
    }

    @Test("en: each of the four endings in English")
    func everyEndingEnglish() throws {
        let harness = try harness()
        let transcript = try harness.run(["2", "Kari"] + everyEnding(command: "practice 4", yes: "yes", no: "no") + ["quit"])
        try assertGolden(transcript, "shell-practice-en.txt")
        for words in ["Ending: ", "– A common mistake", "– Partly", "– Handled well", "The path you took:",
                      "Read more: “", "Endings you have found in this conversation: 4 of 4."] {
            #expect(flat(transcript).contains(words), "\(words)")
        }
        #expect(!transcript.contains("Slutt: "))
        try checkStored(harness)
    }

    @Test("left at the Enter after a choice, the conversation resumes at the next line after a restart")
    func pauseAndResume() throws {
        let harness = try harness()
        let first = try harness.run(["1", "Kari", "øv 4", "2", "1", "hjem", "avslutt"], interactive: true)
        #expect(flat(first).contains("Samtalen er satt på pause her. Skriv 'øv\u{00A0}4' for å fortsette der du slapp."))
        let profile = try #require(try harness.store.currentProfile()).id
        let paused = try harness.store.conversationPlay(profile: profile, module: module, conversation: talk)
        #expect(paused?.nodeID == "disappointed" && paused?.path == ["warm-no-plan"])
        // A new program on the same data: the same node, then on to an ending.
        let second = try harness.run(["øv 4", "2", "1", "", "", "1", "", "nei", "avslutt"], interactive: true)
        try assertGolden(second, "shell-practice-resume.txt")
        #expect(flat(second).contains("Du fortsetter der du slapp, etter 1 valg."))
        let node = try #require(try shipped().conversation("just-be-friends", in: "saying-no")?.node("disappointed"))
        let line = Prose.flattened(try #require(node.says?.nb))
        #expect(flat(second).contains(flat(String(line.prefix(60)))), "the line of the node left is shown again")
        let events = try harness.store.events(profile: profile).filter { $0.payload.conversationID == talk.rawValue }
        #expect(events.map(\.kind) == [.conversationStarted, .conversationChoice, .conversationChoice,
                                       .conversationChoice, .conversationEnded], "resuming starts nothing new")
        #expect(try harness.store.conversationPlay(profile: profile, module: module, conversation: talk)?.path
            == ["warm-no-plan", "stay-warm", "make-plan"])
    }

    @Test("a choice's note is shown after its feedback, labelled in words")
    func note() throws {
        let harness = try harness()
        let conversation = try #require(try shipped().conversation("thursday-evenings", in: "saying-no"))
        let option = try #require(conversation.startNode?.options.first)
        let note = try #require(option.note)
        let transcript = flat(try harness.run(["1", "Kari", "øv 4", "1", "1", "hjem", "avslutt"]))
        #expect(transcript.contains("Hva valget koster eller gir: " + flat(Prose.flattened(note.nb))))
        let feedback = try #require(transcript.range(of: "Tilbakemelding: "))
        let noted = try #require(transcript.range(of: "Hva valget koster eller gir: "))
        #expect(feedback.lowerBound < noted.lowerBound)
    }

    @Test("the command: Norwegian and English names and spellings, help, Tab completion, a module by name")
    func command() throws {
        for name in ["øv", "practice", "ov", "ØV"] { #expect(ShellCommandID.find(name) == .practice, "\(name)") }
        #expect(ShellCommandID.allNames.contains("øv") && ShellCommandID.allNames.contains("practice"))
        let harness = try harness()
        let transcript = flat(try harness.run(["1", "Kari", "hjelp øv", "øv saying", "", "øv nowhere", "avslutt"]))
        #expect(transcript.contains("øv [modul]"))
        #expect(transcript.contains("Øvingssamtaler: noen sier noe"))
        #expect(transcript.contains("Øvingssamtaler i Å kunne si nei"))
        #expect(transcript.contains("Finner ingen modul 'nowhere'."))
    }

    @Test("help on empty or invalid input; a number out of range stores nothing; 'krise' at a choice")
    func invalidInput() throws {
        let harness = try harness()
        let transcript = try harness.run(["1", "Kari", "øv 4", "2", "", "7", "-9223372036854775808", "tja", "krise", "hjem",
                                          "øv", "nei", "-9223372036854775808", "", "avslutt"])
        #expect(count("Skriv et tall fra 1 til 3, eller 'hjem' for å ta pause.", in: flat(transcript)) == 4)
        // The smallest number there is, at the list of conversations too: asked again, no crash.
        #expect(flat(transcript).contains("eller trykk Enter for å la være."), "\(transcript)")
        #expect(transcript.contains("> avslutt"), "the shell was still there to take the last command")
        // The help numbers at the choice, and back at the same choice.
        let crisis = try #require(transcript.range(of: "> krise"))
        #expect(transcript[crisis.upperBound...].contains("113"))
        #expect(flat(String(transcript[crisis.upperBound...])).contains("Samtalen er satt på pause her."))
        let profile = try #require(try harness.store.currentProfile()).id
        #expect(try harness.store.events(profile: profile).count { $0.kind == .conversationChoice } == 0)
    }

    @Test("--plain: the content note as a labelled section; 'hjem' waits and starts nothing; Enter begins")
    func contentNotePlain() throws {
        let harness = try harness()
        let transcript = try harness.run(["1", "Kari", "øv 6", "hjem", "øv 6", "", "hjem", "avslutt"], plain: true)
        #expect(count("Før du begynner:", in: transcript) == 2)
        #expect(!transcript.contains("┌") && !transcript.contains("│"))
        #expect(flat(transcript).contains("Greit. Samtalen venter; skriv 'øv\u{00A0}6' når du vil."))
        let profile = try #require(try harness.store.currentProfile()).id
        #expect(try harness.store.events(profile: profile).count { $0.kind == .conversationStarted } == 1)
    }
}

/// The text with every run of spaces and line breaks as one space, so a check does not depend
/// on where a paragraph was wrapped (no-break spaces stay).
private func flat(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
}

private func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }
