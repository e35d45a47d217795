import Foundation

/// Text from a server made fit for a terminal and a message: control characters (escape
/// sequences, bidirectional overrides) shown as U+FFFD, line breaks (U+2028 and U+2029 too) and
/// tabs as spaces, and the length bounded.
enum ServerText {
    /// `text`, safe to print, cut to at most `limit` characters with `…` when longer.
    static func safe(_ text: String, limit: Int = 200) -> String {
        var result = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit {
                result += "…"
                break
            }
            switch scalar {
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}": result.unicodeScalars.append(" ")
            case _ where TextChecks.isForbidden(scalar): result.unicodeScalars.append("\u{FFFD}")
            default: result.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return result
    }

    /// The first bytes of a body as safe text, or `(empty)`.
    static func excerpt(_ data: Data, limit: Int = 120) -> String {
        guard !data.isEmpty else { return "(empty)" }
        let text = String(decoding: data.prefix(limit * 4), as: UTF8.self)
        let shown = safe(text, limit: limit)
        return data.count > limit * 4 && !shown.hasSuffix("…") ? shown + "…" : shown
    }
}
