@testable import ErfaringCLI
import ErfaringKit
import Foundation
import Testing

/// The shell's own pager at a scripted 80×24 window, and the screens designed to fit it: home,
/// help by topic, search with every hit, the self-assessment result. On the shipped course.
@Suite("Pager and 80×24 screens", .serialized)
struct PagerTranscriptTests {
    private static let moreNB = "-- mer (mellomrom/Enter, q for å stoppe) --"
    private static let moreEN = "-- more (Space/Enter, q to stop) --"

    private func shipped() throws -> ShellHarness {
        try ShellHarness(curriculum: try CurriculumLoader.load(root: Binary.repository).curriculum)
    }

    /// Rows `text` takes in a window `columns` wide, a long line as the rows it wraps to.
    private func rows(_ text: some StringProtocol, columns: Int = 80) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { sum, line in
            sum + max(1, (Pager.visibleWidth(line) + columns - 1) / columns)
        }
    }

    /// What the shell wrote after the input line `command`, up to the next input line.
    private func screen(after command: String, in transcript: String) throws -> Substring {
        let start = try #require(transcript.range(of: "> \(command)\n"), "'\(command)' in the transcript")
        let rest = transcript[start.upperBound...]
        let end = rest.range(of: "\n> ")?.lowerBound ?? rest.endIndex
        return rest[..<end]
    }

    private func glossaryTerms(_ harness: ShellHarness, _ language: Language) -> [String] {
        harness.curriculum.course.glossary.map { $0.term[language] }.sorted { $0.lowercased() < $1.lowercased() }
    }

    @Test("a 24-row window: the glossary stops at 23 rows with the more-line; Space and Enter go on, q stops")
    func glossaryPages() throws {
        let harness = try shipped()
        let terminal = ScriptedTerminal(["1", "Kari", "ordliste", "x", "j", "\u{FFFD}", " ", "", "q", "avslutt"], width: 80, height: 24, interactive: true)
        let transcript = try harness.run(on: terminal, width: 80)
        let pages = try screen(after: "ordliste", in: transcript).components(separatedBy: Self.moreNB)
        // Stray keys (a letter, an arrow) are ignored: no more-line again, no row written, so no
        // unread row scrolls off the top.
        try #require(pages.count == 4, "three more-lines before q, none for the stray keys")
        // The first page fills the window less one row; later pages keep the more-line above them.
        #expect(rows(pages[0]) - 1 == 23)
        #expect(pages[0].hasSuffix("\n"))
        let stray = "[x]\n[j]\n[\u{FFFD}]\n[space]\n"
        #expect(pages[1].hasPrefix(stray) && rows(pages[1].dropFirst(stray.count)) - 1 == 22)
        #expect(pages[2].hasPrefix("[enter]\n") && rows(pages[2].dropFirst("[enter]\n".count)) - 1 == 22)
        #expect(pages[3] == "[q]")
        // q dropped the rest: the last terms never appear, and the prompt comes back.
        let terms = glossaryTerms(harness, .nb)
        #expect(terms.count > 60)
        #expect(!transcript.contains("  " + (terms.last ?? "") + "  "))
        #expect(transcript.contains("[q]\n> avslutt\nHa det!"))
    }

    @Test("Ctrl-C and Ctrl-D at the more-line stop the output, not the shell; --plain keeps the more-line plain")
    func interruptStops() throws {
        let harness = try shipped()
        let terminal = ScriptedTerminal(["1", "Kari", "ordliste", ScriptedTerminal.interruptLine, "hvor", "ordliste"],
                                        width: 80, height: 24, interactive: true)
        let transcript = try harness.run(on: terminal, plain: true, width: 80)
        #expect(transcript.contains(Self.moreNB + "[<ctrl-c>]\n> hvor\n"))
        // The second glossary ends at the end of the script (Ctrl-D): the shell says goodbye.
        #expect(transcript.hasSuffix(Self.moreNB + "[<end>]\n> <end>\nHa det! Alt er lagret.\n"))
        #expect(!transcript.contains("\u{1B}"))
    }

    @Test("piped, or at a window with room, nothing pages: the whole glossary in one go")
    func pipedIsWhole() throws {
        let harness = try shipped()
        let piped = try harness.run(on: ScriptedTerminal(["1", "Kari", "ordliste", "avslutt"], width: 80, height: 24), width: 80)
        let tall = try shipped().run(on: ScriptedTerminal(["1", "Kari", "ordliste", "avslutt"], width: 80, height: 200,
                                                          interactive: true), width: 80)
        for transcript in [piped, tall] {
            #expect(!transcript.contains(Self.moreNB))
            for term in glossaryTerms(harness, .nb) { #expect(transcript.contains("  " + term + "  "), "\(term)") }
        }
    }

    @Test("search shows every hit, and at 80×24 the last one is reached with Space")
    func searchShowsAll() throws {
        let harness = try shipped()
        let hits = harness.searchHitCount(["veiledning"])
        #expect(hits > 10)
        let piped = try harness.run(["1", "Kari", "søk veiledning", "avslutt"], width: 80)
        let shown = try screen(after: "søk veiledning", in: piped)
        #expect(shown.contains("(\(hits)):"))
        #expect(shown.components(separatedBy: "(åpne\u{00A0}").count - 1 == hits, "every hit with its place")
        #expect(!shown.contains("… og"))
        // The more-lines needed: the first page holds 23 rows, each later one 22 below its more-line.
        let needed = (rows(shown) - 1 - 23 + 21) / 22
        #expect(needed >= 1)
        let paged = try shipped().run(on: ScriptedTerminal(["1", "Kari", "søk veiledning"] + Array(repeating: " ", count: needed) + ["avslutt"],
                                                           width: 80, height: 24, interactive: true), width: 80)
        let pagedScreen = try screen(after: "søk veiledning", in: paged)
        #expect(pagedScreen.components(separatedBy: Self.moreNB).count - 1 == needed)
        #expect(pagedScreen.components(separatedBy: "(åpne\u{00A0}").count - 1 == hits)
    }

    @Test("home fits 24 rows with seven modules, two assignments and reviews due, in both languages")
    func homeFits() throws {
        let harness = try shipped()
        try harness.run(["1", "Kari", "avslutt"], width: 80)
        let profile = try #require(try harness.store.currentProfile())
        try harness.store.importAssignment(Assignment(id: "a1", cohort: "Vår 2026", message: nil, contact: nil, items: [
            .init(moduleID: "recovery-orientation", due: "2026-01-15"), .init(moduleID: "saying-no", due: "2026-02-01"),
        ]), profile: profile.id, at: harness.clock.now)
        let answers = try harness.answers(module: "recovery-orientation", right: Array(repeating: true, count: 10))
        try harness.run(["quiz recovery-orientation"] + answers + ["avslutt"], width: 80)
        harness.clock.advance(3 * 86_400)
        let transcript = try harness.run(["hjem", "språk en", "home", "avslutt"], width: 80)
        for (command, language) in [("hjem", Language.nb), ("home", .en)] {
            let home = try screen(after: command, in: transcript)
            let strings = Strings(language: language)
            #expect(rows(home) <= 23, "\(language): \(rows(home)) rows\n\(home)")
            #expect(home.contains(strings(.homeGreeting, [.name: "Kari"])))
            #expect(home.contains(harness.curriculum.course.title[language]))
            #expect(home.contains(strings(.homeAssignments)))
            #expect(home.contains(String(strings(.homeReviewsDue).prefix(8))))
            for module in harness.curriculum.modules { #expect(home.contains(module.title[language])) }
        }
    }

    @Test("help: a short overview by topic that fits; a topic, a command and 'all' say more")
    func helpByTopic() throws {
        let harness = try shipped()
        let transcript = try harness.run(["1", "Kari", "hjelp", "hjelp øving", "hjelp alle", "hjelp xyz", "språk en", "help",
                                          "help reading", "avslutt"], width: 80)
        for command in ["hjelp", "help"] {
            let overview = try screen(after: command, in: transcript)
            #expect(rows(overview) <= 16, "\(command): \(rows(overview)) rows")
            // Every command is named in the overview.
            let language: Language = command == "hjelp" ? .nb : .en
            for id in ShellCommandID.allCases { #expect(overview.contains(id.name(in: language)), "\(id)") }
        }
        let topic = try screen(after: "hjelp øving", in: transcript)
        for id in HelpTopic.practising.commands { #expect(topic.contains(id.summary[.nb]?.prefix(20) ?? "-")) }
        #expect(!topic.contains(ShellCommandID.search.summary[.nb]?.prefix(20) ?? "-"))
        let all = try screen(after: "hjelp alle", in: transcript)
        for id in ShellCommandID.allCases { #expect(all.contains(id.summary[.nb]?.prefix(20) ?? "-")) }
        #expect(try screen(after: "hjelp xyz", in: transcript).contains("'lesing', 'øving'"))
        #expect(try screen(after: "help reading", in: transcript).contains(ShellCommandID.open.summary[.en] ?? "-"))
    }

    @Test("self-assessment result: one paragraph per module, a locked module is never a place to start, 4s named only when rated")
    func readinessResult() throws {
        let harness = try shipped()
        let readiness = harness.curriculum.course.readiness
        let ratings = ["2", "1", "5", "5", "3", "2", "3", "3", "2", "5", "5", "5", "5", "5"]
        #expect(readiness.items.count == ratings.count)
        // A second pass keeps every answer (Enter) but rates statement 3 a 4.
        let again = ["", "", "4"] + Array(repeating: "", count: ratings.count - 3)
        let transcript = try harness.run(["1", "Kari", "selvtest"] + ratings + ["hjem", "selvtest"] + again + ["avslutt"], width: 80)
        let beforeHome = try #require(transcript.components(separatedBy: "> hjem\n").first)
        let result = try #require(beforeHome.components(separatedBy: "> \(ratings[ratings.count - 1])\n").last)
        // Wrapped lines joined again, so that a paragraph can be found whole.
        let first = result.replacingOccurrences(of: "\n    ", with: " ")
        let strings = Strings(language: .nb)
        func advice(_ id: String) -> String {
            let text = readiness.items.first { $0.id.value == id }?.advice.nb ?? "?"
            return String(Prose.flattened(text).prefix(70))
        }
        // Three statements point to 'saying-no': its advice once, from the lowest-rated one.
        #expect(first.contains(advice("listen-without-reopening-wounds")))
        #expect(!first.contains(advice("say-no")) && !first.contains(advice("working-hours")))
        #expect(first.contains(strings(.readinessFromAnswers, [.count: "3"])))
        // 'generalizing-experience' is locked: listed after the open ones, with what opens it, no advice.
        for id in ["share-with-purpose", "step-into-others-lives", "reflect-on-own-history"] { #expect(!first.contains(advice(id))) }
        let later = try #require(first.range(of: strings(.readinessLater)))
        let start = try #require(first.range(of: strings(.readinessStartWith)))
        #expect(start.upperBound < later.lowerBound)
        #expect(first[later.upperBound...].contains("Å allmenngjøre egenerfaringen  " + strings(.homeLocked, [.modules: "1"])))
        #expect(!first.contains("svarte 4"))
        let second = try #require(transcript.components(separatedBy: "> selvtest\n").last)
        #expect(second.contains(strings(.readinessSecondLookOne, [.number: "3", .rating: "4"])))

        // At a 24-row window the result stops at 23 rows, then goes on with Space.
        let needed = (rows(result) - 1 - 23 + 21) / 22
        #expect(needed >= 1)
        let window = ScriptedTerminal(["1", "Kari", "selvtest"] + ratings + Array(repeating: " ", count: needed) + ["avslutt"],
                                      width: 80, height: 24, interactive: true)
        let paged = try shipped().run(on: window, width: 80)
        let pagedResult = try #require(paged.components(separatedBy: "> \(ratings[ratings.count - 1])\n").last)
        let firstPage = try #require(pagedResult.components(separatedBy: Self.moreNB).first)
        #expect(pagedResult.components(separatedBy: Self.moreNB).count - 1 == needed)
        #expect(rows(firstPage) - 1 == 23)
        #expect(paged.hasSuffix("> avslutt\nHa det! Alt er lagret.\n"))
        #expect(pagedResult.contains(strings(.readinessSaved)))
    }

    @Test("self-assessment result when every suggested module is locked: start with the module that opens them")
    func readinessAllLocked() throws {
        let harness = try shipped()
        // Only the three statements of 'generalizing-experience' (locked behind module 1) are rated low.
        let ratings = ["2", "1", "5", "5", "3", "5", "5", "5", "5", "5", "5", "5", "5", "5"]
        let transcript = try harness.run(["1", "Kari", "selvtest"] + ratings + ["avslutt"], width: 80)
        let shown = try #require(transcript.components(separatedBy: "> 5\n").last)
        #expect(!shown.contains("\n\n\n"), "no two blank lines in a row")
        let result = shown.replacingOccurrences(of: "\n", with: " ")
        let strings = Strings(language: .nb)
        let first = try #require(harness.curriculum.modules.first?.title.nb)
        #expect(result.contains(strings(.readinessAllLocked, [.modules: first + " (åpne\u{00A0}1)"])))
        #expect(!result.contains(strings(.readinessStartWith)))
        #expect(result.contains("Å allmenngjøre egenerfaringen  " + strings(.homeLocked, [.modules: "1"])))
        #expect(!result.contains("svarte 4"))
    }
}

extension ShellHarness {
    /// How many hits the shell's search finds for `words`, in Norwegian first.
    func searchHitCount(_ words: [String]) -> Int {
        SearchIndex(curriculum: curriculum).search(words, preferring: .nb).count
    }
}
