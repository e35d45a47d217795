import ArgumentParser
import ErfaringKit
import Foundation

#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything a command reaches the outside world through: environment, working folder, clock,
/// ids and randomness, output streams and whether they are terminals, and where the program and
/// its build live (for finding the curriculum). `main` builds the live one once
/// (``ErfaringCommand/runMain(_:)``); tests build their own, with fixed time and ids and
/// captured output, and run commands in-process.
struct CommandContext: Sendable {
    var environment: [String: String]
    /// The folder relative paths on the command line are read from.
    var workingDirectory: URL
    /// Clock, ids and randomness, passed on to the store and the shell.
    var learning: LearningEnvironment
    var output: CommandOutput
    var stdinIsTerminal: Bool
    var stdoutIsTerminal: Bool
    var stderrIsTerminal: Bool
    /// The running program, whose folder the installed curriculum is found beside.
    var executable: URL
    /// The repository the program was built in, the last place the curriculum is looked for.
    var buildRepository: URL
    /// How HTTP requests are made (to an LRS), given the time-out in seconds.
    var http: @Sendable (TimeInterval) -> any HTTPExchange = { HTTPTransport(timeout: $0) }

    /// The real process: its environment, folder, clock, standard streams and binary.
    static func live() -> CommandContext {
        CommandContext(
            environment: ProcessInfo.processInfo.environment,
            workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            learning: .live, output: .standard,
            stdinIsTerminal: isatty(STDIN_FILENO) == 1, stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
            stderrIsTerminal: isatty(STDERR_FILENO) == 1,
            executable: runningExecutable(), buildRepository: Self.sourceRepository)
    }

    /// The repository this file was compiled from.
    static let sourceRepository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The current time.
    var now: Date { learning.now() }

    /// Colour only on a terminal and never when `NO_COLOR` is set.
    var useColor: Bool { stdoutIsTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb" }

    /// Writes a line to standard output.
    func write(_ text: String) {
        output.standardOutput(text + "\n")
    }

    /// Writes a line to standard error.
    func writeError(_ text: String) {
        output.standardError(text + "\n")
    }

    /// `path` as typed on the command line, read from ``workingDirectory`` when relative.
    func url(forPath path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : workingDirectory.appendingPathComponent(path)
    }

    /// The running binary's own path. `argv[0]` is only `erfaring` when the shell found it on
    /// `PATH`, so the kernel's link comes first.
    static func runningExecutable() -> URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? "erfaring")
    }

    func locator() -> CurriculumLocator {
        CurriculumLocator(environment: environment, executable: executable, buildRepository: buildRepository)
    }
}

/// Where a command's output goes: text, written as it is (the caller adds newlines).
struct CommandOutput: Sendable {
    var standardOutput: @Sendable (String) -> Void
    var standardError: @Sendable (String) -> Void

    /// The process's standard output and standard error, unbuffered.
    static let standard = CommandOutput(
        standardOutput: { RawOutput.write($0) },
        standardError: { RawOutput.write($0, to: STDERR_FILENO) })
}

/// A command that runs with the context it is given instead of reaching for the process's own.
protocol ContextCommand: ParsableCommand {
    func run(_ context: CommandContext) throws
}

extension ContextCommand {
    /// ArgumentParser's entry point; `erfaring` itself calls ``run(_:)`` with the context `main` built.
    func run() throws {
        try run(.live())
    }
}

/// Pretty, stable JSON for `--format json`: sorted keys, unescaped slashes, ISO 8601 times.
func prettyJSON<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}
