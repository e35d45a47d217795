import Foundation
import Testing

/// Runs the built `erfaring` binary, which sits beside the test bundle.
struct Binary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var url: URL {
        get throws {
            let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            var candidates = [products.appendingPathComponent("erfaring")]
            // `swift test` runs an .xctest bundle whose executable may sit one or more levels deeper.
            var folder = products
            for _ in 0..<4 {
                folder = folder.deletingLastPathComponent()
                candidates.append(folder.appendingPathComponent("erfaring"))
            }
            return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
                                "build the 'erfaring' product before running these tests (make test does)")
        }
    }

    static func run(_ arguments: [String], environment: [String: String] = [:],
                    directory: URL? = nil, input: String? = nil, executable: String? = nil) throws -> Result {
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "ERFARING_CURRICULUM")
        env.merge(environment) { _, new in new }
        let child = try ChildProcess(try executable ?? url.path, arguments, environment: env, directory: directory,
                                     input: true, output: .pipe, error: .pipe)
        let stdout = try #require(child.output).readToEndInBackground()
        let stderr = try #require(child.error).readToEndInBackground()
        child.send(input ?? "")
        let status = try child.wait()
        return Result(status: status,
                      stdout: String(decoding: stdout(), as: UTF8.self),
                      stderr: String(decoding: stderr(), as: UTF8.self))
    }

    /// The repository root, where the shipped curriculum lives.
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static var fixtures: URL {
        repository.appendingPathComponent("Tests/ErfaringKitTests/Fixtures")
    }
}

/// Compares `actual` with `Golden/name`; `ERFARING_RECORD=1` writes it and fails.
func assertGolden(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let url = Binary.repository.appendingPathComponent("Tests/ErfaringCLITests/Golden/\(name)")
    if ProcessInfo.processInfo.environment["ERFARING_RECORD"] == "1" {
        try Data(actual.utf8).write(to: url)
        Issue.record("recorded \(name); run again without ERFARING_RECORD", sourceLocation: sourceLocation)
        return
    }
    // Decoded by hand: String(contentsOf:) would drop a byte-order mark the golden file holds.
    let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    #expect(actual == expected, "differs from golden file \(name)", sourceLocation: sourceLocation)
}
