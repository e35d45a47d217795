/// Renders diagnostics compiler style: `file:line:col: error: message [rule]`, the source line,
/// a caret under the column, then the notes.
public struct DiagnosticRenderer: Sendable {
    /// File contents by display path, for quoting source lines.
    public var sources: [String: [UInt8]]
    /// Whether to use ANSI colour (only on a terminal, never with `NO_COLOR`).
    public var useColor: Bool

    public init(sources: [String: [UInt8]], useColor: Bool) {
        self.sources = sources
        self.useColor = useColor
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        let severityText: String
        switch diagnostic.severity {
        case .error: severityText = paint("error:", "1;31")
        case .warning: severityText = paint("warning:", "1;35")
        }
        var lines = [paint("\(diagnostic.location):", "1") + " \(severityText) "
            + paint(TextChecks.sanitized(diagnostic.message), "1") + " [\(diagnostic.rule)]"]
        lines += sourceExcerpt(at: diagnostic.location)
        for note in diagnostic.notes {
            if let location = note.location {
                lines.append(paint("\(location):", "1") + " " + paint("note:", "1;36") + " \(note.message)")
                lines += sourceExcerpt(at: location)
            } else {
                lines.append(paint("note:", "1;36") + " \(note.message)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The closing line: `2 errors and 1 warning in 8 files`.
    public static func summary(_ diagnostics: [Diagnostic], files: Int) -> String {
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        let fileText = "\(files) file\(files == 1 ? "" : "s")"
        if errors == 0 && warnings == 0 { return "no problems in \(fileText)" }
        var parts: [String] = []
        if errors > 0 { parts.append("\(errors) error\(errors == 1 ? "" : "s")") }
        if warnings > 0 { parts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
        return parts.joined(separator: " and ") + " in \(fileText)"
    }

    private func paint(_ text: String, _ code: String) -> String {
        useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func sourceExcerpt(at location: SourceLocation) -> [String] {
        guard let bytes = sources[location.file], let line = Self.line(location.line, of: bytes) else {
            return []
        }
        // Keep tabs so the caret lines up; replace any other control character for safety.
        let shown = TextChecks.sanitized(line)
        let prefix = shown.unicodeScalars.prefix(max(0, location.column - 1))
            .map { $0 == "\t" ? "\t" : " " }.joined()
        return [shown, prefix + paint("^", "1;32")]
    }

    /// The text of 1-based line `number`, without its line break.
    static func line(_ number: Int, of bytes: [UInt8]) -> String? {
        var current = 1
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                if current == number { break }
                if byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
                current += 1
                start = index + 1
            }
            index += 1
        }
        guard current == number, start <= bytes.count else { return nil }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }
}
