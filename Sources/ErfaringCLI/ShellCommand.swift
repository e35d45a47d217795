import ArgumentParser
import ErfaringKit
import Foundation


/// `erfaring` (or `erfaring shell`): the interactive course.
struct ShellCommand: ContextCommand {
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

    func run(_ context: CommandContext) throws {
        let curriculum = try options.load(context)
        let location = try context.dataLocation()
        do {
            try location.prepare()
        } catch {
            throw CLIError.io(error.description)
        }
        let store = try context.openStore()
        let interactive = context.stdinIsTerminal && context.stdoutIsTerminal
        let columns = Int(context.environment["COLUMNS"] ?? "") ?? 80
        let terminal: Terminal = interactive
            ? (EditLineTerminal.prepareLocale() ? EditLineTerminal() as Terminal : PipedTerminal(width: columns, interactive: true))
            : PipedTerminal(width: columns)
        let style = Style(color: interactive && context.useColor && !plain, plain: plain, width: terminal.width)
        let shell = Shell(curriculum: curriculum, store: store, terminal: terminal, environment: context.learning, style: style,
                          dataFolder: location.folder.path)
        let code = try shell.run()
        if code != 0 { throw CLIError.quiet(ExitStatus(code: code)) }
    }
}
