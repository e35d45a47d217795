import ArgumentParser
import ErfaringKit

/// The command line's exit statuses: the one place their numbers are written. README.md and
/// `erfaring --help` list them.
enum ExitStatus: Int32, CaseIterable, Sendable {
    case success = 0
    /// Anything else that went wrong: a refusal, a missing profile, an unknown name.
    case failure = 1
    /// The command line was wrong (ArgumentParser's own errors, and values only the command can judge).
    case usage = 64
    /// The content is invalid (the curriculum, an import, an export to merge).
    case invalidContent = 65
    /// A file or folder cannot be read or written, or the LRS cannot be reached.
    case io = 74
    /// The LRS is busy, failing or silent: try again later.
    case tryLater = 75
    /// The LRS did not confirm what it stored.
    case unconfirmed = 76

    /// The status for a code a command or the shell produced; unknown codes count as failures.
    init(code: Int32) {
        self = ExitStatus(rawValue: code) ?? .failure
    }
}

/// A failure the command line reports as `erfaring: error: <message>` on standard error, with
/// its own exit status. Every command's errors end as one of these or as ArgumentParser's own
/// (see ``ExitStatus/report(_:_:)``).
struct CLIError: Error, CustomStringConvertible {
    /// The message, lowercase first; empty when the command already said what went wrong.
    var description: String
    var status: ExitStatus

    /// The status as a number, for code that compares it with the shell's own codes.
    var code: Int32 { status.rawValue }

    init(_ description: String, _ status: ExitStatus) {
        self.description = description
        self.status = status
    }

    /// 1: the command failed.
    static func failure(_ message: String) -> CLIError { CLIError(message, .failure) }
    /// 64: the command line asks for something that cannot be done.
    static func usage(_ message: String) -> CLIError { CLIError(message, .usage) }
    /// 65: the content is invalid.
    static func invalidContent(_ message: String) -> CLIError { CLIError(message, .invalidContent) }
    /// 74: a file or folder cannot be read or written.
    static func io(_ message: String) -> CLIError { CLIError(message, .io) }
    /// An exit status with nothing more to say (the command's output already explains it).
    static func quiet(_ status: ExitStatus) -> CLIError { CLIError("", status) }
}

extension ExitStatus {
    /// The one error-to-exit path: writes `error` in the house shape and returns the status.
    ///
    /// Errors read `erfaring: error: message` on standard error. ArgumentParser's own usage
    /// errors keep their usage and help lines below the first, with control characters in what
    /// was typed made visible; help and `--version` go to standard output with status 0.
    static func report(_ error: any Error, _ context: CommandContext) -> ExitStatus {
        if let error = error as? CLIError {
            if !error.description.isEmpty { context.writeError("erfaring: error: \(error.description)") }
            return error.status
        }
        let code = ErfaringCommand.exitCode(for: error)
        let message = ErfaringCommand.fullMessage(for: error)
        let safe = message.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TextChecks.terminalSafe(String($0), keepingTabs: true) }.joined(separator: "\n")
        if code == .success {
            if !safe.isEmpty { context.write(safe) }
            return .success
        }
        if !safe.isEmpty { context.writeError(houseShape(safe)) }
        return ExitStatus(code: code.rawValue)
    }

    /// ArgumentParser writes `Error: Message…`; the house shape is `erfaring: error: message…`.
    private static func houseShape(_ message: String) -> String {
        guard message.hasPrefix("Error: ") else { return message }
        let rest = message.dropFirst("Error: ".count)
        guard let first = rest.first else { return "erfaring: error:" }
        // Lowercase start, unless the first word is an acronym or a quoted value.
        let second = rest.dropFirst().first
        let lowered = first.isUppercase && !(second?.isUppercase ?? false) ? first.lowercased() : String(first)
        return "erfaring: error: " + lowered + rest.dropFirst()
    }
}
