import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Why talking to a Learning Record Store failed.
public enum LRSError: Error, CustomStringConvertible, Equatable, Sendable {
    case insecure(String)
    /// An IPv6 address literal such as `[::1]`, which URLSession on Linux cannot reach.
    case ipv6Literal(String)
    case noCredentials(host: String)
    /// Only one of `ERFARING_LRS_USER` and `ERFARING_LRS_PASSWORD` is set.
    case incompleteCredentials(set: String, missing: String)
    case unreachable(url: String, detail: String)
    /// The LRS said no (4xx): the statements or the credentials are wrong; retrying will not help.
    case rejected(status: Int, reason: String)
    /// The LRS refused the credentials (401 or 403); `check` says where they came from.
    case unauthorized(status: Int, reason: String, check: String)
    /// Nothing answers at the statements URL (404): the endpoint is wrong.
    case notFound(url: String)
    /// The LRS kept failing (5xx) after retries.
    case serverError(status: Int, reason: String)
    case invalidResponse(String)

    public var description: String {
        switch self {
        case .insecure(let url):
            return "'\(url)' is not allowed: use HTTPS (plain HTTP only to 127.0.0.1 or localhost), "
                + "and give credentials in the environment or ~/.netrc, never in the URL"
        case .ipv6Literal(let url):
            return "'\(url)': IPv6 addresses such as [::1] cannot be used; write the LRS's host name, "
                + "or http://127.0.0.1:PORT/ or http://localhost:PORT/ for one on this machine"
        case .noCredentials(let host):
            return "no credentials for '\(host)': set ERFARING_LRS_USER and ERFARING_LRS_PASSWORD, "
                + "or add 'machine \(host) login … password …' to ~/.netrc (never on the command line)"
        case .incompleteCredentials(let set, let missing):
            return "\(set) is set but \(missing) is not: set both, or neither to use ~/.netrc"
        case .unreachable(let url, let detail):
            return "cannot reach the LRS at '\(url)' (\(detail)); nothing was lost, the next sync sends what is missing"
        case .rejected(let status, let reason):
            return "the LRS refused the request (HTTP \(status)): \(reason)"
        case .unauthorized(let status, let reason, let check):
            return "the LRS refused the request (HTTP \(status)): \(reason); check the user name and password in \(check)"
        case .notFound(let url):
            return "the LRS has no statements resource at '\(url)' (HTTP 404): check the endpoint; give the LRS's "
                + "xAPI endpoint, such as https://lrs.example.org/xAPI/ (Erfaring adds 'statements' to it)"
        case .serverError(let status, let reason):
            return "the LRS failed (HTTP \(status)) after retries: \(reason); nothing was lost, try again later"
        case .invalidResponse(let detail):
            return "the LRS sent an answer that is not xAPI: \(detail)"
        }
    }
}

/// A minimal xAPI 1.0.3 client: POST and GET the endpoint's `statements` resource with Basic
/// authentication and the version header, retrying with backoff on time-outs and server errors.
public struct LRSClient: Sendable {
    public var endpoint: URL
    public var user: String
    public var password: String
    /// Where the credentials came from, named when the LRS refuses them.
    public var credentialSource: String
    public var timeout: TimeInterval
    /// Waits before each retry, in seconds; its count is the number of retries.
    public var backoff: [TimeInterval]

    public init(endpoint: URL, user: String, password: String,
                credentialSource: String = "ERFARING_LRS_USER and ERFARING_LRS_PASSWORD, or ~/.netrc",
                timeout: TimeInterval = 30, backoff: [TimeInterval] = [0.5, 2, 5]) throws(LRSError) {
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
            && (a.port ?? (a.scheme == "https" ? 443 : 80)) == (b.port ?? (b.scheme == "https" ? 443 : 80))
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

    /// Sends statements in one request; returns when the LRS has stored them.
    public func post(_ statements: [XAPIStatement]) throws(LRSError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body: Data
        do {
            body = try encoder.encode(statements)
        } catch {
            throw .invalidResponse("cannot encode statements: \(error)")
        }
        var request = makeRequest(statementsURL)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = body
        _ = try send(request)
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
            let data = try send(makeRequest(url))
            let page: Page
            do {
                page = try JSONDecoder().decode(Page.self, from: data)
            } catch {
                throw .invalidResponse(String(describing: error))
            }
            statements += page.statements.compactMap(\.statement)
            unreadable += page.statements.count { $0.statement == nil }
            pages += 1
            if let more = page.more, !more.isEmpty, !page.statements.isEmpty {
                // Credentials go only where they were meant to: the `more` link must stay on the LRS.
                guard let link = URL(string: more, relativeTo: endpoint)?.absoluteURL, Self.sameOrigin(link, endpoint) else {
                    throw .invalidResponse("its 'more' link '\(more)' leads to another server")
                }
                next = link
            } else {
                next = nil
            }
        }
        return Fetched(statements: statements, unreadable: unreadable)
    }

    private func makeRequest(_ url: URL) -> URLRequest {
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.setValue("1.0.3", forHTTPHeaderField: "X-Experience-API-Version")
        let token = Data("\(user):\(password)".utf8).base64EncodedString()
        request.setValue("Basic \(token)", forHTTPHeaderField: "Authorization")
        return request
    }

