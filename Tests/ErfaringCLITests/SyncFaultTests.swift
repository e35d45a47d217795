import ErfaringKit
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `sync` against servers that misbehave as a real LRS, a proxy in front of one, or an attacker
/// might: redirects, answers that confirm nothing, 429 and 503, silence. Each test checks the exit
/// status, the message, and that the store marked nothing the LRS did not confirm.
@Suite("Sync when the LRS misbehaves", .serialized)
struct SyncFaultTests {
    static let user = "kari-lrs"
    static let password = "hemmelig-passord-\(UUID().uuidString.prefix(8))"
    static let environment = ["ERFARING_LRS_USER": user, "ERFARING_LRS_PASSWORD": password,
                              "ERFARING_LRS_BACKOFF": "0.1,0.1"]
    static let authorization = "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()

    /// What the store says `server` has accepted from Kari.
    private func marked(_ cohort: Cohort, _ server: FaultServer) throws -> Set<String> {
        let profile = try #require(try cohort.kari.store.currentProfile())
        return try cohort.kari.store.sentStatements(profile: profile.id, lrs: server.url + "/xAPI/statements")
    }

    private func sync(_ cohort: Cohort, _ server: FaultServer, _ extra: [String: String] = [:]) throws -> Binary.Result {
        try cohort.command(cohort.kari, ["sync", "--lrs", server.url],
                          environment: Self.environment.merging(extra) { _, new in new })
    }

