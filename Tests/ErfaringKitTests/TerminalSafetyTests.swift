import ErfaringKit
import Foundation
import Testing

/// Nothing from a file reaches a terminal raw: messages, notes, file names and source lines go
/// through `TextChecks.terminalSafe`, which shows controls visibly.
@Suite("Terminal-safe output")
struct TerminalSafetyTests {
    /// Characters a terminal may act on: C0 (tab and line feed aside), DEL, C1, bidi controls.
    static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x09, 0x0A: return false
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
            default: return false
            }
        }
    }

    @Test("controls are shown as \\u{…}, everything else is kept", arguments: [
        ("a\u{1B}]52;c;aGk=\u{07}b", "a\\u{1B}]52;c;aGk=\\u{7}b"),
        ("\u{9B}31m", "\\u{9B}31m"), ("x\u{202E}y", "x\\u{202E}y"), ("line\nbreak", "line\\u{A}break"),
        ("æøå – ok", "æøå – ok"), ("tab\there", "tab\\u{9}here"), ("del\u{7F}", "del\\u{7F}"),
        ("ls\u{2028}ps\u{2029}", "ls\\u{2028}ps\\u{2029}"),
    ])
    func escapes(_ raw: String, _ shown: String) {
        #expect(TextChecks.terminalSafe(raw) == shown)
    }

    @Test("a duplicate key holding a clipboard escape is echoed escaped, note and file name included")
    func duplicateKeyEscape() throws {
        let file = "Quizzes/\u{1B}[2Jevil.yaml"
        let text = "\"\\e]52;c;aGk=\\a\": 1\n\"\\e]52;c;aGk=\\a\": 2\n"
        let document = YAMLParser.parse(Array(text.utf8), file: file)
        let diagnostic = try #require(document.diagnostics.first)
        #expect(diagnostic.notes.first?.location != nil)
        let rendered = DiagnosticRenderer(sources: [file: Array(text.utf8)], useColor: true).render(diagnostic)
        let withoutColour = rendered.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(!Self.hasRawControl(withoutColour))
        #expect(withoutColour.contains("Quizzes/\\u{1B}[2Jevil.yaml:2:1: error: duplicate key '\\u{1B}]52;c;aGk=\\u{7}'"))
        #expect(withoutColour.contains("note: '\\u{1B}]52;c;aGk=\\u{7}' is first defined here"))
        let json = diagnostic.terminalSafe
        #expect(!Self.hasRawControl(json.message + json.location.file + json.notes.map(\.message).joined()))
    }

    @Test("a caret under an escaped control lines up with the escaped source line")
    func caretAfterEscape() throws {
        let source = "a: \"\u{7F}\" x"
        let diagnostic = Diagnostic(.yamlSyntax, at: SourceLocation(file: "f.yaml", line: 1, column: 8), "here")
        let lines = DiagnosticRenderer(sources: ["f.yaml": Array(source.utf8)], useColor: false).render(diagnostic)
            .split(separator: "\n")
        #expect(lines[1] == "a: \"\\u{7F}\" x")
        #expect(lines[2] == String(repeating: " ", count: 12) + "^")
    }
}
