import ErfaringKit
import Foundation

#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a command reaches the outside world through: environment, output streams, terminal.
struct CommandContext: Sendable {
    var environment: [String: String]
    var stdoutIsTerminal: Bool

    static var live: CommandContext {
        CommandContext(environment: ProcessInfo.processInfo.environment,
                       stdoutIsTerminal: isatty(STDOUT_FILENO) == 1)
    }

    /// Colour only on a terminal and never when `NO_COLOR` is set.
    var useColor: Bool { stdoutIsTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb" }

    func write(_ text: String) {
        RawOutput.write(text + "\n")
    }

    func writeError(_ text: String) {
        RawOutput.write(text + "\n", to: STDERR_FILENO)
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
        CurriculumLocator(
            environment: environment,
            executable: Self.runningExecutable(),
            buildRepository: URL(fileURLWithPath: #filePath)
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
    }
}

/// A failure the command line reports with its own exit code.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    var code: Int32

    /// 65: the content is invalid.
    static func invalidContent(_ message: String) -> CLIError { CLIError(description: message, code: 65) }
    /// 74: a file or folder cannot be read or written.
    static func io(_ message: String) -> CLIError { CLIError(description: message, code: 74) }
}

/// Pretty, stable JSON for `--format json`: sorted keys, unescaped slashes, ISO 8601 times.
func prettyJSON<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

