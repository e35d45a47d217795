import ErfaringKit
import Foundation
import Testing

@Suite("Broken curriculum files")
struct BrokenCurriculumTests {
    @Test("the base curriculum is valid")
    func baseIsValid() throws {
        let result = CurriculumLoader.load(files: try Fixtures.baseFiles())
        #expect(result.diagnostics.map(\.summary) == [])
        let curriculum = try #require(result.curriculum)
        #expect(curriculum.modules.map(\.id.value) == ["basics", "next-steps"])
        #expect(curriculum.quiz(for: "basics")?.questions.map(\.kind) ==
                [.single, .multiple, .trueFalse, .ordering, .scenario])
    }

    @Test("each broken file gives exactly its located diagnostics", arguments: Fixtures.brokenNames)
    func brokenFixture(_ name: String) throws {
        let broken = try Fixtures.broken(name)
        #expect(!broken.expected.isEmpty, "fixture \(name) states no expectation")
        let result = try Fixtures.load(overlaying: broken)
        #expect(result.diagnostics.sortedByLocation().map(\.summary) == broken.expected)
        if result.diagnostics.errorCount > 0 {
            #expect(result.curriculum == nil)
        }
    }

    @Test("there are at least 30 broken fixtures")
    func corpusSize() {
        #expect(Fixtures.brokenNames.count >= 30)
    }

    @Test("every rule has a broken fixture, and every fixture's rule is documented")
    func ruleCoverage() throws {
        var seen: Set<String> = []
        for name in Fixtures.brokenNames {
            for line in try Fixtures.broken(name).expected {
                if let open = line.lastIndex(of: "["), line.hasSuffix("]") {
                    seen.insert(String(line[line.index(after: open)..<line.index(before: line.endIndex)]))
                }
            }
        }
        let known = Set(LintRule.all.map(\.id))
        #expect(seen.subtracting(known).isEmpty, "rules used but not listed: \(seen.subtracting(known))")
        // yaml-file-size needs a file over 8 MiB; YAMLParserTests covers it with a small limit.
        let untested = known.subtracting(seen).subtracting(["yaml-file-size"])
        #expect(untested.isEmpty, "rules without a broken fixture: \(untested.sorted())")
    }

    @Test("the rendered diagnostics match the golden file")
    func renderedDiagnostics() throws {
        var output: [String] = []
        for name in ["duplicate-key", "unknown-key-typo", "missing-feedback-locale", "prerequisite-cycle",
                     "yaml-syntax-colon", "control-character-escape", "unknown-key-comma"] {
            let broken = try Fixtures.broken(name)
            let result = try Fixtures.load(overlaying: broken)
            let renderer = DiagnosticRenderer(sources: result.sources, useColor: false)
            output.append("== \(name)")
            output += result.diagnostics.sortedByLocation().map(renderer.render)
            output.append(DiagnosticRenderer.summary(result.diagnostics, files: result.sources.count))
        }
        try assertGolden(output.joined(separator: "\n") + "\n", "diagnostics.txt")
    }

    @Test("colour appears only when asked for")
    func colour() throws {
        let result = try Fixtures.load(overlaying: Fixtures.broken("duplicate-key"))
        let diagnostic = try #require(result.diagnostics.first)
        #expect(!DiagnosticRenderer(sources: result.sources, useColor: false).render(diagnostic).contains("\u{1B}"))
        #expect(DiagnosticRenderer(sources: result.sources, useColor: true).render(diagnostic).contains("\u{1B}[1;31merror:"))
    }
}
