/// Checks on the characters and words of curriculum text.
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

    /// Words in `text`: runs of letters, digits, apostrophes and hyphens containing at
    /// least one letter or digit.
    /// Whether `text` is empty or only white space.
    public static func isBlank(_ text: String) -> Bool {
        for byte in text.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D: continue
            case ..<0x80: return false
            default: return text.unicodeScalars.allSatisfy(\.properties.isWhitespace)
            }
        }
        return true
    }

    public static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isWordCharacter: Bool
            if value < 0x80 {
                // ASCII fast path: letters and digits.
                isWordCharacter = (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10
            } else if value >= 0xC0 && value <= 0x24F {
                // Latin letters with diacritics (æ, ø, å, é, ü, á, …), but × and ÷.
                isWordCharacter = value != 0xD7 && value != 0xF7
            } else {
                isWordCharacter = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            }
            if isWordCharacter {
                if !inWord { count += 1; inWord = true }
            } else if inWord && (value == 0x2D || value == 0x27 || value == 0x2019) {
                continue  // hyphen or apostrophe inside a word
            } else {
                inWord = false
            }
        }
        return count
    }

    /// Whether `id` is kebab-case: lowercase ASCII letters and digits in groups joined by
    /// single hyphens.
    public static func isValidID(_ id: String) -> Bool {
        var previousWasHyphen = true
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-"):
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default:
                return false
            }
        }
        return !id.isEmpty && !previousWasHyphen
    }

    /// The longest word or candidate, in Unicode scalars, that "did you mean" compares: longer
    /// ones are not typos of a key or an id, and comparing them would cost time for nothing.
    public static let suggestionLengthLimit = 64

    /// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
    ///
    /// Only words and candidates up to ``suggestionLengthLimit`` scalars are compared, and the
    /// edit distance stops as soon as it exceeds what counts as a typo, so the cost per
    /// candidate is bounded whatever the input.
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        let lowered = Array(word.lowercased().unicodeScalars.prefix(suggestionLengthLimit + 1))
        guard lowered.count <= suggestionLengthLimit else { return nil }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased().unicodeScalars.prefix(suggestionLengthLimit + 1))
            guard other.count <= suggestionLengthLimit else { continue }
            let allowed = other.count <= 3 ? 1 : min(3, max(2, other.count / 3))
            let limit = min(allowed, (best?.distance ?? Int.max) - 1)
            guard limit >= 0, let distance = editDistance(lowered, other, limit: limit) else { continue }
            best = (candidate, distance)
        }
        return best?.candidate
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: Int.max - 1) ?? Int.max
    }

    /// The optimal-string-alignment distance of `a` and `b` (a swap of two neighbours, as in
    /// "hjlep", counts as one edit), or nil as soon as it must exceed `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        var previousRowMinimum = 0
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1,
                                 previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
                rowMinimum = min(rowMinimum, current[j])
            }
            // A path to the last cell never decreases and never skips two rows in a row, so
            // when two neighbouring rows are over the limit, so is the distance.
            if rowMinimum > limit && previousRowMinimum > limit { return nil }
            previousRowMinimum = rowMinimum
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
