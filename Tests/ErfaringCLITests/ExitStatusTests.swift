import ErfaringKit
import Foundation
import Testing
@testable import ErfaringCLI

/// One error-to-exit path: every failure reads `erfaring: error: …` on standard error with the
/// status `ExitStatus` gives it. In-process for the shapes; through the real binary once per
/// family of status, so the process's own exit code is checked too.
@Suite("Exit statuses and the error shape")
struct ExitStatusTests {
    private func emptyHome() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-exit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private var base: String { Binary.fixtures.appendingPathComponent("base").path }

    /// A copy of the fixture course with a YAML error in one module.
    private func brokenCourse(in folder: URL) throws -> URL {
        let course = folder.appendingPathComponent("course")
        try FileManager.default.copyItem(at: Binary.fixtures.appendingPathComponent("base"), to: course)
        let file = course.appendingPathComponent("Curriculum/basics.yaml")
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\nbroken: [\n".utf8))
        return course
    }

    @Test("the statuses are the documented ones, and README and --help name every one")
    func documented() throws {
        #expect(ExitStatus.allCases.map(\.rawValue) == [0, 1, 64, 65, 74, 75, 76])
        let readme = String(decoding: try Data(contentsOf: Binary.repository.appendingPathComponent("README.md")), as: UTF8.self)
        let help = ErfaringCommand.configuration.discussion
        for status in ExitStatus.allCases {
            #expect(readme.contains("`\(status.rawValue)`"), "README does not name \(status.rawValue)")
            #expect(help.contains("\(status.rawValue) "), "--help does not name \(status.rawValue)")
        }
        #expect(ExitStatus(code: 3) == .failure && ExitStatus(code: 75) == .tryLater)
    }

    @Test("ArgumentParser's usage errors take the house shape: 'erfaring: error: ', lowercase, usage below")
    func usageShape() throws {
        let result = try InProcess.run(["lint", "--format", "xml"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("erfaring: error: the value 'xml' is invalid for '--format <format>'"), "\(result.stderr)")
        #expect(result.stderr.contains("\nUsage: erfaring lint"), "\(result.stderr)")
        let missing = try InProcess.run(["backup"])
        #expect(missing.status == 64)
        #expect(missing.stderr.hasPrefix("erfaring: error: missing expected argument '--out <file>'"), "\(missing.stderr)")
        let unknown = try InProcess.run(["progres"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("erfaring: error: unknown command 'progres'. Did you mean 'progress'?"))
        #expect(result.stdout.isEmpty && missing.stdout.isEmpty && unknown.stdout.isEmpty)
    }

    @Test("help goes to standard output with status 0")
    func help() throws {
        let result = try InProcess.run(["backup", "--help"])
        #expect(result.status == 0 && result.stderr.isEmpty)
        #expect(result.stdout.contains("USAGE: erfaring backup --out <file>"), "\(result.stdout)")
    }

    @Test("a command's own failure: one line in the same shape and its status; lint's 65 adds no line of its own")
    func commandShape() throws {
        let home = try emptyHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let none = try InProcess.run(["progress", "--curriculum", base], environment: ["ERFARING_HOME": home.path])
        #expect(none.status == 1)
        #expect(none.stderr == "erfaring: error: no profile yet: run 'erfaring' to start, or 'erfaring profile create NAME'\n")
        let broken = try InProcess.run(["lint", "--curriculum", try brokenCourse(in: home).path])
        #expect(broken.status == 65)
        #expect(broken.stdout.contains("basics.yaml:") && broken.stdout.contains(": error: "), "\(broken.stdout)")
        #expect(!broken.stderr.contains("erfaring: error:"), "\(broken.stderr)")
    }

    @Test("through the real binary: 0, 1, 65, 74 and 76, each with its message on standard error",
          .timeLimit(.minutes(2)))
    func binary() throws {
        let home = try emptyHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let env = ["ERFARING_HOME": home.path]
        #expect(try Binary.run(["profile", "create", "Kari"], environment: env).status == 0)
        let unknown = try Binary.run(["profile", "use", "Nobody"], environment: env)
        #expect(unknown.status == 1 && unknown.stderr.hasPrefix("erfaring: error: "), "\(unknown.stderr)")
        let content = try Binary.run(["stats", "--curriculum", try brokenCourse(in: home).path], environment: env)
        #expect(content.status == 65 && content.stderr.contains("erfaring: error: the curriculum in '"), "\(content.stderr)")
        let io = try Binary.run(["backup", "--out", "/nonexistent-erfaring/backup.sqlite"], environment: env)
        #expect(io.status == 74 && io.stderr.hasPrefix("erfaring: error: "), "\(io.stderr)")
        // 76: the LRS answers 200 with a sign-in page instead of the statements' ids.
        let cohort = try Cohort()
        let lrs = try FaultServer([.answer(200, headers: ["Content-Type": "text/html"], body: "<html>Sign in</html>")])
        let unconfirmed = try Binary.run(["sync", "--lrs", lrs.url, "--curriculum", base],
                                         environment: SyncFaultTests.environment.merging(["ERFARING_HOME": cohort.kari.folder.path]) { _, new in new })
        #expect(unconfirmed.status == 76 && unconfirmed.stderr.hasPrefix("erfaring: error: "), "\(unconfirmed.stderr)")
    }
}
