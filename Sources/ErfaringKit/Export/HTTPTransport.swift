import CCurl
import Foundation

/// What an HTTP server answered: the status, the headers of the final response (names in lower
/// case) and the body.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The value of a header, whatever the case of its name.
    public func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// Why an HTTP exchange did not produce an answer.
public enum HTTPFailure: Error, Equatable, Sendable {
    /// Nothing came within the time-out: no connection, or a connection that went quiet.
    case timedOut(seconds: Double)
    /// The answer was longer than the limit.
    case tooLarge(limit: Int)
    /// No connection (refused, no route, unknown host, TLS failure) or a connection lost.
    case failed(String)
}

/// One HTTP request through libcurl's easy interface, which waits in `poll` (no busy waiting)
/// and never follows a redirect: a 3xx comes back as it is, for the caller to judge.
///
/// URLSession on Linux is not used here: while it waits for an answer it keeps a write source on
/// the socket that fires without pause, so a hanging server costs most of a core, and with a
/// completion handler it follows redirects to any host, credentials included.
public struct HTTPTransport: HTTPExchange {
    /// Seconds allowed to connect, and seconds a connection may stay silent before giving up.
    public var timeout: Double
    /// The longest body read; a longer answer is an error rather than memory without end.
    public var bodyLimit: Int = 64 << 20

    public init(timeout: Double) {
        self.timeout = timeout
    }

    private static let setUp: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    /// POSTs `body` to `url` with `headers`, or GETs it when `body` is nil; `noProxy` talks to
    /// the host directly even when `https_proxy` or `http_proxy` is set (for loopback).
    public func perform(url: URL, headers: [String: String], body: Data?, noProxy: Bool) -> Result<HTTPResponse, HTTPFailure> {
        guard Self.setUp, let handle = curl_easy_init() else { return .failure(.failed("libcurl could not start")) }
        defer { curl_easy_cleanup(handle) }
        let collector = Collector(limit: bodyLimit, silence: timeout)
        let context = Unmanaged.passUnretained(collector).toOpaque()
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        defer { errorBuffer.deallocate() }
        var list: UnsafeMutablePointer<curl_slist>?
        // `Expect:` stops libcurl from waiting for a `100 Continue` before a large body.
        for line in headers.sorted(by: { $0.key < $1.key }).map({ "\($0.key): \($0.value)" }) + ["Expect:"] {
            list = curl_slist_append(list, line)
        }
        defer { curl_slist_free_all(list) }

        let milliseconds = max(1, Int(timeout * 1000))
        var code = CURLE_OK
        func set(_ result: CURLcode) { if code == CURLE_OK { code = result } }
        url.absoluteString.withCString { set(erfaring_curl_set_pointer(handle, CURLOPT_URL, $0)) }
        set(erfaring_curl_allow_http_only(handle))
        set(erfaring_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, 0))
        set(erfaring_curl_set_long(handle, CURLOPT_NOSIGNAL, 1))
        set(erfaring_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT_MS, milliseconds))
        // Silent for `timeout` seconds, no byte sent or received: give up (checked about once a second).
        set(erfaring_curl_set_long(handle, CURLOPT_NOPROGRESS, 0))
        set(erfaring_curl_set_progress(handle, { context, _, downloaded, _, uploaded in
            guard let context else { return 1 }
            return Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue().progress(Int64(downloaded) + Int64(uploaded))
        }))
        set(erfaring_curl_set_pointer(handle, CURLOPT_XFERINFODATA, context))
        // A server trickling a byte a second cannot hold the request for ever either.
        set(erfaring_curl_set_long(handle, CURLOPT_TIMEOUT_MS, milliseconds * 30))
        if noProxy { "".withCString { set(erfaring_curl_set_pointer(handle, CURLOPT_PROXY, $0)) } }
        set(erfaring_curl_set_pointer(handle, CURLOPT_HTTPHEADER, list))
        set(erfaring_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer))
        set(erfaring_curl_set_callback(handle, CURLOPT_WRITEFUNCTION, { data, size, count, context in
            guard let data, let context else { return 0 }
            return Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue().body(data, size * count)
        }))
        set(erfaring_curl_set_pointer(handle, CURLOPT_WRITEDATA, context))
        set(erfaring_curl_set_callback(handle, CURLOPT_HEADERFUNCTION, { data, size, count, context in
            guard let data, let context else { return 0 }
            return Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue().header(data, size * count)
        }))
        set(erfaring_curl_set_pointer(handle, CURLOPT_HEADERDATA, context))
        if let body {
            set(erfaring_curl_set_long(handle, CURLOPT_POSTFIELDSIZE, body.count))
            body.withUnsafeBytes { set(erfaring_curl_set_pointer(handle, CURLOPT_COPYPOSTFIELDS, $0.baseAddress)) }
        } else {
            set(erfaring_curl_set_long(handle, CURLOPT_HTTPGET, 1))
        }
        guard code == CURLE_OK else { return .failure(.failed(Self.describe(code, errorBuffer))) }

        let result = withExtendedLifetime(collector) { curl_easy_perform(handle) }
        if collector.overflow { return .failure(.tooLarge(limit: bodyLimit)) }
        if collector.silent { return .failure(.timedOut(seconds: timeout)) }
        switch result {
        case CURLE_OK:
            var status = 0
            _ = erfaring_curl_get_long(handle, CURLINFO_RESPONSE_CODE, &status)
            return .success(HTTPResponse(status: status, headers: collector.headers, body: collector.data))
        case CURLE_OPERATION_TIMEDOUT:
            return .failure(.timedOut(seconds: timeout))
        default:
            return .failure(.failed(Self.describe(result, errorBuffer)))
        }
    }

    private static func describe(_ code: CURLcode, _ buffer: UnsafeMutablePointer<CChar>) -> String {
        let detail = String(cString: buffer)
        return detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
    }

    /// Gathers the body (up to the limit) and the headers of the last response, and watches
    /// for a connection that has gone silent.
    private final class Collector {
        let limit: Int
        let silence: UInt64
        var data = Data()
        var headers: [String: String] = [:]
        var overflow = false
        var silent = false
        private var moved: Int64 = -1
        private var lastMoved = DispatchTime.now().uptimeNanoseconds

        init(limit: Int, silence: Double) {
            self.limit = limit
            self.silence = UInt64(silence * 1_000_000_000)
        }

        /// Called by libcurl while it waits; a non-zero result stops the transfer.
        func progress(_ bytes: Int64) -> Int32 {
            let now = DispatchTime.now().uptimeNanoseconds
            if bytes != moved {
                moved = bytes
                lastMoved = now
                return 0
            }
            guard now - lastMoved < silence else {
                silent = true
                return 1
            }
            return 0
        }

        func body(_ bytes: UnsafeMutablePointer<CChar>, _ count: Int) -> Int {
            guard data.count + count <= limit else {
                overflow = true
                return 0  // libcurl stops the transfer
            }
            data.append(UnsafeRawPointer(bytes).assumingMemoryBound(to: UInt8.self), count: count)
            return count
        }

        func header(_ bytes: UnsafeMutablePointer<CChar>, _ count: Int) -> Int {
            let line = String(decoding: UnsafeRawBufferPointer(start: bytes, count: count), as: UTF8.self)
            if line.hasPrefix("HTTP/") {
                headers = [:]  // a new response (after `100 Continue`, say): only its headers count
            } else if let colon = line.firstIndex(of: ":"), headers.count < 200 {
                let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            return count
        }
    }
}
