/// Why talking to a Learning Record Store failed. Every text from the server in these cases has
/// been made safe for a terminal and bounded in length (``ServerText``).
public enum LRSError: Error, CustomStringConvertible, Equatable, Sendable {
    case insecure(String)
    /// An IPv6 address literal such as `[::1]`, which is refused.
    case ipv6Literal(String)
    case noCredentials(host: String)
    /// Only one of `ERFARING_LRS_USER` and `ERFARING_LRS_PASSWORD` is set.
    case incompleteCredentials(set: String, missing: String)
    case unreachable(url: String, detail: String)
    /// No answer within the time-out, after the retries.
    case timedOut(url: String, seconds: Double)
    /// The LRS said no (4xx): the statements or the credentials are wrong; retrying will not help.
    case rejected(status: Int, reason: String)
    /// The LRS refused the credentials (401 or 403); `check` says where they came from.
    case unauthorized(status: Int, reason: String, check: String)
    /// Nothing answers at the statements URL (404): the endpoint is wrong.
    case notFound(url: String)
    /// The LRS kept failing (5xx) after retries.
    case serverError(status: Int, reason: String)
    /// The LRS is busy (429 or 503) and asks for a longer wait than Erfaring gives it, or is
    /// still busy after the retries; `wait` is what it asked for, when it said.
    case busy(status: Int, wait: Int?, limit: Int, retries: Int)
    /// A redirect that is not followed: not 307 or 308, or to another origin (`origin` is the
    /// LRS's own); `location` is nil when the answer had none.
    case redirected(status: Int, location: String?, origin: String)
    /// More same-origin redirects in a row than allowed.
    case tooManyRedirects(limit: Int, location: String)
    /// The answer to a POST does not confirm that the LRS stored the statements.
    case unconfirmed(status: Int, contentType: String, problem: String, excerpt: String)
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
        case .timedOut(let url, let seconds):
            return "the LRS at '\(url)' did not answer within \(Self.seconds(seconds)) s; nothing was lost, try again "
                + "later (ERFARING_LRS_TIMEOUT sets how many seconds to wait)"
        case .rejected(let status, let reason):
            return "the LRS refused the request (HTTP \(status)): \(reason)"
        case .unauthorized(let status, let reason, let check):
            return "the LRS refused the request (HTTP \(status)): \(reason); check the user name and password in \(check)"
        case .notFound(let url):
            return "the LRS has no statements resource at '\(url)' (HTTP 404): check the endpoint; give the LRS's "
                + "xAPI endpoint, such as https://lrs.example.org/xAPI/ (Erfaring adds 'statements' to it)"
        case .serverError(let status, let reason):
            return "the LRS failed (HTTP \(status)) after retries: \(reason); nothing was lost, try again later"
        case .busy(let status, let wait?, let limit, _) where wait > limit:
            return "the LRS is busy (HTTP \(status)) and asks to wait \(wait) s, longer than Erfaring waits "
                + "(\(limit) s); nothing was lost, try again later"
        case .busy(let status, _, _, let retries):
            return "the LRS is still busy (HTTP \(status)) after \(retries) retries; nothing was lost, try again later"
        case .redirected(let status, let location?, let origin):
            return "the LRS redirects the request (HTTP \(status)) to '\(location)', which Erfaring does not follow: "
                + "only a 307 or 308 redirect within \(origin) is followed, so the credentials go nowhere else; "
                + "check the endpoint"
        case .redirected(let status, nil, _):
            return "the LRS answered HTTP \(status), a redirect without a Location; check the endpoint"
        case .tooManyRedirects(let limit, let location):
            return "the LRS redirects more than \(limit) times in a row (last to '\(location)'); check the endpoint"
        case .unconfirmed(let status, let contentType, let problem, let excerpt):
            return "the LRS did not confirm that it stored the statements: \(problem) (HTTP \(status), content type "
                + "'\(contentType)', the answer begins '\(excerpt)'); is the endpoint an xAPI LRS, or a login page in front of it?"
        case .invalidResponse(let detail):
            return "the LRS sent an answer that is not xAPI: \(detail)"
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