    /// Sends with retries: time-outs, lost connections and 5xx are retried; 4xx is final.
    private func send(_ request: URLRequest) throws(LRSError) -> Data {
        var attempt = 0
        while true {
            let outcome = Self.perform(request)
            switch outcome {
            case .success(let status, let data) where (200..<300).contains(status):
                return data
            case .success(404, _):
                throw .notFound(url: request.url.map { Self.withoutQuery($0) } ?? "")
            case .success(let status, let data) where status == 401 || status == 403:
                throw .unauthorized(status: status, reason: Self.reason(data), check: credentialSource)
            case .success(let status, let data) where (400..<500).contains(status):
                throw .rejected(status: status, reason: Self.reason(data))
            case .success(let status, let data):
                if attempt >= backoff.count { throw .serverError(status: status, reason: Self.reason(data)) }
            case .failure(let detail):
                if attempt >= backoff.count {
                    throw .unreachable(url: request.url?.absoluteString ?? "", detail: detail)
                }
            }
            Thread.sleep(forTimeInterval: backoff[attempt])
            attempt += 1
        }
    }

    static func withoutQuery(_ url: URL) -> String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return url.absoluteString }
        components.query = nil
        return components.url?.absoluteString ?? url.absoluteString
    }

    private enum Outcome {
        case success(Int, Data)
        case failure(String)
    }

    private final class Box: @unchecked Sendable {
        var outcome: Outcome = .failure("no answer")
    }

    private static func perform(_ request: URLRequest) -> Outcome {
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let session = URLSession(configuration: .ephemeral)
        let task = session.dataTask(with: request) { data, response, error in
            if let error {
                box.outcome = .failure(error.localizedDescription)
            } else if let http = response as? HTTPURLResponse {
                box.outcome = .success(http.statusCode, data ?? Data())
            } else {
                box.outcome = .failure("no HTTP response")
            }
            done.signal()
        }
        task.resume()
        done.wait()
        session.finishTasksAndInvalidate()
        return box.outcome
    }

    /// The LRS's own words: `detail`, `message` or `error` from a JSON body, else the text.
    static func reason(_ data: Data) -> String {
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            for key in ["detail", "message", "error"] {
                if let text = object[key] as? String { return text }
                if let list = object[key] as? [[String: Any]] {
                    return list.prefix(3).map { item in
                        let location = (item["loc"] as? [Any])?.map { "\($0)" }.joined(separator: ".") ?? ""
                        return "\(location): \(item["msg"] ?? "")"
                    }.joined(separator: "; ")
                }
            }
        }
        let text = String(decoding: data.prefix(500), as: UTF8.self)
        return text.isEmpty ? "no reason given" : text
    }
}

/// Credentials for an LRS: `ERFARING_LRS_USER`/`ERFARING_LRS_PASSWORD`, else a netrc file
/// (`$NETRC`, else `~/.netrc`). Never from the command line, where other users could see them.
public enum LRSCredentials {
    public struct Found: Sendable {
        public var user: String
        public var password: String
        /// Where they came from, for the message when the LRS refuses them.
        public var source: String
    }

    /// The credentials for `host`. An empty variable counts as unset; when only one of the two
    /// variables is set, that is an error rather than a silent fall-back to netrc.
    public static func find(host: String, environment: [String: String]) throws(LRSError) -> Found {
        let user = environment["ERFARING_LRS_USER"].flatMap { $0.isEmpty ? nil : $0 }
        let password = environment["ERFARING_LRS_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
        switch (user, password) {
        case let (user?, password?):
            return Found(user: user, password: password, source: "ERFARING_LRS_USER and ERFARING_LRS_PASSWORD")
        case (_?, nil):
            throw .incompleteCredentials(set: "ERFARING_LRS_USER", missing: "ERFARING_LRS_PASSWORD")
        case (nil, _?):
            throw .incompleteCredentials(set: "ERFARING_LRS_PASSWORD", missing: "ERFARING_LRS_USER")
        case (nil, nil):
            break
        }
        let path = environment["NETRC"] ?? environment["HOME"].map { $0 + "/.netrc" }
        guard let path, let text = try? String(contentsOfFile: path, encoding: .utf8),
              let found = netrc(text, host: host) else { throw .noCredentials(host: host) }
        return Found(user: found.user, password: found.password,
                     source: "the 'machine \(host)' (or 'default') entry of \(path)")
    }

    /// The login and password of `machine host` (or `default`) in netrc text.
    public static func netrc(_ text: String, host: String) -> (user: String, password: String)? {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).map(String.init)
        var index = 0
        var fallback: (String, String)?
        while index < tokens.count {
            let token = tokens[index]
            guard token == "machine" || token == "default" else {
                index += 1
                continue
            }
            let machine = token == "machine" && index + 1 < tokens.count ? tokens[index + 1] : nil
            index += machine == nil ? 1 : 2
            var login: String?
            var password: String?
            while index < tokens.count, tokens[index] != "machine", tokens[index] != "default" {
                if tokens[index] == "login", index + 1 < tokens.count { login = tokens[index + 1]; index += 2 }
                else if tokens[index] == "password", index + 1 < tokens.count { password = tokens[index + 1]; index += 2 }
                else { index += 1 }
            }
            if let login, let password {
                if machine == host { return (login, password) }
                if machine == nil { fallback = (login, password) }
            }
        }
        return fallback
    }
}
