import ArgumentParser
import ErfaringKit
import Foundation

/// `--curriculum DIR`, shared by every command that reads the course.
struct CurriculumOptions: ParsableArguments {
    @Option(name: .long, help: CommandLanguage.help(
        nb: "Mappen med kursinnholdet (med Curriculum/ og Quizzes/).",
        en: "The curriculum folder (holding Curriculum/ and Quizzes/).",
        discussion: (nb: "Standard: $ERFARING_CURRICULUM, den installerte share-mappen, eller repositoriet programmet ble bygget i.",
                     en: "Default: $ERFARING_CURRICULUM, the installed share folder, or the repository the program was built in."),
        valueName: (nb: "mappe", en: "dir")))
    var curriculum: String?

    /// Loads and validates the curriculum, failing with the rendered diagnostics on errors.
    func load(_ context: CommandContext) throws -> Curriculum {
        try loadWithRoot(context).curriculum
    }

    /// ``load(_:)``, with the folder the curriculum was found in.
    func loadWithRoot(_ context: CommandContext) throws -> (root: URL, curriculum: Curriculum) {
        let root: URL
        let result: CurriculumLoadResult
        do {
            root = try context.locator().locate(option: curriculum)
            let prefix = CurriculumLoader.displayPrefix(
                for: root, from: context.workingDirectory)
            result = CurriculumLoader.load(files: try CurriculumLoader.files(in: root).map { $0.prefixed(prefix) })
        } catch {
            throw CLIError.io(error.description)
        }
        guard let loaded = result.curriculum else {
            // The renderer makes every message, file name and source line safe for the terminal.
            let shown = result.diagnostics.sortedByLocation().filter { $0.severity == .error }
            let quoted = Set(shown.prefix(5).flatMap { [$0.location.file] + $0.notes.compactMap(\.location?.file) })
            let renderer = DiagnosticRenderer(sources: result.sources.filter { quoted.contains($0.key) }, useColor: false)
            for diagnostic in shown.prefix(5) { context.writeError(renderer.render(diagnostic)) }
            let count = result.errorCount
            throw CLIError.invalidContent(
                "the curriculum in '\(TextChecks.terminalSafe(root.path))' has \(count) error\(count == 1 ? "" : "s"); run 'erfaring lint' to see them all")
        }
        return (root, loaded)
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

extension Language: ExpressibleByArgument {}
