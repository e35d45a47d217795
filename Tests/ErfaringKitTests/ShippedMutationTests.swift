import ErfaringKit
import Foundation
import Testing

/// Mutations of the shipped course, as an author's slips would make them: deleting a key,
/// duplicating one, changing a value's type, putting a control character in a text, breaking a
/// reference. Each gives a located diagnostic (lint --strict fails), or is listed below as
/// harmless with the reason.
@Suite("Mutations of the shipped files")
struct ShippedMutationTests {
    enum Kind: String, CaseIterable, Sendable {
        case deleteKey = "delete key", duplicateKey = "duplicate key", changeType = "change type"
        case controlCharacter = "control character", breakReference = "break reference"
    }

    /// Deleting these keys leaves a valid course, by design.
    static let harmlessDeletions: [String: String] = [
        "hint": "a question's hint is optional",
        "minimums": "the content minimums are optional; without them no minimum is checked",
        "prerequisites": "a module without prerequisites is open from the start",
        "glossary": "the glossary is optional",
        "url": "a source's web address is optional: printed sources have none",
        "glossary/modules": "a glossary term need not point to modules",
    ]

    /// The top-level key `line` belongs to (`glossary` for a key inside a glossary term).
    private static func section(_ lines: [Substring], _ line: Int) -> String? {
        var above = line
        while above >= 0 {
            if let (indent, key, _) = keyLine(lines[above]), indent == 0 { return key }
            above -= 1
        }
        return nil
    }

    /// Whether deleting `key` at `line` is listed as harmless, by its name or by `section/name`.
    static func isHarmlessDeletion(_ lines: [Substring], at line: Int, key: String) -> Bool {
        if harmlessDeletions[key] != nil { return true }
        guard let section = section(lines, line), section != key else { return false }
        return harmlessDeletions[section + "/" + key] != nil
    }

    private static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var shippedPaths: [String] {
        ((try? CurriculumLoader.files(in: root)) ?? []).map(\.path)
    }

    /// `indent key: rest` (not a list entry), as (indent, key, rest).
    private static func keyLine(_ line: Substring) -> (indent: Int, key: String, rest: String)? {
        let indent = line.prefix { $0 == " " }.count
        let body = line.dropFirst(indent)
        guard let colon = body.firstIndex(of: ":"), !body.hasPrefix("- "), !body.hasPrefix("#") else { return nil }
        let key = body[..<colon]
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
        return (indent, String(key), String(body[body.index(after: colon)...]).trimmingCharacters(in: .whitespaces))
    }

    /// Whether `line` is text inside a block scalar (`key: |` or `key: >` above it, less indented):
    /// prose such as "Statement: …" there is not a key.
    private static func isInBlockScalar(_ lines: [Substring], _ line: Int) -> Bool {
        let indent = lines[line].prefix { $0 == " " }.count
        var above = line - 1
        while above >= 0 {
            let text = lines[above]
            let aboveIndent = text.prefix { $0 == " " }.count
            if !text.allSatisfy({ $0 == " " }) && aboveIndent < indent {
                let body = text.dropFirst(aboveIndent)
                return body.hasSuffix("|") || body.hasSuffix(">") || body.hasSuffix("|-") || body.hasSuffix(">-")
            }
            above -= 1
        }
        return false
    }

    /// The index after the block that starts at `line` (the lines indented deeper than it).
    private static func blockEnd(_ lines: [Substring], _ line: Int, indent: Int) -> Int {
        var end = line + 1
        while end < lines.count, lines[end].allSatisfy({ $0 == " " }) || lines[end].prefix(while: { $0 == " " }).count > indent
            || (lines[end].dropFirst(indent).hasPrefix("- ") && lines[end].prefix(while: { $0 == " " }).count == indent) {
            end += 1
        }
        return end
    }

    /// The mutated text and the key or value it touched, or nil when `line` does not fit `kind`.
    static func mutate(_ lines: [Substring], at line: Int, _ kind: Kind) -> (text: String, touched: String)? {
        var result = lines.map(String.init)
        switch kind {
        case .deleteKey, .duplicateKey, .changeType, .controlCharacter:
            guard let (indent, key, rest) = keyLine(lines[line]), !isInBlockScalar(lines, line) else { return nil }
            let end = blockEnd(lines, line, indent: indent)
            let pad = String(repeating: " ", count: indent)
            switch kind {
            case .deleteKey: result.removeSubrange(line..<end)
            case .duplicateKey: result.insert(pad + key + ": duplicated", at: end)
            case .changeType:
                // A scalar (block scalars too) becomes a mapping; a list or mapping becomes a word.
                let isCollection = rest.isEmpty || rest.hasPrefix("[") || rest.hasPrefix("{")
                result[line] = pad + key + (isCollection ? ": changed-to-a-word" : ": {changed: 1}")
                result.removeSubrange((line + 1)..<end)
            default:
                guard !rest.isEmpty, !rest.hasPrefix("|"), !rest.hasPrefix(">"), !rest.hasPrefix("["), !rest.hasPrefix("{") else { return nil }
                result[line] = pad + key + ": \"før \\e[31m etter\""
            }
            return (result.joined(separator: "\n"), key)
        case .breakReference:
            let text = lines[line]
            let indent = text.prefix { $0 == " " }.count
            let body = text.dropFirst(indent)
            for key in ["objective: ", "module: ", "- "] where body.hasPrefix(key) {
                let value = body.dropFirst(key.count)
                guard TextChecks.isValidID(String(value)) else { continue }
                result[line] = String(repeating: " ", count: indent) + key + "no-such-" + value
                return (result.joined(separator: "\n"), String(value))
            }
            if let (_, key, rest) = keyLine(text), ["objectives", "prerequisites", "modules"].contains(key),
               rest.hasPrefix("["), rest.count > 2 {
                result[line] = String(repeating: " ", count: indent) + key + ": [no-such-reference]"
                return (result.joined(separator: "\n"), key)
            }
            return nil
        }
    }

    @Test("each mutation gives a located diagnostic or is listed as harmless", arguments: shippedPaths)
    func mutations(of path: String) throws {
        let files = try CurriculumLoader.files(in: Self.root)
        let original = try #require(files.first { $0.path == path })
        let lines = String(decoding: original.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var random = SeededRandom(seed: UInt64(path.utf8.reduce(0) { $0 &* 31 &+ Int($1) }.magnitude))
        var tried = 0
        var failures: [String] = []
        for kind in Kind.allCases {
            // Two places per kind and file, chosen by a seed that depends on the file only.
            var candidates = (0..<lines.count).filter { Self.mutate(lines, at: $0, kind) != nil }
            candidates.shuffle(using: &random)
            for line in candidates.prefix(2) {
                guard let (text, touched) = Self.mutate(lines, at: line, kind) else { continue }
                tried += 1
                var mutated = files.filter { $0.path != path }
                mutated.append(CurriculumFile(path: path, role: original.role, bytes: Array(text.utf8)))
                let result = CurriculumLoader.load(files: mutated)
                let found = result.diagnostics.count + result.omitted.reduce(0) { $0 + $1.count }
                let unlocated = FuzzInput.unlocated(result.diagnostics, files: mutated)
                if !unlocated.isEmpty { failures.append("\(kind.rawValue) '\(touched)' at \(path):\(line + 1): \(unlocated)") }
                if found == 0 && !(kind == .deleteKey && Self.isHarmlessDeletion(lines, at: line, key: touched)) {
                    failures.append("\(kind.rawValue) '\(touched)' at \(path):\(line + 1) gave no diagnostic")
                }
            }
        }
        #expect(tried >= 8, "too few mutations of \(path)")
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
