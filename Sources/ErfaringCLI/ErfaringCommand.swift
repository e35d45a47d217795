import ArgumentParser
import ErfaringKit
import Foundation

/// The root command: `erfaring`.
public struct ErfaringCommand: ParsableCommand {
    /// The program's version: the one place it is written (the Makefile and the package read it here).
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "erfaring",
        abstract: "A course for people training to become erfaringskonsulenter (peer workers).",
        discussion: """
            Run without a subcommand to start. Exit codes: 0 ok, 1 failure, 64 usage, \
            65 invalid content, 74 input/output; from sync also 75 try again later (the LRS is \
            busy, failing or silent) and 76 the LRS did not confirm what it stored.
            """,
        version: version,
        subcommands: [
            ShellCommand.self, Modules.self, ProgressCommand.self, ProfileCommand.self, AssignmentCommand.self,
            ExportCommand.self, BackupCommand.self, RestoreCommand.self, SyncCommand.self, SummaryCommand.self,
            FacilitatorCommand.self, Lint.self, Stats.self,
        ],
        defaultSubcommand: ShellCommand.self
    )

    public init() {}

    /// Parses the arguments and runs the command, turning errors into messages and exit codes.
    public static func runMain(_ arguments: [String]? = nil) -> Never {
        // A write past the file size limit (`ulimit -f`) fails with EFBIG and is reported, instead
        // of the signal ending the process in the middle of a transaction.
        signal(SIGXFSZ, SIG_IGN)
        let given = arguments ?? Array(CommandLine.arguments.dropFirst())
        if given == ["--version"] {
            CommandContext.live.write(versionText(CommandContext.live))
            Foundation.exit(0)
        }
        let names = configuration.subcommands.map { $0._commandName } + ["help"]
        if let first = given.first, !first.hasPrefix("-"), !names.contains(first) {
            // Without this, the default subcommand (the shell) would report 'unexpected argument'.
            let hint = TextChecks.suggestion(for: first, among: names).map { " Did you mean '\($0)'?" } ?? ""
            CommandContext.live.writeError("erfaring: error: unknown command '\(TextChecks.terminalSafe(first))'.\(hint)\n"
                + "Usage: erfaring [<subcommand>] …  See 'erfaring --help'.")
            Foundation.exit(64)
        }
        if let first = given.first, first.hasPrefix("-"),
           let index = given.indices.dropFirst().first(where: { names.contains(given[$0]) && given[$0] != "help" }) {
            // `erfaring --curriculum X progress`: options belong to the command after them.
            let reordered = ["erfaring"] + given[index...] + given[..<index]
            CommandContext.live.writeError("erfaring: error: options go after the command: "
                + TextChecks.terminalSafe(reordered.joined(separator: " ")) + "\nSee 'erfaring \(given[index]) --help'.")
            Foundation.exit(64)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Foundation.exit(0)
        } catch let error as CLIError {
            CommandContext.live.writeError("erfaring: error: \(error.description)")
            Foundation.exit(error.code)
        } catch {
            // ArgumentParser's own messages quote what was typed: shown with control characters
            // made visible, line by line. Help goes to standard output, errors to standard error.
            let message = fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false)
                .map { TextChecks.terminalSafe(String($0), keepingTabs: true) }.joined(separator: "\n")
            let code = exitCode(for: error)
            if code == .success {
                CommandContext.live.write(message)
            } else {
                CommandContext.live.writeError(message)
            }
            Foundation.exit(code.rawValue)
        }
    }
}
