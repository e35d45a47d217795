import ErfaringKit
import Foundation
import Testing

/// Against a real Ralph LRS that `make test` starts (Tests/lrs/ralph.sh) and names in
/// ERFARING_TEST_LRS, with its credentials in ERFARING_TEST_LRS_USER and …_PASSWORD.
@Suite("Sync to a real Learning Record Store", .serialized,
       .enabled(if: ProcessInfo.processInfo.environment["ERFARING_TEST_LRS"] != nil))
struct LRSTests {
    private var environment: [String: String] {
        let env = ProcessInfo.processInfo.environment
        return ["ERFARING_LRS_USER": env["ERFARING_TEST_LRS_USER"] ?? "",
                "ERFARING_LRS_PASSWORD": env["ERFARING_TEST_LRS_PASSWORD"] ?? "",
                "ERFARING_LRS_BACKOFF": "0.1,0.1"]
    }

    private var lrs: String { ProcessInfo.processInfo.environment["ERFARING_TEST_LRS"] ?? "" }

    @Test("export, sync, read back: every statement accepted once; a second sync sends nothing; the LRS report equals the file report")
    func roundTrip() throws {
        let cohort = try Cohort()
        var expected: [String: Int] = [:]
        var files: [String] = []
        for harness in [cohort.kari, cohort.ola] {
            let profile = try #require(try harness.store.currentProfile())
            let count = try cohort.statements(harness).count
            expected[profile.id] = count
            let first = try cohort.binary(harness, ["sync", "--lrs", lrs, "--batch", "7"], environment: environment)
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stdout.contains("Sent \(count) new statements"))
            let second = try cohort.binary(harness, ["sync", "--lrs", lrs], environment: environment)
            #expect(second.status == 0)
            #expect(second.stdout.contains("Nothing new to send"))
            let file = harness.folder.appendingPathComponent("export.json").path
            #expect(try cohort.binary(harness, ["export", "--out", file]).status == 0)
            files.append(file)
        }
        // Read back everything the LRS holds and count this cohort's statements.
        let client = try LRSClient(endpoint: try #require(URL(string: lrs)), user: environment["ERFARING_LRS_USER"] ?? "",
                                   password: environment["ERFARING_LRS_PASSWORD"] ?? "")
        let stored = try client.fetchAll()
        for (learner, count) in expected {
            let mine = stored.filter { $0.actor.account.name == learner }
            #expect(mine.count == count)
            #expect(Set(mine.map(\.id)).count == count)
        }
        // The same report from the files and from the LRS (rows of this cohort only).
        let arguments = ["facilitator", "report", "--format", "csv", "--today", "2025-11-25"]
        let fromFiles = try cohort.binary(cohort.kari, arguments + files)
        let fromLRS = try cohort.binary(cohort.kari, arguments + ["--lrs", lrs], environment: environment)
        #expect(fromFiles.status == 0 && fromLRS.status == 0, "\(fromFiles.stderr) \(fromLRS.stderr)")
        func rows(_ csv: String) -> [String] {
            csv.split(separator: "\r\n").map(String.init).filter { row in expected.keys.contains { row.hasPrefix($0) } }
        }
        #expect(rows(fromFiles.stdout).count == 4)
        #expect(rows(fromFiles.stdout) == rows(fromLRS.stdout))
    }

    @Test("wrong credentials: a clear stop with the LRS's reason, and nothing marked as sent")
    func wrongCredentials() throws {
        let cohort = try Cohort()
        var wrong = environment
        wrong["ERFARING_LRS_PASSWORD"] = "not-the-password"
        let result = try cohort.binary(cohort.ola, ["sync", "--lrs", lrs], environment: wrong)
        #expect(result.status == 1)
        #expect(result.stderr.contains("the LRS refused the request (HTTP 401)"))
        #expect(result.stderr.contains("Invalid authentication credentials"))
        let retry = try cohort.binary(cohort.ola, ["sync", "--lrs", lrs], environment: environment)
        #expect(retry.status == 0)
        #expect(retry.stdout.contains("Sent \(try cohort.statements(cohort.ola).count) new statements"))
    }

    @Test("an unreachable LRS: a clear error after retries, and the next sync sends everything")
    func unreachable() throws {
        let cohort = try Cohort()
        let result = try cohort.binary(cohort.kari, ["sync", "--lrs", "http://127.0.0.1:9"], environment: environment)
        #expect(result.status == 74)
        #expect(result.stderr.contains("cannot reach the LRS"))
        #expect(result.stderr.contains("nothing was lost"))
        let retry = try cohort.binary(cohort.kari, ["sync", "--lrs", lrs], environment: environment)
        #expect(retry.stdout.contains("Sent \(try cohort.statements(cohort.kari).count) new statements"))
    }

    @Test("plain HTTP is refused except on loopback, and credentials never come from the command line")
    func refusals() throws {
        let cohort = try Cohort()
        let http = try cohort.binary(cohort.kari, ["sync", "--lrs", "http://lrs.example.org"], environment: environment)
        #expect(http.status == 64)
        #expect(http.stderr.contains("is not allowed: use HTTPS"))
        let none = try cohort.binary(cohort.kari, ["sync", "--lrs", lrs], environment: ["ERFARING_LRS_USER": "", "NETRC": "/nonexistent"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("no credentials"))
        let netrc = cohort.kari.folder.appendingPathComponent("netrc")
        try "machine 127.0.0.1 login \(environment["ERFARING_LRS_USER"] ?? "") password \(environment["ERFARING_LRS_PASSWORD"] ?? "")\n"
            .write(to: netrc, atomically: true, encoding: .utf8)
        let viaNetrc = try cohort.binary(cohort.kari, ["sync", "--lrs", lrs], environment: ["ERFARING_LRS_USER": "", "NETRC": netrc.path])
        #expect(viaNetrc.status == 0, "\(viaNetrc.stderr)")
    }
}
