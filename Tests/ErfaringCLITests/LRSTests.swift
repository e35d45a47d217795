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
            let first = try cohort.command(harness, ["sync", "--lrs", lrs, "--batch", "7"], environment: environment)
            #expect(first.status == 0, "\(first.stderr)")
            // Each in the profile's language: Kari's is Norwegian, Ola's English.
            let norwegian = profile.language == .nb
            #expect(first.stdout.contains(norwegian ? "Sendte \(count) nye utsagn" : "Sent \(count) new statements"), "\(first.stdout)")
            let second = try cohort.command(harness, ["sync", "--lrs", lrs], environment: environment)
            #expect(second.status == 0)
            #expect(second.stdout.contains(norwegian ? "Ingenting nytt å sende" : "Nothing new to send"), "\(second.stdout)")
            let file = harness.folder.appendingPathComponent("export.json").path
            #expect(try cohort.command(harness, ["export", "--out", file]).status == 0)
            files.append(file)
        }
        // Read back everything the LRS holds and count this cohort's statements.
        let client = try LRSClient(endpoint: try #require(URL(string: lrs)), user: environment["ERFARING_LRS_USER"] ?? "",
                                   password: environment["ERFARING_LRS_PASSWORD"] ?? "")
        let stored = try client.fetchAll().statements
        for (learner, count) in expected {
            let mine = stored.filter { $0.actor.account.name == learner }
            #expect(mine.count == count)
            #expect(Set(mine.map(\.id)).count == count)
        }
        // The same report from the files and from the LRS (rows of this cohort only).
        let arguments = ["facilitator", "report", "--format", "csv", "--today", "2025-11-25"]
        let fromFiles = try cohort.command(cohort.kari, arguments + files)
        let fromLRS = try cohort.command(cohort.kari, arguments + ["--lrs", lrs], environment: environment)
        #expect(fromFiles.status == 0 && fromLRS.status == 0, "\(fromFiles.stderr) \(fromLRS.stderr)")
        func rows(_ csv: String) -> [String] {
            csv.split(separator: "\r\n").map(String.init).filter { row in expected.keys.contains { row.hasPrefix($0) } }
        }
        #expect(rows(fromFiles.stdout).count == 4)
        #expect(rows(fromFiles.stdout) == rows(fromLRS.stdout))
        // Practice conversations too: the endings read back from the LRS equal the export's.
        let kari = try cohort.export(cohort.kari)
        #expect(rows(fromLRS.stdout).contains { $0.hasPrefix(kari.learner.id + ",,basics,") && $0.hasSuffix(",1,1") })
        let readBack = StatementsProgress.learners(stored, curriculum: cohort.kari.curriculum,
                                                   activityBase: "https://erfaring.no/xapi")
            .first { $0.id == kari.learner.id }
        #expect(kari.summaries.contains { $0.conversations.first?.endings.count == 2 })
        #expect(readBack?.modules.map(\.conversations) == kari.summaries.map(\.conversations))
    }

    @Test("statements the LRS already holds (it answers 204, or leaves their ids out) are read back by id and then marked")
    func alreadyHeld() throws {
        let earlier = try Cohort()
        #expect(try earlier.command(earlier.kari, ["sync", "--lrs", lrs], environment: environment).status == 0)
        // The same learner's statements from a store that never marked them: Ralph holds them all.
        let cohort = try Cohort()
        let count = try cohort.statements(cohort.kari).count
        let result = try cohort.command(cohort.kari, ["sync", "--lrs", lrs, "--batch", "4"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Sendte \(count) nye utsagn"), "\(result.stdout)")
        let profile = try #require(try cohort.kari.store.currentProfile())
        #expect(try cohort.kari.store.sentStatements(profile: profile.id, lrs: lrs + "/xAPI/statements").count == count)
    }

    @Test("wrong credentials: a clear stop with the LRS's reason, and nothing marked as sent")
    func wrongCredentials() throws {
        let cohort = try Cohort()
        var wrong = environment
        wrong["ERFARING_LRS_PASSWORD"] = "not-the-password"
        let result = try cohort.command(cohort.ola, ["sync", "--lrs", lrs], environment: wrong)
        #expect(result.status == 1)
        #expect(result.stderr.contains("the LRS refused the request (HTTP 401)"))
        #expect(result.stderr.contains("Invalid authentication credentials"))
        #expect(result.stderr.contains("check the user name and password in ERFARING_LRS_USER and ERFARING_LRS_PASSWORD"))
        // The error comes first, then what was (not) sent before it.
        let error = try #require(result.stderr.range(of: "erfaring: error: the LRS refused"))
        let sent = try #require(result.stderr.range(of: "Nothing was sent"))
        #expect(error.lowerBound < sent.lowerBound)
        let netrc = cohort.ola.folder.appendingPathComponent("netrc-wrong")
        try "machine 127.0.0.1 login erfaring-test password wrong\n".write(to: netrc, atomically: true, encoding: .utf8)
        let viaNetrc = try cohort.command(cohort.ola, ["sync", "--lrs", lrs], environment: ["NETRC": netrc.path])
        #expect(viaNetrc.status == 1)
        #expect(viaNetrc.stderr.contains("check the user name and password in the 'machine 127.0.0.1' (or 'default') entry of \(netrc.path)"))
        for (set, missing) in [("ERFARING_LRS_USER", "ERFARING_LRS_PASSWORD"), ("ERFARING_LRS_PASSWORD", "ERFARING_LRS_USER")] {
            let half = try cohort.command(cohort.ola, ["sync", "--lrs", lrs], environment: [set: "x", missing: "", "NETRC": "/nonexistent"])
            #expect(half.status == 1)
            #expect(half.stderr.contains("\(set) is set but \(missing) is not"), "\(half.stderr)")
        }
        let retry = try cohort.command(cohort.ola, ["sync", "--lrs", lrs], environment: environment)
        #expect(retry.status == 0)
        #expect(retry.stdout.contains("Sent \(try cohort.statements(cohort.ola).count) new statements"))
    }

    @Test("an unreachable LRS: a clear error after retries, and the next sync sends everything")
    func unreachable() throws {
        let cohort = try Cohort()
        let result = try cohort.command(cohort.kari, ["sync", "--lrs", "http://127.0.0.1:9"], environment: environment)
        #expect(result.status == 74)
        #expect(result.stderr.contains("cannot reach the LRS"))
        #expect(result.stderr.contains("nothing was lost"))
        let retry = try cohort.command(cohort.kari, ["sync", "--lrs", lrs], environment: environment)
        #expect(retry.stdout.contains("Sendte \(try cohort.statements(cohort.kari).count) nye utsagn"), "\(retry.stdout)")
    }

    @Test("statements from other tools in the LRS are skipped and counted; the report still equals the file report")
    func foreignStatements() throws {
        let env = ProcessInfo.processInfo.environment
        let foreign = [
            // An mbox actor, an object without a definition: what other tools write.
            #"{"actor":{"mbox":"mailto:someone@example.org","objectType":"Agent"},"verb":{"id":"http://adlnet.gov/expapi/verbs/experienced"},"object":{"id":"https://other-tool.example.org/page/1"}}"#,
            // An account actor, but another tool's activity with a definition of another shape.
            #"{"actor":{"account":{"homePage":"https://other.example.org","name":"x1"}},"verb":{"id":"http://adlnet.gov/expapi/verbs/completed","display":{"en-US":"completed"}},"object":{"id":"https://other-tool.example.org/course/2","definition":{"description":{"en-US":"no name"}}}}"#,
        ]
        for statement in foreign {
            let curl = try ChildProcess("curl", [
                "-s", "-o", "/dev/null", "-w", "%{http_code}", "-u",
                "\(env["ERFARING_TEST_LRS_USER"] ?? ""):\(env["ERFARING_TEST_LRS_PASSWORD"] ?? "")",
                "-H", "X-Experience-API-Version: 1.0.3", "-H", "Content-Type: application/json",
                "-d", statement, lrs + "/xAPI/statements",
            ], output: .pipe)
            let output = try #require(curl.output).readToEndInBackground()
            #expect(try curl.wait() == 0)
            #expect(String(decoding: output(), as: UTF8.self) == "200", "Ralph accepted the foreign statement")
        }
        let cohort = try Cohort()
        var files: [String] = []
        var ids: [String] = []
        for harness in [cohort.kari, cohort.ola] {
            #expect(try cohort.command(harness, ["sync", "--lrs", lrs], environment: environment).status == 0)
            let file = harness.folder.appendingPathComponent("export.json").path
            #expect(try cohort.command(harness, ["export", "--out", file]).status == 0)
            files.append(file)
            ids.append(try #require(try harness.store.currentProfile()).id)
        }
        let arguments = ["facilitator", "report", "--format", "csv", "--today", "2025-11-25"]
        let fromFiles = try cohort.command(cohort.kari, arguments + files)
        let fromLRS = try cohort.command(cohort.kari, arguments + ["--lrs", lrs], environment: environment)
        #expect(fromFiles.status == 0 && fromLRS.status == 0, "\(fromFiles.stderr) \(fromLRS.stderr)")
        #expect(fromLRS.stderr.contains("statements that Erfaring did not write for this course"), "\(fromLRS.stderr)")
        let skipped = try #require(fromLRS.stderr.split(separator: " ").dropFirst(2).first.flatMap { Int($0) })
        #expect(skipped >= foreign.count)
        func rows(_ csv: String) -> [String] {
            csv.split(separator: "\r\n").map(String.init).filter { row in ids.contains { row.hasPrefix($0) } }
        }
        #expect(rows(fromFiles.stdout).count == 4)
        #expect(rows(fromFiles.stdout) == rows(fromLRS.stdout))

        // With an assignment, the LRS report says how many of the course's learners worked on its modules.
        let plan = cohort.kari.folder.appendingPathComponent("plan.yaml")
        try AssignmentFile.render(Cohort.assignment).write(to: plan, atomically: true, encoding: .utf8)
        let assigned = try cohort.command(cohort.kari, arguments + ["--lrs", lrs, "--assignment", plan.path], environment: environment)
        #expect(assigned.status == 0, "\(assigned.stderr)")
        let line = try #require(assigned.stderr.split(separator: "\n").first { $0.contains("of them have activity in the assignment's modules") })
        let numbers = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        let learnersInLRS = Set(try LRSClient(endpoint: try #require(URL(string: lrs)), user: environment["ERFARING_LRS_USER"] ?? "",
                                              password: environment["ERFARING_LRS_PASSWORD"] ?? "")
            .fetchAll().statements.filter { $0.object.id.hasPrefix("https://erfaring.no/xapi/demo-course/") }
            .map(\.actor.account.name))
        #expect(numbers.first == learnersInLRS.count, "\(line)")
        #expect(numbers.count >= 2 && numbers[1] >= 2 && numbers[1] <= learnersInLRS.count, "kari and ola at least: \(line)")
        #expect(line.contains("never ran 'erfaring sync' are missing"))
    }

    @Test("the endpoint: 'statements' is added to the xAPI endpoint, a bare host gets /xAPI/statements, a wrong path says which URL failed")
    func endpoints() throws {
        let cohort = try Cohort()
        let count = try cohort.statements(cohort.kari).count
        let endpoint = try cohort.command(cohort.kari, ["sync", "--lrs", lrs + "/xAPI/"], environment: environment)
        #expect(endpoint.status == 0, "\(endpoint.stderr)")
        #expect(endpoint.stdout.contains("Sendte \(count) nye utsagn til \(lrs)/xAPI/statements"), "\(endpoint.stdout)")
        // The same statements resource, however the address is written: nothing new to send.
        for written in [lrs, lrs + "/", lrs + "/xAPI", lrs + "/xAPI/statements"] {
            let again = try cohort.command(cohort.kari, ["sync", "--lrs", written], environment: environment)
            #expect(again.status == 0, "\(written): \(again.stderr)")
            #expect(again.stdout.contains("Ingenting nytt å sende"), "\(written)")
        }
        let wrong = try cohort.command(cohort.ola, ["sync", "--lrs", lrs + "/lrs/"], environment: environment)
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("no statements resource at '\(lrs)/lrs/statements' (HTTP 404): check the endpoint"),
                "\(wrong.stderr)")
        let report = try cohort.command(cohort.kari, ["facilitator", "report", "--lrs", lrs + "/xAPI/"], environment: environment)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains(String(try #require(try cohort.kari.store.currentProfile()).id.prefix(8))))
    }

    @Test("sync with no progress at all says so")
    func nothingToSend() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-empty-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let curriculum = ["--curriculum", Binary.fixtures.appendingPathComponent("base").path]
        let create = try InProcess.run(["profile", "create", "Tom"], environment: ["ERFARING_HOME": home.path])
        #expect(create.status == 0, "\(create.stderr)")
        let sync = try InProcess.run(["sync", "--lrs", lrs] + curriculum,
                                  environment: environment.merging(["ERFARING_HOME": home.path]) { given, _ in given })
        #expect(sync.status == 0, "\(sync.stderr)")
        // Tom's profile is Norwegian (the default).
        #expect(sync.stdout.contains("Ingenting å sende ennå"), "\(sync.stdout)")
        #expect(!sync.stdout.contains("alle 0 utsagnene") && !sync.stdout.contains("all 0 statements"))
    }

    @Test("plain HTTP is refused except on loopback, and credentials never come from the command line")
    func refusals() throws {
        let cohort = try Cohort()
        let http = try cohort.command(cohort.kari, ["sync", "--lrs", "http://lrs.example.org"], environment: environment)
        #expect(http.status == 64)
        #expect(http.stderr.contains("is not allowed: use HTTPS"))
        let ipv6 = try cohort.command(cohort.kari, ["sync", "--lrs", "http://[::1]:8100"], environment: environment)
        #expect(ipv6.status == 64)
        #expect(ipv6.stderr.contains("use") && ipv6.stderr.contains("http://127.0.0.1:PORT/"), "\(ipv6.stderr)")
        let none = try cohort.command(cohort.kari, ["sync", "--lrs", lrs], environment: ["ERFARING_LRS_USER": "", "NETRC": "/nonexistent"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("no credentials"))
        let netrc = cohort.kari.folder.appendingPathComponent("netrc")
        try "machine 127.0.0.1 login \(environment["ERFARING_LRS_USER"] ?? "") password \(environment["ERFARING_LRS_PASSWORD"] ?? "")\n"
            .write(to: netrc, atomically: true, encoding: .utf8)
        let viaNetrc = try cohort.command(cohort.kari, ["sync", "--lrs", lrs], environment: ["ERFARING_LRS_USER": "", "NETRC": netrc.path])
        #expect(viaNetrc.status == 0, "\(viaNetrc.stderr)")
    }
}
