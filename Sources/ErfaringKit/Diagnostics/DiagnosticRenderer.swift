/// Renders diagnostics compiler style: `file:line:col: error: message [rule]`, the source line,
/// a caret under the column, then the notes.
///
/// Everything taken from a file (messages, file names, source lines) goes through
/// ``TextChecks/terminalSafe(_:keepingTabs:)``, and a quoted source line is cut to a window
/// around the caret, so nothing a file holds reaches the terminal raw or at length.
public struct DiagnosticRenderer: Sendable {
    /// The widest source excerpt shown, in Unicode scalars.
    public static let excerptWidth = 160

    /// File contents by display path, for quoting source lines.
    public var sources: [String: [UInt8]] {
        didSet { lines = sources.mapValues(SourceLines.init) }
    }
    /// Whether to use ANSI colour (only on a terminal, never with `NO_COLOR`).
    public var useColor: Bool
    private var lines: [String: SourceLines]

    public init(sources: [String: [UInt8]], useColor: Bool) {
        self.sources = sources
        self.useColor = useColor
        self.lines = sources.mapValues(SourceLines.init)
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        let severityText: String
        switch diagnostic.severity {
        case .error: severityText = paint("error:", "1;31")
        case .warning: severityText = paint("warning:", "1;35")
        }
        var lines = [paint(safe(diagnostic.location.description) + ":", "1") + " \(severityText) "
            + paint(safe(TextChecks.abbreviated(diagnostic.message)), "1") + " [\(safe(diagnostic.rule))]"]
        lines += sourceExcerpt(at: diagnostic.location)
        for note in diagnostic.notes {
            if let location = note.location {
                lines.append(paint(safe(location.description) + ":", "1") + " " + paint("note:", "1;36")
                             + " \(safe(TextChecks.abbreviated(note.message)))")
                lines += sourceExcerpt(at: location)
            } else {
                lines.append(paint("note:", "1;36") + " \(safe(TextChecks.abbreviated(note.message)))")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Every diagnostic rendered, in the given order, with each file's "and N more" line after
    /// that file's last diagnostic.
    public func render(_ diagnostics: [Diagnostic], omitted: [OmittedDiagnostics]) -> [String] {
        var pending = Dictionary(omitted.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        var output: [String] = []
        for (index, diagnostic) in diagnostics.enumerated() {
            output.append(render(diagnostic))
            let file = diagnostic.location.file
            let isLastOfFile = index + 1 == diagnostics.count || diagnostics[index + 1].location.file != file
            if isLastOfFile, let more = pending.removeValue(forKey: file) { output.append(renderOmitted(more)) }
        }
        for more in pending.values.sorted(by: { $0.file < $1.file }) { output.append(renderOmitted(more)) }
        return output
    }

    /// `file: note: and 1200 more problems in this file (…) not shown; …`.
    public func renderOmitted(_ omitted: OmittedDiagnostics) -> String {
        var kinds: [String] = []
        if omitted.errors > 0 { kinds.append(Self.counted(omitted.errors, "error")) }
        if omitted.warnings > 0 { kinds.append(Self.counted(omitted.warnings, "warning")) }
        return paint(safe(omitted.file) + ":", "1") + " " + paint("note:", "1;36")
            + " and \(Self.counted(omitted.count, "more problem")) in this file (\(kinds.joined(separator: ", ")))"
            + " not shown: at most \(Diagnostic.perFileLimit) are shown per file; fix these and run lint again"
    }

    /// The closing line: `2 errors and 1 warning in 8 files`.
    public static func summary(_ diagnostics: [Diagnostic], files: Int) -> String {
        summary(diagnostics, omitted: [], files: files)
    }

    /// The closing line, counting the diagnostics not shown too.
    public static func summary(_ diagnostics: [Diagnostic], omitted: [OmittedDiagnostics], files: Int) -> String {
        let errors = diagnostics.errorCount + omitted.reduce(0) { $0 + $1.errors }
        let warnings = diagnostics.warningCount + omitted.reduce(0) { $0 + $1.warnings }
        let fileText = counted(files, "file")
        if errors == 0 && warnings == 0 { return "no problems in \(fileText)" }
        var parts: [String] = []
        if errors > 0 { parts.append(counted(errors, "error")) }
        if warnings > 0 { parts.append(counted(warnings, "warning")) }
        return parts.joined(separator: " and ") + " in \(fileText)"
    }

    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    private func safe(_ text: String) -> String { TextChecks.terminalSafe(text) }

    private func paint(_ text: String, _ code: String) -> String {
        useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func sourceExcerpt(at location: SourceLocation) -> [String] {
        guard let line = lines[location.file]?.line(location.line) else { return [] }
        var scalars = Array(line.unicodeScalars)
        var caret = max(0, location.column - 1)
        var lead = "", trail = ""
        if scalars.count > Self.excerptWidth {
            // A window around the caret, so a megabyte-long line costs a short excerpt.
            let first = max(0, min(caret - Self.excerptWidth / 2, scalars.count - Self.excerptWidth))
            let last = min(scalars.count, first + Self.excerptWidth)
            if first > 0 { lead = "…" }
            if last < scalars.count { trail = "…" }
            caret = min(caret, scalars.count) - first + lead.count
            scalars = Array(scalars[first..<last])
        }
        let text = String(String.UnicodeScalarView(scalars))
        // Keep tabs so the caret lines up; every other control character is shown escaped.
        let shown = lead + TextChecks.terminalSafe(text, keepingTabs: true) + trail
        let before = lead + TextChecks.terminalSafe(
            String(String.UnicodeScalarView(scalars.prefix(max(0, caret - lead.count)))), keepingTabs: true)
        let prefix = before.unicodeScalars.map { $0 == "\t" ? "\t" : " " }.joined()
        return [shown, prefix + paint("^", "1;32")]
    }

    /// The text of 1-based line `number`, without its line break.
    static func line(_ number: Int, of bytes: [UInt8]) -> String? {
        SourceLines(bytes).line(number)
    }
}
