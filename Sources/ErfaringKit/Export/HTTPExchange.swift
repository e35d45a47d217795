import Foundation

/// One HTTP request and its answer: what `LRSClient` needs from the network. The program uses
/// `HTTPTransport` (libcurl); a command is given the one to use in its context, so a test can
/// watch every request a command makes while the real transport carries it.
public protocol HTTPExchange: Sendable {
    /// POSTs `body` to `url` with `headers`, or GETs it when `body` is nil; `noProxy` talks to
    /// the host directly even when a proxy is configured. Never follows a redirect.
    func perform(url: URL, headers: [String: String], body: Data?, noProxy: Bool) -> Result<HTTPResponse, HTTPFailure>
}
