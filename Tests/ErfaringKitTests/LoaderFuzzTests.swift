import ErfaringKit
import Foundation
import Testing

/// Seeded fuzzing of the loader and of lint's report and renderer: thousands of small inputs
/// made by mutating the base course and windows of the shipped files, and random YAML. None
/// may crash, every diagnostic must be located inside its file, and the rendered report must
/// hold no raw control character.
@Suite("Loader and lint fuzzing")
struct LoaderFuzzTests {
    static let inputsPerBatch = 400
    /// Eight batches, run in parallel: 3,200 inputs in all.
    static let seeds: [UInt64] = [1, 2, 3, 4, 5, 6, 7, 8]

    private static var shippedFiles: [CurriculumFile] {
        get throws {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent()
            return try CurriculumLoader.files(in: root)
        }
    }

    /// A window of at most 60 lines of `file`, so every input stays small.
    private static func window(of file: CurriculumFile, _ random: inout SeededRandom) -> String {
        let lines = String(decoding: file.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let start = Int.random(in: 0..<max(1, lines.count - 60), using: &random)
        return lines[start..<min(lines.count, start + 60)].joined(separator: "\n")
    }

    @Test("no crash, every diagnostic located, nothing raw in the report", arguments: seeds)
    func fuzz(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let base = try Fixtures.baseFiles()
        let shipped = try Self.shippedFiles
        var failures: [String] = []
        var withErrors = 0
        for index in 0..<Self.inputsPerBatch {
            let target = base.randomElement(using: &random) ?? base[0]
            let text: String
            switch index % 4 {
            case 0, 1: text = FuzzInput.mutate(String(decoding: target.bytes, as: UTF8.self), &random)
            case 2:
                let sameRole = shipped.filter { $0.role == target.role }
                let source = sameRole.randomElement(using: &random) ?? target
                text = FuzzInput.mutate(Self.window(of: source, &random), &random)
            default: text = FuzzInput.randomYAML(&random)
            }
            var files = base.filter { $0.path != target.path }
            files.append(CurriculumFile(path: target.path, role: target.role, bytes: Array(text.utf8)))
            let result = CurriculumLoader.load(files: files)
            if result.errorCount > 0 { withErrors += 1 }
            if result.errorCount > 0 && result.curriculum != nil { failures.append("input \(index): errors but a curriculum") }
            for problem in FuzzInput.unlocated(result.diagnostics, files: files) {
                failures.append("seed \(seed) input \(index): \(problem)\n\(text)")
            }
            let report = LintReport(result, only: index % 2 == 0 ? [target.path] : nil, fileCount: 1, strict: true)
            let rendered = DiagnosticRenderer(sources: result.sources, useColor: false)
                .render(report.diagnostics, omitted: report.omitted).joined(separator: "\n")
                + report.summary(lintCommand: "erfaring lint .")
            if TerminalSafetyTests.hasRawControl(rendered) {
                failures.append("seed \(seed) input \(index): raw control character in the report")
            }
            let json = report.diagnostics.map(\.terminalSafe).map { $0.message + $0.location.file }.joined()
            if TerminalSafetyTests.hasRawControl(json) {
                failures.append("seed \(seed) input \(index): raw control character in the JSON fields")
            }
            if failures.count > 5 { break }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5).joined(separator: "\n---\n"))")
        // The fuzzing reaches the error paths, not only inputs that happen to stay valid.
        #expect(withErrors > Self.inputsPerBatch / 2)
    }
}
