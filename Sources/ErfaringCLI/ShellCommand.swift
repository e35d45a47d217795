import ArgumentParser
import ErfaringKit
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// `erfaring` (or `erfaring shell`): the interactive course.
struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "Open the interactive course (what 'erfaring' does without a subcommand).",
        discussion: """
            On a terminal, lines can be edited, earlier lines recalled with the arrow keys, and \
            commands, modules and glossary terms completed with Tab. Piped input is read line by \
            line without prompts, so the shell can be scripted.
            """)

    @Flag(help: "Screen-reader friendly output: no colour, no box drawing, no bar glyphs.")
    var plain = false

    @OptionGroup var options: CurriculumOptions

    func run() throws {
        let context = CommandContext.live
        let curriculum = try options.load(context)
        let location = try context.dataLocation()
        do {
            try location.prepare()
        } catch {
            throw CLIError.io(error.description)
        }
        let store = try context.openStore()
        let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        let columns = Int(context.environment["COLUMNS"] ?? "") ?? 80
        let terminal: Terminal = interactive
            ? (EditLineTerminal.prepareLocale() ? EditLineTerminal() as Terminal : PipedTerminal(width: columns, interactive: true))
            : PipedTerminal(width: columns)
        let style = Style(color: interactive && context.useColor && !plain, plain: plain, width: terminal.width)
        let shell = Shell(curriculum: curriculum, store: store, terminal: terminal, environment: .live, style: style,
                          dataFolder: location.folder.path)
        let code = try shell.run()
        if code != 0 { throw ExitCode(code) }
    }
}
