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
