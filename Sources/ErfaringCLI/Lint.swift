import ArgumentParser
import ErfaringKit
import Foundation

/// `erfaring lint`: every problem in the curriculum at once, compiler style.
struct Lint: ContextCommand {
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

    func run(_ context: CommandContext) throws {
        if rules {
            printRules(context)
            return
        }
        var reports: [(report: LintReport, sources: [String: [UInt8]], command: String)] = []
        let here = context.workingDirectory
        for target in try targets(context) {
            var files: [CurriculumFile]
            do {
                files = try CurriculumLoader.files(in: target.root)
            } catch {
                throw CLIError.io(error.description)
            }
            let prefix = CurriculumLoader.displayPrefix(for: target.root, from: here)
            files = files.map { $0.prefixed(prefix) }
            let result = CurriculumLoader.load(files: files)
            let only = target.only.map { Set($0.map { prefix + $0 }) }
            let report = LintReport(result, only: only, fileCount: only?.count ?? files.count, strict: strict)
            let folder = prefix.isEmpty ? "." : String(prefix.dropLast())
            reports.append((report, result.sources, "erfaring lint \(folder)"))
        }
        switch format {
        case .json:
            try printJSON(reports.map(\.report), context)
        case .text:
            for (report, sources, command) in reports {
                // Line indexes only for the files whose lines are quoted.
                let quoted = Set(report.diagnostics.flatMap { [$0.location.file] + $0.notes.compactMap(\.location?.file) })
                let renderer = DiagnosticRenderer(sources: sources.filter { quoted.contains($0.key) }, useColor: context.useColor)
                for text in renderer.render(report.diagnostics, omitted: report.omitted) { context.write(text) }
                context.write(report.summary(lintCommand: command))
            }
        }
        if reports.contains(where: \.report.failed) { throw CLIError.quiet(.invalidContent) }
    }

    /// Curriculum roots to load, each once, with the files to report on (nil: all of them).
    private func targets(_ context: CommandContext) throws -> [(root: URL, only: [String]?)] {
        if paths.isEmpty {
            do {
                return [(try context.locator().locate(option: options.curriculum), nil)]
            } catch {
                throw CLIError.io(error.description)
            }
        }
        var roots: [URL] = []
        var only: [URL: [String]?] = [:]
        for path in paths {
            let (root, file) = try target(path, context)
            if only[root] == nil { roots.append(root) }
            switch (only[root], file) {
            case (nil, let file?): only[root] = [file]
            case (nil, nil): only[root] = .some(nil)
            case (let files??, let file?): only[root] = files + [file]
            default: only[root] = .some(nil)
            }
        }
        return roots.map { ($0, only[$0] ?? nil) }
    }

    /// The curriculum root `path` belongs to, and the file inside it, if `path` names one.
    private func target(_ path: String, _ context: CommandContext) throws -> (URL, String?) {
        let manager = FileManager.default
        let url = context.url(forPath: path).standardizedFileURL
        let shown = TextChecks.terminalSafe(path)
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw CLIError.io("no such file or folder: '\(shown)'")
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
        throw CLIError.io("'\(shown)' is not in a curriculum: expected a folder holding 'Curriculum/course.yaml', or a file in its 'Curriculum/' or 'Quizzes/' folder")
    }

    private func printRules(_ context: CommandContext) {
        let width = LintRule.all.map(\.id.count).max() ?? 0
        for rule in LintRule.all {
            let padding = String(repeating: " ", count: width - rule.id.count)
            context.write("\(rule.id)\(padding)  \(rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))  \(rule.summary)")
        }
    }

    private func printJSON(_ reports: [LintReport], _ context: CommandContext) throws {
        struct Report: Encodable {
            var version = 1
            var files: Int
            var errors: Int
            var warnings: Int
            var diagnostics: [Diagnostic]
            /// Problems over the per-file limit, counted per file.
            var omitted: [OmittedDiagnostics]
            /// Problems in the other files of the course, when only some files were named.
            var otherFiles: [OmittedDiagnostics]
        }
        func safe(_ count: OmittedDiagnostics) -> OmittedDiagnostics {
            var copy = count
            copy.file = TextChecks.terminalSafe(count.file)
            return copy
        }
        context.write(try prettyJSON(Report(
            files: reports.reduce(0) { $0 + $1.fileCount },
            errors: reports.reduce(0) { $0 + $1.errorCount },
            warnings: reports.reduce(0) { $0 + $1.warningCount },
            diagnostics: reports.flatMap { $0.diagnostics.map(\.terminalSafe) },
            omitted: reports.flatMap { $0.omitted.map(safe) },
            otherFiles: reports.flatMap { $0.otherFiles.map(safe) })))
    }
}
