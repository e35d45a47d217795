@testable import ErfaringKit
import Foundation
import Testing

@Suite("Export safety")
struct ExportSafetyTests {
    @Test("plain HTTP only to loopback, never with credentials in the URL", arguments: [
        ("https://lrs.example.org", true), ("http://127.0.0.1:8100", true), ("http://localhost:8100", true),
        ("http://[::1]:8100", true), ("http://lrs.example.org", false), ("http://127.evil.example", false),
        ("http://127.0.0.1.example.org", false), ("https://user:pw@lrs.example.org", false), ("ftp://127.0.0.1", false),
    ])
    func allowed(_ url: String, _ expected: Bool) throws {
        #expect(LRSClient.isAllowed(try #require(URL(string: url))) == expected)
    }

    @Test("credentials follow 'more' links only on the same origin")
    func sameOrigin() throws {
        let endpoint = try #require(URL(string: "http://127.0.0.1:8100/xAPI/statements"))
        #expect(LRSClient.sameOrigin(endpoint, try #require(URL(string: "/xAPI/statements?page=2", relativeTo: endpoint)?.absoluteURL)))
        #expect(!LRSClient.sameOrigin(endpoint, try #require(URL(string: "http://127.0.0.1:8101/steal"))))
        #expect(!LRSClient.sameOrigin(endpoint, try #require(URL(string: "http://localhost:8100/steal"))))
    }

    @Test("Retry-After: seconds or an HTTP date, counted from now; unreadable is nil", arguments: [
        ("120", 120), (" 5 ", 5), ("0", 0), ("Wed, 21 Oct 2015 07:28:30 GMT", 30), ("Wednesday, 21-Oct-15 07:28:30 GMT", 30),
        ("Wed Oct 21 07:28:30 2015", 30), ("Wed, 21 Oct 2015 07:27:00 GMT", 0), ("-3", nil), ("soon", nil), ("", nil),
        ("99999999999999999999", Int.max / 2),
    ] as [(String, Int?)])
    func retryAfter(_ value: String, _ seconds: Int?) {
        let now = Date(timeIntervalSince1970: 1_445_412_480)  // Wed, 21 Oct 2015 07:28:00 GMT
        #expect(LRSClient.retryAfter(value, now: now) == seconds)
    }

