import Foundation

extension LRSClient {
    /// Throws unless `response` confirms that the LRS stored exactly the statements `sent`:
    /// xAPI 1.0.3 answers a POST to the statements resource with 200 and a JSON array of the
    /// stored statements' ids. A 204, another 2xx, a body that is not such an array (an HTML
    /// login page, say), or an array with other ids confirms nothing.
    static func confirm(_ response: HTTPResponse, sent: [String]) throws(LRSError) {
        func unconfirmed(_ problem: String) -> LRSError {
            .unconfirmed(status: response.status,
                         contentType: ServerText.safe(response.header("Content-Type") ?? "none", limit: 80),
                         problem: problem, excerpt: ServerText.excerpt(response.body))
        }
        guard response.status == 200 else {
            throw unconfirmed("it answered HTTP \(response.status) instead of 200 with the ids of the stored statements")
        }
        guard let list = try? JSONSerialization.jsonObject(with: response.body, options: [.fragmentsAllowed]) as? [Any],
              case let ids = list.compactMap({ $0 as? String }), ids.count == list.count else {
            throw unconfirmed("its answer is not a JSON array of statement ids")
        }
        let got = Set(ids.map { $0.lowercased() })
        let expected = Set(sent.map { $0.lowercased() })
        let missing = expected.subtracting(got).count
        let extra = got.subtracting(expected).count
        if missing > 0 || extra > 0 {
            let parts = [missing > 0 ? "\(missing) of the \(expected.count) ids sent are not in it" : nil,
                         extra > 0 ? "it names \(extra) id\(extra == 1 ? "" : "s") that were not sent" : nil]
            throw unconfirmed("its list of stored statements does not match what was sent: "
                + parts.compactMap { $0 }.joined(separator: ", and "))
        }
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
