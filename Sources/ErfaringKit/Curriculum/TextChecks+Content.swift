/// Checks on the words and ids of curriculum text.
extension TextChecks {
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

    /// Words in `text`: runs of letters, digits, apostrophes and hyphens containing at
    /// least one letter or digit.
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
