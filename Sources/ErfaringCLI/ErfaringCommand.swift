import ArgumentParser
import ErfaringKit
import Foundation

/// The root command: `erfaring`.
public struct ErfaringCommand: ParsableCommand {
    /// The program's version: the one place it is written (the Makefile and the package read it here).
    public static let version = "0.1.0"

    /// The root's help, in the run's language (``CommandLanguage``).
    public static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "erfaring",
            abstract: CommandLanguage.text(
                nb: "Et kurs for deg som vil bli erfaringskonsulent.",
                en: "A course for people training to become erfaringskonsulenter (peer workers)."),
            discussion: CommandLanguage.text(
                nb: """
                    Uten underkommando starter kurset. Avslutningsstatus: 0 ok, 1 feil, 64 feil bruk, \
                    65 ugyldig innhold, 74 inn/ut; fra sync også 75 prøv igjen senere (LRS-en er \
                    opptatt, feiler eller svarer ikke) og 76 LRS-en bekreftet ikke det den lagret. \
                    Kommandoene for kursledere (facilitator, lint, stats, backup, restore) og modules \
                    er på engelsk.
                    """,
                en: """
                    Run without a subcommand to start. Exit codes: 0 ok, 1 failure, 64 usage, \
                    65 invalid content, 74 input/output; from sync also 75 try again later (the LRS is \
                    busy, failing or silent) and 76 the LRS did not confirm what it stored.
                    """),
            version: version,
            subcommands: [
                ShellCommand.self, Modules.self, ProgressCommand.self, ProfileCommand.self, AssignmentCommand.self,
                ExportCommand.self, BackupCommand.self, RestoreCommand.self, SyncCommand.self, SummaryCommand.self,
                FacilitatorCommand.self, Lint.self, Stats.self,
            ],
            defaultSubcommand: ShellCommand.self
        )
    }

    public init() {}

    /// `main`: builds the live context once, runs the command and exits with its status.
    public static func runMain(_ arguments: [String]? = nil) -> Never {
        // A write past the file size limit (`ulimit -f`) fails with EFBIG and is reported, instead
        // of the signal ending the process in the middle of a transaction.
        signal(SIGXFSZ, SIG_IGN)
        let status = run(arguments ?? Array(CommandLine.arguments.dropFirst()), .live())
        Foundation.exit(status.rawValue)
    }

    /// Parses `given` (the arguments after the program's name) and runs the command with
    /// `context`; every error ends in ``ExitStatus/report(_:_:)``. The language of the learner's
    /// commands is decided first, once (``CommandLanguage/forRun(_:environment:)``), so their
    /// help and messages are in it.
    static func run(_ given: [String], _ context: CommandContext) -> ExitStatus {
        let language = CommandLanguage.forRun(given, environment: context.environment)
        return CommandLanguage.$current.withValue(language) { parseAndRun(given, context) }
    }

    private static func parseAndRun(_ given: [String], _ context: CommandContext) -> ExitStatus {
        if given == ["--version"] {
            context.write(versionText(context))
            return .success
        }
        let names = configuration.subcommands.map { $0._commandName } + ["help"]
        if let first = given.first, !first.hasPrefix("-"), !names.contains(first) {
            // Without this, the default subcommand (the shell) would report 'unexpected argument'.
            let hint = TextChecks.suggestion(for: first, among: names).map { " Did you mean '\($0)'?" } ?? ""
            return ExitStatus.report(CLIError.usage("unknown command '\(TextChecks.terminalSafe(first))'.\(hint)\n"
                + "Usage: erfaring [<subcommand>] …  See 'erfaring --help'."), context)
        }
        if let first = given.first, first.hasPrefix("-"),
           let index = given.indices.dropFirst().first(where: { names.contains(given[$0]) && given[$0] != "help" }) {
            // `erfaring --curriculum X progress`: options belong to the command after them.
            let reordered = ["erfaring"] + given[index...] + given[..<index]
            return ExitStatus.report(CLIError.usage("options go after the command: "
                + TextChecks.terminalSafe(reordered.joined(separator: " ")) + "\nSee 'erfaring \(given[index]) --help'."),
                context)
        }
        do {
            var command = try parseAsRoot(given)
            if let command = command as? any ContextCommand {
                try command.run(context)
            } else {
                try command.run()
            }
            return .success
        } catch {
            return ExitStatus.report(error, context)
        }
    }
}
