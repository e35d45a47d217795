import ErfaringKit
import Foundation

/// A seeded generator (SplitMix64): the same seed gives the same inputs on every machine.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Builds small hostile YAML inputs: mutated curriculum text and random YAML.
enum FuzzInput {
    /// Fragments that exercise the parser and the readers where they are most likely to break.
    static let tokens = [
        ": ", "- ", "-", ":", "&a ", "*a", "*b", "&b [*a, *a] ", "!!str ", "!!int ", "!!bool ", "!foo ", "!!map ",
        "\"", "'", "{", "}", "[", "]", ",", "#", "|", ">", "? ", "<<: ", "---\n", "...\n", "%TAG ! x\n",
        "\n", "\r\n", "\r", "\t", "  ", "\u{2028}", "\u{2029}", "\u{85}", "\u{1B}", "\u{0}", "\u{7F}", "\u{9B}",
        "\u{202E}", "\u{FEFF}", "\\e[31m", "\"\\e]52;c;aGk=\\a\"", "\"\\u2028\"", "\"\\0\"", "true", "false", "no",
        "~", "null", "12", "-1", "0.5", "1e9", "9999999999999999999999", "nb: x", "en: y", "id: x", "id: a b",
        "kind: single", "kind: ordering", "correct: true", "objective: nowhere", "module: basics",
        "prerequisites: [basics]", "draw: 0", "pass-mark: 2", "æøå", "Ünïcödé", String(repeating: "x", count: 300),
        String(repeating: "a-", count: 40),
    ]

    static let keys = [
        "id", "title", "summary", "nb", "en", "modules", "lessons", "blocks", "kind", "body", "choices", "correct",
        "feedback", "prompt", "objective", "objectives", "questions", "draw", "pass-mark", "module", "text", "x",
    ]

    /// `text` with one to three random edits.
    static func mutate(_ text: String, _ random: inout SeededRandom) -> String {
        var scalars = Array(text.unicodeScalars)
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let at = scalars.isEmpty ? 0 : Int.random(in: 0..<scalars.count, using: &random)
            switch Int.random(in: 0..<7, using: &random) {
            case 0:
                let token = tokens.randomElement(using: &random) ?? ""
                scalars.insert(contentsOf: token.unicodeScalars, at: at)
            case 1:
                scalars.removeSubrange(at..<min(scalars.count, at + Int.random(in: 1...20, using: &random)))
            case 2, 3, 4:
                var lines = String(String.UnicodeScalarView(scalars)).split(separator: "\n", omittingEmptySubsequences: false)
                    .map(String.init)
                guard lines.count > 1 else { continue }
                let line = Int.random(in: 0..<lines.count, using: &random)
                let other = Int.random(in: 0..<lines.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: lines.insert(lines[line], at: other)
                case 1: lines.remove(at: line)
                case 2: lines.swapAt(line, other)
                default: lines[line] = (Bool.random(using: &random) ? "  " : "") + lines[line].drop { $0 == " " && Bool.random(using: &random) }
                }
                scalars = Array(lines.joined(separator: "\n").unicodeScalars)
            default:
                guard !scalars.isEmpty else { continue }
                let replacement = tokens.randomElement(using: &random)?.unicodeScalars.first ?? "x"
                scalars[at] = replacement
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Random YAML built from the format's keys and the tokens above.
    static func randomYAML(_ random: inout SeededRandom, depth: Int = 0, indent: String = "") -> String {
        let kind = depth >= 3 ? 0 : Int.random(in: 0..<3, using: &random)
        switch kind {
        case 0:
            return (tokens + keys).randomElement(using: &random) ?? "x"
        case 1:
            return (0..<Int.random(in: 1...3, using: &random)).map { _ in
                "\n\(indent)- " + randomYAML(&random, depth: depth + 1, indent: indent + "  ")
            }.joined()
        default:
            return (0..<Int.random(in: 1...4, using: &random)).map { _ in
                "\n\(indent)\(keys.randomElement(using: &random) ?? "x"): "
                    + randomYAML(&random, depth: depth + 1, indent: indent + "  ")
            }.joined()
        }
    }

    /// Checks that every diagnostic points into a file of the input, at a line the file has
    /// and a column no further than one past that line's end. Returns the problems found.
    static func unlocated(_ diagnostics: [Diagnostic], files: [CurriculumFile]) -> [String] {
        let texts = Dictionary(files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        var problems: [String] = []
        func check(_ location: SourceLocation, _ what: String) {
            guard let bytes = texts[location.file] else {
                problems.append("\(what): unknown file at \(location)")
                return
            }
            let text = String(decoding: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self)
            let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                .split(separator: "\n", omittingEmptySubsequences: false)
            guard location.line >= 1, location.line <= max(1, lines.count) else {
                problems.append("\(what): line out of range at \(location) (\(lines.count) lines)")
                return
            }
            let length = lines.isEmpty ? 0 : lines[location.line - 1].unicodeScalars.count
            if location.column < 1 || location.column > length + 1 {
                problems.append("\(what): column out of range at \(location) (line of \(length))")
            }
        }
        for diagnostic in diagnostics {
            check(diagnostic.location, diagnostic.summary)
            for note in diagnostic.notes { if let location = note.location { check(location, "note of " + diagnostic.summary) } }
        }
        return problems
    }
}
