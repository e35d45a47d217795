/// What `erfaring lint` reports for one curriculum: the diagnostics of the files asked about
/// and, when only some files were named, what the rest of the course holds, so that a file
/// is never called free of problems while the course it belongs to fails to load.
public struct LintReport: Sendable {
    /// The diagnostics shown: those located in the files asked about, or with a note located
    /// there; every diagnostic when the whole course was asked about. Sorted by location.
    public var diagnostics: [Diagnostic]
    /// The counts of diagnostics over the per-file limit, for the files asked about.
    public var omitted: [OmittedDiagnostics]
    /// Errors and warnings in the other files of the course, per file (empty when the whole
    /// course was asked about).
    public var otherFiles: [OmittedDiagnostics]
    /// How many files the report is about.
    public var fileCount: Int

    /// Builds the report from a load. `only` holds the display paths asked about, or nil for
    /// the whole course; `strict` turns warnings into errors.
    public init(_ result: CurriculumLoadResult, only: Set<String>?, fileCount: Int, strict: Bool) {
        var diagnostics = result.diagnostics
        var omitted = result.omitted
        if strict {
            diagnostics = diagnostics.map { var promoted = $0; promoted.severity = .error; return promoted }
            omitted = omitted.map { OmittedDiagnostics(file: $0.file, errors: $0.count) }
        }
        self.fileCount = fileCount
        guard let only else {
            self.diagnostics = diagnostics.sortedByLocation()
            self.omitted = omitted
            self.otherFiles = []
            return
        }
        var shown: [Diagnostic] = []
        var others: [String: OmittedDiagnostics] = [:]
        for diagnostic in diagnostics {
            if only.contains(diagnostic.location.file)
                || diagnostic.notes.contains(where: { $0.location.map { only.contains($0.file) } ?? false }) {
                shown.append(diagnostic)
            } else {
                let file = diagnostic.location.file
                others[file, default: OmittedDiagnostics(file: file)].add(diagnostic.severity)
            }
        }
        for count in omitted where !only.contains(count.file) {
            others[count.file, default: OmittedDiagnostics(file: count.file)].errors += count.errors
            others[count.file, default: OmittedDiagnostics(file: count.file)].warnings += count.warnings
        }
        self.diagnostics = shown.sortedByLocation()
        self.omitted = omitted.filter { only.contains($0.file) }
        self.otherFiles = others.values.sorted { $0.file < $1.file }
    }

    /// Errors in the files asked about, those over the limit included.
    public var errorCount: Int { diagnostics.errorCount + omitted.reduce(0) { $0 + $1.errors } }
    /// Warnings in the files asked about, those over the limit included.
    public var warningCount: Int { diagnostics.warningCount + omitted.reduce(0) { $0 + $1.warnings } }
    /// Errors in the other files of the course.
    public var otherErrorCount: Int { otherFiles.reduce(0) { $0 + $1.errors } }
    /// Whether lint fails: an error in the files asked about or anywhere else in the course.
    public var failed: Bool { errorCount > 0 || otherErrorCount > 0 }

    /// The closing line. When other files of the course have errors it says so, naming them,
    /// and how to see them: `lintCommand` is the command that checks the whole course.
    public func summary(lintCommand: String) -> String {
        let own = DiagnosticRenderer.summary(diagnostics, omitted: omitted, files: fileCount)
        guard otherErrorCount > 0 else { return own }
        let failing = otherFiles.filter { $0.errors > 0 }
        let names = failing.prefix(5).map { "'\(TextChecks.terminalSafe($0.file))'" }.joined(separator: ", ")
            + (failing.count > 5 ? " and \(failing.count - 5) more" : "")
        let elsewhere = DiagnosticRenderer.counted(otherErrorCount, "error") + " in "
            + (failing.count == 1 ? "another file" : "\(failing.count) other files") + " (\(names))"
        let see = "run '\(TextChecks.terminalSafe(lintCommand))' to see \(otherErrorCount == 1 ? "it" : "them")"
        if errorCount == 0 && warningCount == 0 {
            // Never "no problems" while the course these files belong to cannot be used.
            return "the course has \(elsewhere), so it cannot be used; "
                + "none in the \(DiagnosticRenderer.counted(fileCount, "file")) checked: \(see)"
        }
        return own + "; the course also has \(elsewhere), so it cannot be used: \(see)"
    }
}
