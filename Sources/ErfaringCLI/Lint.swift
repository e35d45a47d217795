import ArgumentParser
import ErfaringKit
import Foundation

/// `erfaring lint`: every problem in the curriculum at once, compiler style.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the curriculum and report every problem at once.",
        discussion: """
            Reports problems as 'file:line:col: error: message [rule]' with the source line and a \
            caret. Exits with 65 when there are errors (or warnings, with --strict).
            """)

    @Argument(help: ArgumentHelp("Curriculum folders, or files inside one, to check.", valueName: "path"))
    var paths: [String] = []

    @Flag(help: "Treat warnings (such as content minimums) as errors.")
    var strict = false

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(help: "List every rule with its id and exit.")
    var rules = false

    @OptionGroup var options: CurriculumOptions

    func run() throws {
        let context = CommandContext.live
        if rules {
            printRules(context)
            return
        }
        var diagnostics: [Diagnostic] = []
        var sources: [String: [UInt8]] = [:]
        var fileCount = 0
        for target in try targets(context) {
            var files: [CurriculumFile]
            do {
                files = try CurriculumLoader.files(in: target.root)
            } catch {
                throw CLIError.io(error.description)
            }
            let prefix = CurriculumLoader.displayPrefix(
                for: target.root, from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            files = files.map { $0.prefixed(prefix) }
            let result = CurriculumLoader.load(files: files)
            let only = target.only.map { prefix + $0 }
            diagnostics += result.diagnostics.filter { only == nil || $0.location.file == only }
            sources.merge(result.sources) { first, _ in first }
            fileCount += only == nil ? files.count : 1
        }
        if strict {
            diagnostics = diagnostics.map { var promoted = $0; promoted.severity = .error; return promoted }
        }
        diagnostics = diagnostics.sortedByLocation()
        switch format {
        case .json:
            try printJSON(diagnostics, files: fileCount, context)
        case .text:
            let renderer = DiagnosticRenderer(sources: sources, useColor: context.useColor)
            for diagnostic in diagnostics { context.write(renderer.render(diagnostic)) }
            context.write(DiagnosticRenderer.summary(diagnostics, files: fileCount))
        }
        if diagnostics.errorCount > 0 { throw ExitCode(65) }
    }

    /// Curriculum roots to load, each with the single file to report on, if one was named.
    private func targets(_ context: CommandContext) throws -> [(root: URL, only: String?)] {
        if paths.isEmpty {
            do {
                return [(try context.locator().locate(option: options.curriculum), nil)]
            } catch {
                throw CLIError.io(error.description)
            }
        }
        let manager = FileManager.default
        return try paths.map { path in
            let url = URL(fileURLWithPath: path).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw CLIError.io("no such file or folder: '\(path)'")
            }
            if isDirectory.boolValue {
                if manager.fileExists(atPath: url.appendingPathComponent("Curriculum/course.yaml").path) {
                    return (url, nil)
                }
                if ["Curriculum", "Quizzes"].contains(url.lastPathComponent) {
                    return (url.deletingLastPathComponent(), nil)
                }
            } else {
                let folder = url.deletingLastPathComponent()
                if ["Curriculum", "Quizzes"].contains(folder.lastPathComponent) {
                    return (folder.deletingLastPathComponent(), "\(folder.lastPathComponent)/\(url.lastPathComponent)")
                }
            }
            throw CLIError.io("'\(path)' is not in a curriculum: expected a folder holding 'Curriculum/course.yaml', or a file in its 'Curriculum/' or 'Quizzes/' folder")
        }
    }

    private func printRules(_ context: CommandContext) {
        let width = LintRule.all.map(\.id.count).max() ?? 0
        for rule in LintRule.all {
            let padding = String(repeating: " ", count: width - rule.id.count)
            context.write("\(rule.id)\(padding)  \(rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))  \(rule.summary)")
        }
    }

    private func printJSON(_ diagnostics: [Diagnostic], files: Int, _ context: CommandContext) throws {
        struct Report: Encodable {
            var version = 1
            var files: Int
            var errors: Int
            var warnings: Int
            var diagnostics: [Diagnostic]
        }
        context.write(try prettyJSON(Report(files: files, errors: diagnostics.errorCount,
                                            warnings: diagnostics.warningCount, diagnostics: diagnostics)))
    }
}
