/// A wait or retry that ``LRSClient`` is about to begin, for the person waiting.
public enum LRSNotice: Equatable, Sendable, CustomStringConvertible {
    /// The LRS answered 429 or 503 and asked (or, without `Retry-After`, was given) `seconds`.
    case busy(status: Int, seconds: Int, askedFor: Bool, retry: Int, of: Int)
    /// A request failed (`problem`) and is tried again after `seconds`.
    case retrying(problem: String, seconds: Double, retry: Int, of: Int)

    public var description: String {
        switch self {
        case .busy(let status, let seconds, true, let retry, let of):
            return "the LRS is busy (HTTP \(status)) and asks to wait \(seconds) s; retrying (\(retry) of \(of))"
        case .busy(let status, let seconds, false, let retry, let of):
            return "the LRS is busy (HTTP \(status)); waiting \(seconds) s, then retrying (\(retry) of \(of))"
        case .retrying(let problem, let seconds, let retry, let of):
            let wait = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
            return "\(problem); retrying in \(wait) s (\(retry) of \(of))"
        }
    }
}