    @Test("a redirect to another origin is not followed: the other server receives nothing, nothing is marked",
          arguments: [(301, "127.0.0.1"), (302, "127.0.0.2"), (303, "127.0.0.1"), (307, "127.0.0.2"), (308, "127.0.0.1"),
                      (307, "127.0.0.1"), (308, "127.0.0.2")])
    func crossOriginRedirect(_ status: Int, _ otherHost: String) throws {
        let cohort = try Cohort()
        // The server a redirect points to: another host, or another port on the same host.
        let other = try FaultServer(host: otherHost, [.echoIDs()])
        let target = other.url + "/xAPI/statements"
        let lrs = try FaultServer([.answer(status, headers: ["Location": target])])
        let result = try sync(cohort, lrs)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("the LRS redirects the request (HTTP \(status)) to '\(target)', which Erfaring does not follow"),
                "\(result.stderr)")
        #expect(result.stderr.contains("Ingenting ble sendt"), "\(result.stderr)")
        #expect(try other.requests().isEmpty, "the other server received a request")
        let asked = try lrs.requests()
        #expect(asked.count == 1)
        #expect(asked.first?.authorization == Self.authorization, "the LRS itself does get the credentials")
        #expect(try marked(cohort, lrs).isEmpty)
    }

    /// The real transport, with every request's URL and whether it carried the credentials noted.
    struct WatchedTransport: HTTPExchange {
        let seen: Locked<[(url: URL, authorized: Bool)]>
        let real: HTTPTransport

        func perform(url: URL, headers: [String: String], body: Data?, noProxy: Bool) -> Result<HTTPResponse, HTTPFailure> {
            seen.withLock { $0.append((url, headers["Authorization"] != nil)) }
            return real.perform(url: url, headers: headers, body: body, noProxy: noProxy)
        }
    }

    @Test("every request of a sync goes through the context's transport, and only to the LRS's origin")
    func requestsThroughContext() throws {
        let cohort = try Cohort()
        let other = try FaultServer(host: "127.0.0.2", [.echoIDs()])
        let lrs = try FaultServer([.answer(307, headers: ["Location": "/moved/statements"]),
                                   .answer(308, headers: ["Location": other.url + "/xAPI/statements"])])
        let seen = Locked<[(url: URL, authorized: Bool)]>([])
        let result = try cohort.command(cohort.kari, ["sync", "--lrs", lrs.url], environment: Self.environment,
                                        http: { WatchedTransport(seen: seen, real: HTTPTransport(timeout: $0)) })
        #expect(result.status == 1, "\(result.stderr)")
        let requests = seen.withLock { $0 }
        #expect(requests.map(\.url.path) == ["/xAPI/statements", "/moved/statements"])
        #expect(requests.allSatisfy { $0.url.host == lrs.host && $0.url.port == lrs.port })
        #expect(requests.allSatisfy { $0.authorized })
        #expect(try other.requests().isEmpty)
        #expect(try lrs.requests().count == requests.count, "the transport saw every request the LRS received")
    }

    @Test("a same-origin 307 or 308 is followed with the method, the body and the credentials", arguments: [307, 308])
    func sameOriginRedirect(_ status: Int) throws {
        let cohort = try Cohort()
        let count = try cohort.statements(cohort.kari).count
        let lrs = try FaultServer([.answer(status, headers: ["Location": "/moved/statements"]), .echoIDs()])
        let result = try sync(cohort, lrs)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Sendte \(count) nye utsagn"), "\(result.stdout)")
        let asked = try lrs.requests()
        #expect(asked.map(\.path) == ["/xAPI/statements", "/moved/statements"])
        #expect(asked.map(\.method) == ["POST", "POST"])
        #expect(asked.allSatisfy { $0.authorization == Self.authorization })
        #expect(asked.count == 2 && asked[0].body > 0 && asked[0].body == asked[1].body)
        #expect(try marked(cohort, lrs).count == count)
    }

    @Test("same-origin redirects without end stop after three; a redirect without Location, or with control characters in it, is named safely")
    func redirectLoops() throws {
        let cohort = try Cohort()
        let loop = try FaultServer([.answer(308, headers: ["Location": "/again"])])
        let looped = try sync(cohort, loop)
        #expect(looped.status == 1)
        #expect(looped.stderr.contains("redirects more than 3 times in a row (last to '/again')"), "\(looped.stderr)")
        #expect(try loop.requests().count == 4)
        #expect(try marked(cohort, loop).isEmpty)
        let bare = try FaultServer([.answer(302)])
        let nowhere = try sync(cohort, bare)
        #expect(nowhere.status == 1)
        #expect(nowhere.stderr.contains("HTTP 302, a redirect without a Location"), "\(nowhere.stderr)")
        // A Location with control characters is named, but safely.
        let hostile = try FaultServer([.answer(301, headers: ["Location": "http://evil.example/\u{1B}]0;owned\u{07}x"])])
        let shown = try sync(cohort, hostile)
        #expect(shown.status == 1)
        #expect(shown.stderr.contains("(HTTP 301) to 'http://evil.example/\u{FFFD}]0;owned\u{FFFD}x'"), "\(shown.stderr)")
        #expect(!shown.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
    }

    @Test("an answer that confirms nothing after earlier batches were confirmed: those stay marked, that batch does not")
    func failureAfterSomeBatches() throws {
        let cohort = try Cohort()
        let count = try cohort.statements(cohort.kari).count
        let lrs = try FaultServer([.echoIDs(), .answer(200, headers: ["Content-Type": "text/html"], body: "<html>Sign in</html>")])
        let result = try cohort.command(cohort.kari, ["sync", "--lrs", lrs.url, "--batch", "5"], environment: Self.environment)
        #expect(result.status == 76)
        #expect(result.stderr.contains("Sendte 5 av \(count) nye utsagn før denne feilen"), "\(result.stderr)")
        #expect(try marked(cohort, lrs).count == 5)
    }

    /// Answers that do not confirm that the statements were stored, and what the message must name.
    static let unconfirmed: [(String, FaultServer.Step, [String])] = [
        ("invalid JSON", .answer(200, body: "{not json"),
         ["its answer is not a JSON array of statement ids", "'application/json'", "begins '{not json'"]),
        ("an HTML login page", .answer(200, headers: ["Content-Type": "text/html; charset=utf-8"],
                                       body: "<html>\n<title>Logg inn\u{1B}[31m</title>\n</html>"),
         ["not a JSON array", "content type 'text/html; charset=utf-8'", "begins '<html> <title>Logg inn\u{FFFD}[31m"]),
        ("a JSON object", .answer(200, body: #"{"ok":true}"#), ["not a JSON array of statement ids"]),
        ("other ids", .answer(200, body: #"["6f1d3a52-0000-4000-8000-000000000001"]"#),
         ["does not match what was sent: it names 1 id that was not sent"]),
        ("some ids missing, not stored", .echoIDs(dropping: 1),
         ["1 of the ", " statements sent are neither in its answer nor found in the LRS when read back"]),
        ("204 without storing", .answer(204), ["statements sent are neither in its answer nor found", "HTTP 204", "begins '(empty)'"]),
        ("202 with the body of an LRS that queues", .answer(202, body: "queued"), ["answered HTTP 202 instead of 200"]),
    ]

    @Test("an answer that does not list the statements' ids marks nothing and names what came back",
          arguments: unconfirmed.map(\.0))
    func unconfirmedAnswers(_ name: String) throws {
        let (_, step, phrases) = try #require(Self.unconfirmed.first { $0.0 == name })
        let cohort = try Cohort()
        let lrs = try FaultServer([step])
        let result = try sync(cohort, lrs)
        #expect(result.status == 76, "\(result.stderr)")
        #expect(result.stderr.contains("the LRS did not confirm that it stored the statements"), "\(result.stderr)")
        for phrase in phrases { #expect(result.stderr.contains(phrase), "'\(phrase)' in \(result.stderr)") }
        #expect(!result.stderr.unicodeScalars.contains("\u{1B}"), "nothing from the server reaches the terminal raw")
        #expect(result.stderr.contains("Ingenting ble sendt"), "\(result.stderr)")
        #expect(try marked(cohort, lrs).isEmpty)
    }

    @Test("ids left out of the answer, or a 204, count once the LRS shows each statement when asked by id",
          arguments: [FaultServer.Step.echoIDs(dropping: 2, keepDropped: true), .storeQuietly])
    func confirmedByReadingBack(_ step: FaultServer.Step) throws {
        let cohort = try Cohort()
        let count = try cohort.statements(cohort.kari).count
        let lrs = try FaultServer([step])
        let result = try sync(cohort, lrs)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try marked(cohort, lrs).count == count)
        let readBack = try lrs.requests().filter { $0.method == "GET" && $0.path.contains("statementId=") }
        #expect(readBack.count == (step.isQuiet ? count : 2))
        #expect(readBack.allSatisfy { $0.authorization == Self.authorization })
    }

    @Test("429 then 200: sync waits as asked, says so, and the statements arrive once")
    func busyThenStored() throws {
        let cohort = try Cohort()
        let count = try cohort.statements(cohort.kari).count
        let lrs = try FaultServer([.answer(429, headers: ["Retry-After": "1"]), .echoIDs()])
        let started = Date()
        let result = try sync(cohort, lrs)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("erfaring: the LRS is busy (HTTP 429) and asks to wait 1 s; retrying (1 of 3)"),
                "\(result.stderr)")
        #expect(Date().timeIntervalSince(started) >= 1)
        #expect(try lrs.requests().count == 2)
        #expect(try marked(cohort, lrs).count == count)
        let again = try sync(cohort, lrs)
        #expect(again.stdout.contains("Ingenting nytt å sende"), "\(again.stdout)")
        #expect(try lrs.requests().count == 2, "nothing is sent twice")
    }

    @Test("503 with Retry-After as an HTTP date is waited out too")
    func busyUntilDate() throws {
        let cohort = try Cohort()
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        let date = formatter.string(from: Date().addingTimeInterval(2))
        let lrs = try FaultServer([.answer(503, headers: ["Retry-After": date]), .echoIDs()])
        let result = try sync(cohort, lrs)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("the LRS is busy (HTTP 503) and asks to wait"), "\(result.stderr)")
        #expect(try marked(cohort, lrs).count == (try cohort.statements(cohort.kari).count))
    }

    @Test("without Retry-After, a 429 waits as for a failure and a 503 counts as a server error", arguments: [429, 503])
    func busyWithoutRetryAfter(_ status: Int) throws {
        let cohort = try Cohort()
        let lrs = try FaultServer([.answer(status), .echoIDs()])
        let result = try sync(cohort, lrs)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains(status == 429 ? "the LRS is busy (HTTP 429); waiting 1 s, then retrying (1 of 3)"
                                                     : "the LRS failed (HTTP 503); retrying in 0.1 s (1 of 2)"), "\(result.stderr)")
        #expect(try lrs.requests().count == 2)
        #expect(try marked(cohort, lrs).count == (try cohort.statements(cohort.kari).count))
    }

    @Test("a Retry-After beyond the bound stops at once with 'try again later' (75); endless 429s stop after 3 retries")
    func busyTooLong() throws {
        let cohort = try Cohort()
        let lrs = try FaultServer([.answer(429, headers: ["Retry-After": "3600"])])
        let started = Date()
        let result = try sync(cohort, lrs)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(result.status == 75)
        #expect(result.stderr.contains("the LRS is busy (HTTP 429) and asks to wait 3600 s, longer than Erfaring waits (60 s)"),
                "\(result.stderr)")
        #expect(result.stderr.contains("try again later"))
        #expect(try lrs.requests().count == 1)
        #expect(try marked(cohort, lrs).isEmpty)

        let endless = try FaultServer([.answer(429, headers: ["Retry-After": "0"])])
        let stopped = try sync(cohort, endless)
        #expect(stopped.status == 75)
        #expect(stopped.stderr.contains("still busy (HTTP 429) after 3 retries"), "\(stopped.stderr)")
        #expect(try endless.requests().count == 4)
        #expect(try marked(cohort, endless).isEmpty)
    }

    @Test("a refusal's reason from the server reaches the terminal without its control characters")
    func unsafeReason() throws {
        let cohort = try Cohort()
        let lrs = try FaultServer([.answer(400, body: "{\"detail\":\"bad \\u001b[2J\\u001b]0;title\\u0007 statement\"}")])
        let result = try sync(cohort, lrs)
        #expect(result.status == 1)
        #expect(result.stderr.contains("the LRS refused the request (HTTP 400): bad \u{FFFD}[2J\u{FFFD}]0;title\u{FFFD} statement"),
                "\(result.stderr)")
        #expect(!result.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
    }

    @Test("a hanging LRS: a message within seconds, exit 75, and no CPU burnt while waiting")
    func hanging() throws {
        let cohort = try Cohort()
        let lrs = try FaultServer([.hang])
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "ERFARING_CURRICULUM")
        env.merge(Self.environment.merging(["ERFARING_LRS_TIMEOUT": "3", "ERFARING_LRS_BACKOFF": "0.1",
                                            "ERFARING_HOME": cohort.kari.folder.path]) { _, new in new }) { _, new in new }
        let started = Date()
        let child = try ChildProcess(try Binary.url.path, ["sync", "--lrs", lrs.url, "--curriculum",
                                                           Binary.fixtures.appendingPathComponent("base").path],
                                     environment: env, output: .pipe, error: .pipe)
        let output = try #require(child.output).readToEndInBackground()
        let error = try #require(child.error).readToEndInBackground()
        // Once the request has arrived, the process only waits: measure its CPU time over 2 s.
        while try lrs.requests().isEmpty, Date().timeIntervalSince(started) < 10 { usleep(20_000) }
        let before = try Self.cpuTicks(child.pid)
        usleep(2_000_000)
        let after = try Self.cpuTicks(child.pid)
        let status = try child.wait(seconds: 30)
        let elapsed = Date().timeIntervalSince(started)
        let stderr = String(decoding: error(), as: UTF8.self)
        _ = output()
        let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
        let busy = Double(after - before) / ticksPerSecond
        #expect(busy < 0.2, "the waiting process used \(busy) s of CPU in 2 s")
        #expect(status == 75, "\(stderr)")
        #expect(stderr.contains("no answer within 3 s; retrying in 0.1 s (1 of 1)"), "\(stderr)")
        #expect(stderr.contains("did not answer within 3 s; nothing was lost, try again later"), "\(stderr)")
        #expect(elapsed < 11, "two tries of 3 s each, not minutes: \(elapsed) s")
        #expect(try lrs.requests().count == 2)
        #expect(try marked(cohort, lrs).isEmpty)
    }

    /// User plus system CPU time of a process so far, in clock ticks (/proc/PID/stat fields 14 and 15).
    static func cpuTicks(_ pid: pid_t) throws -> Int {
        let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
        // The command name (field 2) is in parentheses and may hold spaces: count from after it.
        let rest = try #require(stat.range(of: ")", options: .backwards)).upperBound
        let fields = stat[rest...].split(separator: " ")
        return try #require(Int(fields[11])) + (try #require(Int(fields[12])))
    }

    @Test("a 500 is retried with backoff and a note on standard error, then the statements are stored")
    func serverErrorThenStored() throws {
        let cohort = try Cohort()
        let lrs = try FaultServer([.answer(500, body: "oops"), .echoIDs()])
        let result = try sync(cohort, lrs)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("erfaring: the LRS failed (HTTP 500); retrying in 0.1 s (1 of 2)"), "\(result.stderr)")
        #expect(try marked(cohort, lrs).count == (try cohort.statements(cohort.kari).count))
    }

    @Test("an LRS that keeps failing (5xx) after the retries: exit 75, try again later, nothing marked")
    func serverKeepsFailing() throws {
        let cohort = try Cohort()
        let lrs = try FaultServer([.answer(500, body: "oops"), .answer(502), .answer(500)])
        let result = try sync(cohort, lrs)
        #expect(result.status == 75, "\(result.stderr)")
        #expect(result.stderr.contains("try again later"), "\(result.stderr)")
        #expect(try marked(cohort, lrs).isEmpty)
    }

    @Test("ERFARING_LRS_BACKOFF must be at most five waits of 0 to 60 seconds")
    func badBackoff() throws {
        let cohort = try Cohort()
        for value in ["inf", "1,2,3,4,5,6", "-1", "0.1,soon", "nan"] {
            let lrs = try FaultServer([.echoIDs()])
            let result = try sync(cohort, lrs, ["ERFARING_LRS_BACKOFF": value])
            #expect(result.status == 64, "\(value): \(result.stderr)")
            #expect(result.stderr.contains("ERFARING_LRS_BACKOFF must be"), "\(result.stderr)")
            #expect(try lrs.requests().isEmpty)
        }
    }

    @Test("on a terminal, a progress bar on standard error moves with each batch, and notices get lines of their own")
    func progressOnTerminal() throws {
        let cohort = try Cohort()
        let count = try cohort.statements(cohort.kari).count
        let lrs = try FaultServer([.echoIDs(), .answer(500), .echoIDs()])
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "ERFARING_CURRICULUM")
        env.merge(Self.environment.merging(["ERFARING_HOME": cohort.kari.folder.path]) { _, new in new }) { _, new in new }
        let command = [try Binary.url.path, "sync", "--lrs", lrs.url, "--batch", "5", "--curriculum",
                       Binary.fixtures.appendingPathComponent("base").path].map { "'\($0)'" }.joined(separator: " ")
        // `script` gives the program a terminal and copies what it writes there to its own output.
        let child = try ChildProcess("script", ["-qec", command, "/dev/null"], environment: env, output: .pipe)
        let output = try #require(child.output).readToEndInBackground()
        #expect(try child.wait(seconds: 60) == 0)
        let screen = String(decoding: output(), as: UTF8.self)
        // Kari's profile is Norwegian: so are the bar and the result.
        #expect(screen.contains("Sender [....................] 0/\(count)"), "\(screen)")
        #expect(screen.contains("] 5/\(count)"))
        #expect(screen.contains("Sender [####################] \(count)/\(count)"))
        #expect(screen.contains("\r\u{1B}[2Kerfaring: the LRS failed (HTTP 500); retrying in 0.1 s (1 of 2)\r\n"), "\(screen)")
        #expect(screen.contains("Sendte \(count) nye utsagn"))
    }

    @Test("ERFARING_LRS_TIMEOUT must be seconds from 1 to 600")
    func badTimeout() throws {
        let cohort = try Cohort()
        let lrs = try FaultServer([.echoIDs()])
        let result = try sync(cohort, lrs, ["ERFARING_LRS_TIMEOUT": "soon"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("ERFARING_LRS_TIMEOUT must be a number of seconds from 1 to 600, found 'soon'"))
        #expect(try lrs.requests().isEmpty)
    }
}

extension FaultServer.Step {
    fileprivate var isQuiet: Bool {
        if case .storeQuietly = self { return true }
        return false
    }
}
