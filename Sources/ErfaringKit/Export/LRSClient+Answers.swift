import Foundation

extension LRSClient {
    /// The ids of `sent` that `response` does not list as stored, or throws when the answer
    /// cannot be an LRS's answer to this POST. xAPI 1.0.3 answers a POST to the statements
    /// resource with 200 and a JSON array of ids; an LRS that already holds some of the statements
    /// leaves their ids out (Ralph does), or answers 204 when it holds them all. Anything else
    /// (another status, a body that is not such an array, such as an HTML login page, or ids that
    /// were not sent) confirms nothing.
    static func unlisted(_ response: HTTPResponse, sent: [String]) throws(LRSError) -> [String] {
        if response.status == 204 { return sent }
        guard response.status == 200 else {
            throw unconfirmed(response, "it answered HTTP \(response.status) instead of 200 with the ids of the stored statements")
        }
        guard let list = try? JSONSerialization.jsonObject(with: response.body, options: [.fragmentsAllowed]) as? [Any],
              case let ids = list.compactMap({ $0 as? String }), ids.count == list.count else {
            throw unconfirmed(response, "its answer is not a JSON array of statement ids")
        }
        let got = Set(ids.map { $0.lowercased() })
        let extra = got.subtracting(sent.map { $0.lowercased() }).count
        if extra > 0 {
            throw unconfirmed(response, "its list of stored statements does not match what was sent: it names \(extra) "
                + (extra == 1 ? "id that was" : "ids that were") + " not sent")
        }
        return sent.filter { !got.contains($0.lowercased()) }
    }

    /// The error for an answer that confirms nothing, naming what came back.
    static func unconfirmed(_ response: HTTPResponse, _ problem: String) -> LRSError {
        .unconfirmed(status: response.status,
                     contentType: ServerText.safe(response.header("Content-Type") ?? "none", limit: 80),
                     problem: problem, excerpt: ServerText.excerpt(response.body))
    }

    /// Whether the LRS holds a statement with `id`, read back with xAPI's single-statement GET
    /// (`statements?statementId=…`): 200 with that statement (or, as Ralph answers, a page of
    /// statements holding it), not 404 or an empty page.
    func holds(_ id: String) throws(LRSError) -> Bool {
        guard var components = URLComponents(url: statementsURL, resolvingAgainstBaseURL: false) else { return false }
        components.queryItems = [URLQueryItem(name: "statementId", value: id)]
        guard let url = components.url else { return false }
        let response: HTTPResponse
        do {
            response = try send(url, body: nil)
        } catch .notFound {
            return false
        }
        // xAPI answers with the statement; Ralph with a page holding it.
        let object = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any]
        let found = object.map { [$0] + (($0["statements"] as? [[String: Any]]) ?? []) } ?? []
        return found.contains { ($0["id"] as? String)?.lowercased() == id.lowercased() }
    }

    /// The seconds a `Retry-After` value asks for: a number of seconds, or an HTTP date
    /// (`Wed, 21 Oct 2015 07:28:00 GMT`) counted from `now`, a past date being 0. Nil when
    /// absent or unreadable.
    static func retryAfter(_ value: String?, now: Date) -> Int? {
        guard let text = value?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if text.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return text.count > 9 ? Int.max / 2 : Int(text)
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) {
                let seconds = date.timeIntervalSince(now).rounded(.up)
                return seconds <= 0 ? 0 : Int(min(seconds, Double(Int.max / 2)))
            }
        }
        return nil
    }

    /// The LRS's own words, made safe for a terminal: `detail`, `message` or `error` from a
    /// JSON body, else the start of the text.
    static func reason(_ data: Data) -> String {
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            for key in ["detail", "message", "error"] {
                if let text = object[key] as? String { return ServerText.safe(text, limit: 500) }
                if let list = object[key] as? [[String: Any]] {
                    return ServerText.safe(list.prefix(3).map { item in
                        let location = (item["loc"] as? [Any])?.map { "\($0)" }.joined(separator: ".") ?? ""
                        return "\(location): \(item["msg"] ?? "")"
                    }.joined(separator: "; "), limit: 500)
                }
            }
        }
        return data.isEmpty ? "no reason given" : ServerText.excerpt(data, limit: 300)
    }
}
