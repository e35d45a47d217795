import Foundation

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
