/// Collects diagnostics while a curriculum is read and validated, keeping at most
/// ``Diagnostic/perFileLimit`` per file and counting the rest.
final class DiagnosticCollector {
    /// What one file has given so far. A class, so the last one used is found again without
    /// hashing its path: a file of many problems reports them one after another.
    private final class FileTally {
        var kept = 0
        var omitted: OmittedDiagnostics

        init(file: String) { omitted = OmittedDiagnostics(file: file) }
    }

    private(set) var diagnostics: [Diagnostic] = []
    private var tallies: [String: FileTally] = [:]
    private var last: (file: String, tally: FileTally)?

    /// The counts of what was not kept, by file.
    var omitted: [OmittedDiagnostics] {
        tallies.values.map(\.omitted).filter { $0.count > 0 }.sorted { $0.file < $1.file }
    }

    private func tally(_ file: String) -> FileTally {
        if let last, last.file == file { return last.tally }
        let found: FileTally
        if let existing = tallies[file] {
            found = existing
        } else {
            found = FileTally(file: file)
            tallies[file] = found
        }
        last = (file, found)
        return found
    }

    func add(_ diagnostic: Diagnostic) {
        let counts = tally(diagnostic.location.file)
        if counts.kept < Diagnostic.perFileLimit {
            counts.kept += 1
            diagnostics.append(diagnostic)
        } else {
            counts.omitted.add(diagnostic.severity)
        }
    }

    func add(contentsOf more: [Diagnostic]) {
        for diagnostic in more { add(diagnostic) }
    }

    /// Counts `count` errors of `file` that were dropped before they reached the collector.
    func addOmittedErrors(_ count: Int, file: String) {
        guard count > 0 else { return }
        tally(file).omitted.add(.error, count: count)
    }

    /// Reports a problem found by `rule`, with the rule's severity unless `severity` is given.
    /// The message and notes are built only when the file's diagnostics are not at the limit
    /// yet, so a file of a million problems costs no million messages.
    func report(_ rule: LintRule, as severity: Diagnostic.Severity? = nil, at location: SourceLocation,
                _ message: @autoclosure () -> String, notes: @autoclosure () -> [Diagnostic.Note] = []) {
        let counts = tally(location.file)
        guard counts.kept < Diagnostic.perFileLimit else {
            counts.omitted.add(severity ?? rule.severity)
            return
        }
        counts.kept += 1
        diagnostics.append(Diagnostic(rule, severity: severity, at: location, message(), notes: notes()))
    }
}
