import Foundation

/// A minimal xAPI 1.0.3 client: POST and GET the endpoint's `statements` resource with Basic
/// authentication and the version header.
///
/// Credentials go only to the endpoint's origin (scheme, host and port): a redirect is followed
/// only when it is a 307 or 308 within that origin, and a `more` link only when it stays there.
/// A POST counts as stored only when the LRS answers 200 with the ids of the statements sent, and
/// any it leaves out (or all, after a 204) can be read back by id.
/// Time-outs, lost connections and 5xx are retried with backoff; 429 and 503 wait as long as
/// `Retry-After` asks, within ``longestWait``.
public struct LRSClient: Sendable {
    public var endpoint: URL
    public var user: String
    public var password: String
    /// Where the credentials came from, named when the LRS refuses them.
    public var credentialSource: String
    /// Seconds allowed to connect, and seconds an open request may stay without an answer.
    public var timeout: TimeInterval
    /// Waits before each retry after a failure, in seconds; its count is the number of retries.
    public var backoff: [TimeInterval]
    /// The longest wait, in seconds, that a 429 or 503 may ask for with `Retry-After`; a longer
    /// one stops the request at once ("try again later").
    public var longestWait: Int = 60
    /// How many times a 429 or 503 is retried.
    public var busyRetries: Int = 3
    /// How many same-origin 307 or 308 redirects in a row are followed.
    public var redirectLimit: Int = 3
    /// Told of each wait and retry as it begins, so a person waiting knows why.
    public var notice: @Sendable (LRSNotice) -> Void = { _ in }
    /// Makes the transport for a request with the given time-out, in seconds: libcurl unless the
    /// caller passes another.
    public var makeTransport: @Sendable (TimeInterval) -> any HTTPExchange = { HTTPTransport(timeout: $0) }

    public init(endpoint: URL, user: String, password: String,
                credentialSource: String = "ERFARING_LRS_USER and ERFARING_LRS_PASSWORD, or ~/.netrc",
                timeout: TimeInterval = 10, backoff: [TimeInterval] = [0.5, 2, 5]) throws(LRSError) {
        guard Self.isAllowed(endpoint) else { throw .insecure(endpoint.absoluteString) }
        if endpoint.host?.contains(":") == true { throw .ipv6Literal(endpoint.absoluteString) }
        self.endpoint = endpoint
        self.user = user
        self.password = password
        self.credentialSource = credentialSource
        self.timeout = timeout
        self.backoff = backoff
    }

    /// HTTPS, or HTTP to a loopback address; never a URL carrying a user or password.
    public static func isAllowed(_ url: URL) -> Bool {
        guard url.user == nil, url.password == nil, let host = url.host?.lowercased() else { return false }
        switch url.scheme?.lowercased() {
        case "https": return true
        case "http": return isLoopback(host)
        default: return false
        }
    }

    /// `localhost`, `::1`, or a dotted IPv4 address in 127.0.0.0/8.
    static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" || host == "[::1]" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber) && (Int(part) ?? 256) <= 255
        }
    }

    /// Whether two URLs share scheme, host and port, so credentials may go to both.
    static func sameOrigin(_ a: URL, _ b: URL) -> Bool {
        a.scheme?.lowercased() == b.scheme?.lowercased() && a.host?.lowercased() == b.host?.lowercased()
            && port(a) == port(b)
    }

    private static func port(_ url: URL) -> Int {
        url.port ?? (url.scheme?.lowercased() == "https" ? 443 : 80)
    }

    /// The endpoint's origin as text, `http://127.0.0.1:8100`, for messages.
    var origin: String {
        "\(endpoint.scheme?.lowercased() ?? "")://\(endpoint.host?.lowercased() ?? ""):\(Self.port(endpoint))"
    }

    /// The statements resource: as xAPI says, the endpoint with `statements` added
    /// (`https://lrs.example.org/xAPI/` → `…/xAPI/statements`). A bare host (no path, or `/`) gets
    /// `/xAPI/statements`, and an endpoint that already ends in `/statements` is used as it is.
    public var statementsURL: URL {
        guard var components = URLComponents(url: endpoint, resolvingAgainstBaseURL: false) else { return endpoint }
        var path = components.percentEncodedPath
        while path.hasSuffix("//") { path.removeLast() }
        if path.isEmpty || path == "/" {
            path = "/xAPI/statements"
        } else if path.hasSuffix("/statements") || path.hasSuffix("/statements/") {
            while path.hasSuffix("/") { path.removeLast() }
        } else {
            path += path.hasSuffix("/") ? "statements" : "/statements"
        }
        components.percentEncodedPath = path
        components.query = nil
        components.fragment = nil
        return components.url ?? endpoint
    }

    /// Sends statements in one request; returns only when the LRS has confirmed that it holds
    /// every one of them (200 with their ids, or, for those it leaves out or for a 204, each
    /// read back by id), and throws otherwise.
    public func post(_ statements: [XAPIStatement]) throws(LRSError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body: Data
        do {
            body = try encoder.encode(statements)
        } catch {
            throw .invalidResponse("cannot encode statements: \(error)")
        }
        let response = try send(statementsURL, body: body)
        // Ids left out of the answer (already stored before, as an LRS may say) count only when
        // the LRS shows them when asked.
        let unlisted = try Self.unlisted(response, sent: statements.map(\.id))
        var absent = 0
        for id in unlisted where try !holds(id) { absent += 1 }
        if absent > 0 {
            throw Self.unconfirmed(response, "\(absent) of the \(statements.count) statements sent are neither in its "
                + "answer nor found in the LRS when read back")
        }
    }

    /// What ``fetchAll()`` read: the statements in the shape Erfaring writes, and how many others
    /// (from other tools: an `mbox` actor, an object without a definition, …) it could not read.
    public struct Fetched: Sendable {
        public var statements: [XAPIStatement]
        public var unreadable: Int
    }

    /// One statement of a page, or nil when it is not in the shape Erfaring writes, so one odd
    /// statement from another tool never stops the rest from being read.
    private struct Lenient: Decodable {
        var statement: XAPIStatement?

        init(from decoder: any Decoder) throws {
            statement = try? XAPIStatement(from: decoder)
        }
    }

    /// Every statement the LRS holds (following `more` links), each decoded on its own.
    public func fetchAll() throws(LRSError) -> Fetched {
        struct Page: Decodable {
            var statements: [Lenient]
            var more: String?
        }
        var statements: [XAPIStatement] = []
        var unreadable = 0
        var next: URL? = URL(string: statementsURL.absoluteString + "?limit=500")
        var pages = 0
        while let url = next, pages < 10_000 {
            let response = try send(url, body: nil)
            let page: Page
            do {
                page = try JSONDecoder().decode(Page.self, from: response.body)
            } catch {
                throw .invalidResponse("not a page of statements (HTTP \(response.status), content type "
                    + "'\(ServerText.safe(response.header("Content-Type") ?? "none", limit: 80))', "
                    + "the answer begins '\(ServerText.excerpt(response.body))')")
            }
            statements += page.statements.compactMap(\.statement)
            unreadable += page.statements.count { $0.statement == nil }
            pages += 1
            if let more = page.more, !more.isEmpty, !page.statements.isEmpty {
                // Credentials go only where they were meant to: the `more` link must stay on the LRS.
                guard let link = URL(string: more, relativeTo: endpoint)?.absoluteURL, Self.sameOrigin(link, endpoint) else {
                    throw .invalidResponse("its 'more' link '\(ServerText.safe(more))' leads to another server")
                }
                next = link
            } else {
                next = nil
            }
        }
        return Fetched(statements: statements, unreadable: unreadable)
    }
}
