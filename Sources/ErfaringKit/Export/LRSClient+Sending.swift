import Foundation

extension LRSClient {
    /// POSTs `body` to `url` (GETs it when `body` is nil) and returns the 2xx answer: following
    /// same-origin 307 and 308 redirects, waiting out 429 and 503, retrying failures and 5xx.
    func send(_ url: URL, body: Data?) throws(LRSError) -> HTTPResponse {
        let transport = makeTransport(timeout)
        var target = url
        var redirects = 0
        var failures = 0
        var waits = 0
        while true {
            let outcome = transport.perform(url: target, headers: headers, body: body,
                                            noProxy: endpoint.host.map { Self.isLoopback($0.lowercased()) } ?? false)
            let response: HTTPResponse
            switch outcome {
            case .success(let answer):
                response = answer
            case .failure(.tooLarge(let limit)):
                throw .invalidResponse("its answer is longer than \(limit >> 20) MB")
            case .failure(let failure):
                guard failures < backoff.count else {
                    if case .timedOut(let seconds) = failure { throw .timedOut(url: Self.withoutQuery(target), seconds: seconds) }
                    throw .unreachable(url: Self.withoutQuery(target), detail: Self.describe(failure))
                }
                notice(.retrying(problem: "the LRS at '\(Self.withoutQuery(target))': \(Self.describe(failure))",
                                 seconds: backoff[failures], retry: failures + 1, of: backoff.count))
                Thread.sleep(forTimeInterval: backoff[failures])
                failures += 1
                continue
            }
            switch response.status {
            case 200..<300:
                return response
            case 300..<400:
                target = try redirect(response, from: target, count: &redirects)
            case 404:
                throw .notFound(url: Self.withoutQuery(target))
            case 401, 403:
                throw .unauthorized(status: response.status, reason: Self.reason(response.body), check: credentialSource)
            case 429, 503:
                let asked = Self.retryAfter(response.header("Retry-After"), now: Date())
                if let asked, asked > longestWait {
                    throw .busy(status: response.status, wait: asked, limit: longestWait, retries: waits)
                }
                if asked == nil, response.status == 503 {
                    fallthrough  // a 503 that names no time is a server error like any other
                }
                guard waits < busyRetries else {
                    throw .busy(status: response.status, wait: asked, limit: longestWait, retries: waits)
                }
                let seconds = asked ?? Int((backoff[safe: waits] ?? 1).rounded(.up))
                notice(.busy(status: response.status, seconds: seconds, askedFor: asked != nil, retry: waits + 1, of: busyRetries))
                Thread.sleep(forTimeInterval: TimeInterval(seconds))
                waits += 1
            case 500..<600:
                guard failures < backoff.count else {
                    throw .serverError(status: response.status, reason: Self.reason(response.body))
                }
                notice(.retrying(problem: "the LRS failed (HTTP \(response.status))", seconds: backoff[failures],
                                 retry: failures + 1, of: backoff.count))
                Thread.sleep(forTimeInterval: backoff[failures])
                failures += 1
            default:
                throw .rejected(status: response.status, reason: Self.reason(response.body))
            }
        }
    }

    /// Where a redirect leads, when it may be followed: a 307 or 308 (which keep the method and
    /// the body) within the endpoint's origin, at most ``redirectLimit`` in a row.
    private func redirect(_ response: HTTPResponse, from url: URL, count: inout Int) throws(LRSError) -> URL {
        guard let location = response.header("Location"), !location.isEmpty else {
            throw .redirected(status: response.status, location: nil, origin: origin)
        }
        let shown = ServerText.safe(location)
        guard [307, 308].contains(response.status),
              let next = URL(string: location, relativeTo: url)?.absoluteURL, Self.sameOrigin(next, endpoint) else {
            throw .redirected(status: response.status, location: shown, origin: origin)
        }
        count += 1
        guard count <= redirectLimit else { throw .tooManyRedirects(limit: redirectLimit, location: shown) }
        return next
    }

    private var headers: [String: String] {
        let token = Data("\(user):\(password)".utf8).base64EncodedString()
        return ["Authorization": "Basic \(token)", "X-Experience-API-Version": "1.0.3",
                "Content-Type": "application/json", "Accept": "application/json"]
    }

    private static func describe(_ failure: HTTPFailure) -> String {
        switch failure {
        case .timedOut(let seconds):
            return "no answer within \(seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)) s"
        case .tooLarge(let limit):
            return "an answer longer than \(limit >> 20) MB"
        case .failed(let detail):
            return ServerText.safe(detail)
        }
    }

    static func withoutQuery(_ url: URL) -> String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return url.absoluteString }
        components.query = nil
        return ServerText.safe(components.url?.absoluteString ?? url.absoluteString)
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
