@testable import ErfaringCLI
import ErfaringKit
import Foundation
import Testing

/// `erfaring stats`: the cue score column, in text and JSON, is the kit's own ``CueScore``.
@Suite("erfaring stats")
struct StatsCommandTests {
    @Test("the text table has a cue score per module and language, as CueScore computes it")
    func textColumn() throws {
        let result = try InProcess.run(["stats", "--curriculum", Binary.repository.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let header = try #require(lines.first)
        #expect(header.hasSuffix("cue score"))
        let curriculum = try #require(try CurriculumLoader.load(root: Binary.repository).curriculum)
        for module in curriculum.modules {
            let quiz = try #require(curriculum.quiz(for: module.id.value))
            let score = CueScore(quiz: quiz, draws: 500)
            let rows = lines.filter { $0.hasPrefix(module.id.value + " ") }
            #expect(rows.count == Language.allCases.count)
            for (row, language) in zip(rows, Language.allCases) {
                let best = try #require(score.best(in: language))
                let expected = "\(Int((best.meanScore * 100).rounded()))% \(score.rightLongest[language.rawValue] ?? -1)/\(score.singleAnswerQuestions)"
                #expect(row.hasSuffix("  " + expected), "\(row)")
            }
        }
        #expect(lines.filter { $0.hasPrefix("total ") }.allSatisfy { $0.hasSuffix("–") })
    }

    @Test("--format json gives every strategy's figures per module, and none for the totals")
    func json() throws {
        let result = try InProcess.run(["stats", "--format", "json", "--curriculum", Binary.repository.path])
        #expect(result.status == 0, "\(result.stderr)")
        let stats = try JSONDecoder().decode(CurriculumStats.self, from: Data(result.stdout.utf8))
        #expect(stats.totals.cueScore == nil)
        #expect(stats.modules.count == 7)
        for module in stats.modules {
            let score = try #require(module.cueScore)
            #expect(score.draws == 500)
            #expect(score.cells.count == 10)
            #expect(Set(score.cells.map(\.strategy)) == Set(TestWiseLearner.Strategy.allCases))
            #expect(score.cells.allSatisfy { (0...1).contains($0.passRate) && (0...1).contains($0.meanScore) })
            #expect(score.singleAnswerQuestions == module.questionsByKind["single", default: 0]
                    + module.questionsByKind["scenario", default: 0])
        }
    }

    @Test("the cue cell reads a dash when there is no quiz")
    func dash() {
        #expect(Stats.cueCell(nil, .nb) == "–")
    }
}

/// `erfaring stats` counts practice conversations, nodes and endings per module.
@Suite("erfaring stats: conversations")
struct StatsConversationTests {
    private var base: String { Binary.repository.appendingPathComponent("Tests/ErfaringKitTests/Fixtures/base").path }

    @Test("the text output has a conversation table per module with the totals")
    func text() throws {
        let result = try Binary.run(["stats", "--curriculum", base])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: "practice conversations:"))
        let table = lines[(start + 1)...].filter { !$0.isEmpty }.map { $0.split(separator: " ").map(String.init) }
        #expect(table == [["module", "conversations", "nodes", "endings", "skill/mixed/mistake"],
                          ["basics", "1", "6", "3", "1/1/1"], ["next-steps", "0", "0", "0", "0/0/0"],
                          ["total", "1", "6", "3", "1/1/1"]])
    }

    @Test("--format json carries the same figures")
    func json() throws {
        let result = try Binary.run(["stats", "--format", "json", "--curriculum", base])
        #expect(result.status == 0, "\(result.stderr)")
        let stats = try JSONDecoder().decode(CurriculumStats.self, from: Data(result.stdout.utf8))
        let basics = try #require(stats.modules.first { $0.id == "basics" })
        #expect(basics.conversations.conversations == 1 && basics.conversations.nodes == 6)
        #expect(basics.conversations.endingsByKind == ["skill": 1, "mixed": 1, "mistake": 1])
        #expect(stats.totals.conversations.endings == 3)
    }
}
