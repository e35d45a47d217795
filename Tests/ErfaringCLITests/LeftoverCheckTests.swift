import Foundation
import Testing

/// `make test` ends with Tests/leftovers.py: a process the test run started that is still running
/// fails the run (and is killed), and processes of other checkouts are not counted.
@Suite("The check for processes left running by the tests")
struct LeftoverCheckTests {
    private func check(_ checkout: URL) throws -> (status: Int32, stderr: String) {
        let python = ProcessInfo.processInfo.environment["ERFARING_TEST_PYTHON"] ?? "python3"
        let script = Binary.repository.appendingPathComponent("Tests/leftovers.py").path
        let child = try ChildProcess(python, [script, checkout.path], output: .null, error: .pipe)
        let stderr = try #require(child.error).readToEndInBackground()
        let status = try child.wait(seconds: 30)
        return (status, String(decoding: stderr(), as: UTF8.self))
    }

    @Test("a marked process left running fails the check and is killed; another checkout's is not counted")
    func leftover() throws {
        let checkout = URL(fileURLWithPath: "/tmp/erfaring-leftover-\(UUID().uuidString)")
        let other = URL(fileURLWithPath: "/tmp/erfaring-leftover-\(UUID().uuidString)")
        #expect(try check(checkout).status == 0, "nothing of this checkout runs yet")

        var environment = ProcessInfo.processInfo.environment
        environment["ERFARING_TEST_RUN"] = other.path
        let foreign = try ChildProcess("sleep", ["30"], environment: environment)
        defer { foreign.kill9() }
        #expect(try check(checkout).status == 0, "another checkout's test process is not this run's")

        environment["ERFARING_TEST_RUN"] = checkout.path
        let left = try ChildProcess("sleep", ["30"], environment: environment)
        defer { left.kill9() }
        let result = try check(checkout)
        #expect(result.status == 1)
        #expect(result.stderr.contains("  \(left.pid)  sleep 30"), "\(result.stderr)")
        #expect(try left.wait(seconds: 5) == 128 + SIGKILL, "the check kills what it finds")
        #expect(kill(foreign.pid, 0) == 0, "and only that")
    }
}
