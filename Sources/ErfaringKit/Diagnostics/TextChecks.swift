/// Checks that make text safe to show: forbidden control characters, escaping for a terminal,
/// abbreviation. The checks on curriculum words and ids are in `TextChecks+Content.swift`.
public enum TextChecks {
    /// The first control character in `text` that must not reach a terminal, if any:
    /// C0 controls other than tab and line feed, DEL, C1 controls, and bidirectional
    /// overrides that can disguise text.
    public static func forbiddenCharacter(in text: String) -> Unicode.Scalar? {
        // Fast path over the UTF-8 bytes; only a candidate byte (a C0 control other than tab
        // and line feed, DEL, or the lead byte of a C1 control or a bidirectional override)
        // needs a look at the scalars.
        var copy = text
        let suspicious = copy.withUTF8 { bytes in
            for byte in bytes where (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F
                || byte == 0xC2 || byte == 0xE2 {
                return true
            }
            return false
        }
        return suspicious ? text.unicodeScalars.first(where: isForbidden) : nil
    }

    /// `text` made safe for a terminal (see ``terminalSafe(_:keepingTabs:)``).
    public static func sanitized(_ text: String) -> String {
        terminalSafe(text, keepingTabs: true)
    }

    /// `text` with every character that could act on a terminal shown visibly as `\u{1B}`:
    /// C0 controls (line feed too, and tab unless `keepingTabs`), DEL, C1 controls,
    /// bidirectional overrides and isolates, and the line and paragraph separators.
    ///
    /// Every message, file name and source line the program prints from a file goes through
    /// this one function, so no file can write an escape sequence to the learner's terminal.
    public static func terminalSafe(_ text: String, keepingTabs: Bool = false) -> String {
        var copy = text
        let suspicious = copy.withUTF8 { bytes in
            for byte in bytes where byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 {
                return true
            }
            return false
        }
        guard suspicious else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepingTabs: keepingTabs) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` cut to about `limit` Unicode scalars, keeping its start and end around a
    /// `…`, so that a message quoting a 100,000-character value stays readable and short.
    public static func abbreviated(_ text: String, limit: Int = 400) -> String {
        guard text.utf8.count > limit else { return text }
        let scalars = text.unicodeScalars
        let count = scalars.count
        guard count > limit else { return text }
        let head = scalars.prefix(limit / 2), tail = scalars.suffix(limit / 2)
        return String(String.UnicodeScalarView(head)) + "…(\(count - limit) characters left out)…"
            + String(String.UnicodeScalarView(tail))
    }

    /// Whether ``terminalSafe(_:keepingTabs:)`` escapes `scalar`.
    static func needsEscape(_ scalar: Unicode.Scalar, keepingTabs: Bool) -> Bool {
        switch scalar.value {
        case 0x09: return !keepingTabs
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
        default: return false
        }
    }

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// A name for a forbidden character in messages: `U+001B (escape)`.
    public static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        switch scalar.value {
        case 0x00: return code + " (NUL)"
        case 0x1B: return code + " (escape)"
        case 0x0D: return code + " (carriage return)"
        case 0x07: return code + " (bell)"
        case 0x08: return code + " (backspace)"
        case 0x7F: return code + " (delete)"
        case 0x202A...0x202E, 0x2066...0x2069: return code + " (bidirectional override)"
        default: return code
        }
    }
}