    @Test("an answer to a POST lists the ids it stored; ids left out are returned for reading back, anything else is refused")
    func answers() throws {
        let sent = ["AAAAAAAA-0000-4000-8000-000000000001", "aaaaaaaa-0000-4000-8000-000000000002"]
        func answer(_ status: Int, _ body: String, type: String = "application/json") -> HTTPResponse {
            HTTPResponse(status: status, headers: ["content-type": type], body: Data(body.utf8))
        }
        // Ids compare without regard to case; an LRS may list fewer (those it already held), or none with 204.
        #expect(try LRSClient.unlisted(answer(200, #"["aaaaaaaa-0000-4000-8000-000000000001","AAAAAAAA-0000-4000-8000-000000000002"]"#),
                                       sent: sent).isEmpty)
        #expect(try LRSClient.unlisted(answer(200, #"["aaaaaaaa-0000-4000-8000-000000000002"]"#), sent: sent) == [sent[0]])
        #expect(try LRSClient.unlisted(answer(200, "[]"), sent: sent) == sent)
        #expect(try LRSClient.unlisted(answer(204, ""), sent: sent) == sent)
        let refused: [(HTTPResponse, String)] = [
            (answer(200, "<html>\u{1B}]8;;x\u{7}Sign in</html>", type: "text/html"), "not a JSON array"),
            (answer(200, #"["aaaaaaaa-0000-4000-8000-000000000001", 7]"#), "not a JSON array"),
            (answer(200, #"{"ids":[]}"#), "not a JSON array"),
            (answer(200, #"["bbbbbbbb-0000-4000-8000-000000000001"]"#), "it names 1 id that was not sent"),
            (answer(201, "[]"), "answered HTTP 201 instead of 200"),
        ]
        for (response, phrase) in refused {
            #expect {
                _ = try LRSClient.unlisted(response, sent: sent)
            } throws: { error in
                let text = (error as? LRSError)?.description ?? ""
                return text.contains(phrase) && !text.unicodeScalars.contains { $0.value < 0x20 }
            }
        }
    }

    @Test("text from a server is made safe and short before it reaches a message")
    func serverText() {
        #expect(ServerText.safe("a\u{1B}[2Jb\nc\td\u{202E}e") == "a\u{FFFD}[2Jb c d\u{FFFD}e")
        #expect(ServerText.safe("a\u{2028}b\u{2029}c") == "a b c", "Unicode line and paragraph separators break no line")
        #expect(ServerText.safe(String(repeating: "x", count: 300)).count == 201)
        #expect(ServerText.excerpt(Data(repeating: 0x41, count: 10_000), limit: 10) == "AAAAAAAAAA…")
        #expect(ServerText.excerpt(Data()) == "(empty)")
        #expect(ServerText.excerpt(Data([0xFF, 0xFE, 0x41])) == "\u{FFFD}\u{FFFD}A")
    }

    @Test("the statements URL is the same however the endpoint is written", arguments: [
        "http://127.0.0.1:8100", "http://127.0.0.1:8100/", "http://127.0.0.1:8100/xAPI/statements",
    ])
    func statementsURL(_ text: String) throws {
        let client = try LRSClient(endpoint: try #require(URL(string: text)), user: "u", password: "p")
        #expect(client.statementsURL.absoluteString == "http://127.0.0.1:8100/xAPI/statements")
    }

    @Test("netrc: the machine's entry, else the default")
    func netrc() {
        let text = "machine other login a password b\nmachine lrs.example.org login kari password hemmelig\ndefault login d password e\n"
        #expect(LRSCredentials.netrc(text, host: "lrs.example.org")! == ("kari", "hemmelig"))
        #expect(LRSCredentials.netrc(text, host: "unknown")! == ("d", "e"))
        #expect(LRSCredentials.netrc("machine x login y", host: "x") == nil)
    }

    @Test("CSV quotes what it must, guards formulas, and starts with a byte-order mark")
    func csv() {
        let csv = CSVWriter.render(header: ["a", "b"], rows: [["Kåre, \"K\"", "=SUM(A1)"], ["-3", "linje\nto"]])
        #expect(csv == "\u{FEFF}a,b\r\n\"Kåre, \"\"K\"\"\",'=SUM(A1)\r\n-3,\"linje\nto\"\r\n")
    }

    @Test("an export with control characters or impossible numbers is refused for a report")
    func exportProblems() throws {
        var export = try JSONDecoder().decode(ProgressExport.self, from: Data("""
            {"schema":"erfaring-export/1","exportedAt":0,"course":{"id":"c","title":"C"},
             "learner":{"id":"00000001-0000-4000-8000-000000000001","language":"nb"},
             "modules":[{"id":"m","title":"M","lessonsDone":1,"lessonsTotal":2,"attempts":1,"bestScore":0.5}],
             "dueReviews":0,"assignments":[]}
            """.utf8))
        #expect(export.problems().isEmpty)
        export.learner.name = "Mallory\u{1B}[31m"
        #expect(export.problems() == ["it contains control characters"])
        export.learner.name = nil
        export.modules[0].bestScore = 7.5
        #expect(export.problems().count == 1)
    }

    @Test("name-based statement ids are RFC 4122 version 5 and stable")
    func uuid() {
        // RFC 4122 appendix-style check: the DNS namespace and "www.example.com".
        let dns = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
        #expect(NameBasedUUID.make(namespace: dns, name: "www.example.com").uuidString.lowercased()
                == "2ed6657d-e927-568b-95e1-2665a8aea6a2")
    }

    @Test("did you mean counts a swap of neighbours as one edit")
    func transposition() {
        #expect(TextChecks.suggestion(for: "hjlep", among: ["hjem", "hjelp"]) == "hjelp")
    }
}
