import ErfaringKit
import Foundation
import Testing
@testable import ErfaringCLI

/// Runs `erfaring` in this process: the arguments parsed by the root command, the command run
/// with a context of its own (environment, folder, a clock fixed for the run, ids from a counter,
/// captured output), so tests run in parallel without starting the binary or touching the
/// process's environment or folder.
enum InProcess {
    /// Ids for every in-process run: distinct across runs, so profiles made by two runs differ.
    private static let nextID = Locked<UInt64>(1)

    /// The run's output, collected as the command writes it.
    final class Capture: Sendable {
        private let text = Locked((stdout: "", stderr: ""))
        var stdout: String { text.withLock { $0.stdout } }
        var stderr: String { text.withLock { $0.stderr } }

        var output: CommandOutput {
            CommandOutput(standardOutput: { line in self.text.withLock { $0.stdout += line } },
                          standardError: { line in self.text.withLock { $0.stderr += line } })
        }
    }

    /// A test context: the process's environment without `ERFARING_CURRICULUM`, `environment`
    /// over it, `directory` (or the repository) as working folder, and no terminals.
    static func context(environment: [String: String] = [:], directory: URL? = nil, now: Date = Date(),
                        capture: Capture) throws -> CommandContext {
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "ERFARING_CURRICULUM")
        // A test that names no data folder must never reach the developer's own.
        env["ERFARING_HOME"] = FileManager.default.temporaryDirectory
            .appendingPathComponent("erfaring-inprocess-unset-\(UUID().uuidString)").path
        env.merge(environment) { _, new in new }
        let learning = LearningEnvironment(
            now: { now },
            uuid: {
                let id = nextID.withLock { value in
                    defer { value += 1 }
                    return value
                }
                return UUID(uuidString: String(format: "00000000-0000-4000-8000-%012llx", id)) ?? UUID()
            },
            seed: { 42 })
        return CommandContext(
            environment: env, workingDirectory: directory ?? Binary.repository, learning: learning,
            output: capture.output, stdinIsTerminal: false, stdoutIsTerminal: false, stderrIsTerminal: false,
            executable: try Binary.url, buildRepository: CommandContext.sourceRepository)
    }

    /// Runs `arguments` as `erfaring` would, returning its status and captured output.
    /// `http`, when given, is the context's HTTP transport.
    static func run(_ arguments: [String], environment: [String: String] = [:], directory: URL? = nil,
                    now: Date = Date(), http: (@Sendable (TimeInterval) -> any HTTPExchange)? = nil) throws -> Binary.Result {
        let capture = Capture()
        var context = try context(environment: environment, directory: directory, now: now, capture: capture)
        if let http { context.http = http }
        let status = ErfaringCommand.run(arguments, context)
        return Binary.Result(status: status.rawValue, stdout: capture.stdout, stderr: capture.stderr)
    }
}

/// A value behind a lock.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
