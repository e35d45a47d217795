/// Collects diagnostics while a curriculum is read and validated, keeping at most
/// ``Diagnostic/perFileLimit`` per file and counting the rest.
final class DiagnosticCollector {
    private(set) var diagnostics: [Diagnostic] = []
    private var kept: [String: Int] = [:]
    private var omittedByFile: [String: OmittedDiagnostics] = [:]

    /// The counts of what was not kept, by file.
    var omitted: [OmittedDiagnostics] {
        omittedByFile.values.sorted { $0.file < $1.file }
    }

    func add(_ diagnostic: Diagnostic) {
        let file = diagnostic.location.file
        let count = kept[file, default: 0]
        if count < Diagnostic.perFileLimit {
            kept[file] = count + 1
            diagnostics.append(diagnostic)
        } else {
            omittedByFile[file, default: OmittedDiagnostics(file: file)].add(diagnostic.severity)
        }
    }

    func add(contentsOf more: [Diagnostic]) {
        for diagnostic in more { add(diagnostic) }
    }

    /// Counts `count` errors of `file` that were dropped before they reached the collector.
    func addOmittedErrors(_ count: Int, file: String) {
        guard count > 0 else { return }
        omittedByFile[file, default: OmittedDiagnostics(file: file)].add(.error, count: count)
    }

    /// Reports an error. The message and notes are built only when the file's diagnostics are
    /// not at the limit yet, so a file of a million problems costs no million messages.
    func error(_ rule: String, at location: SourceLocation, _ message: @autoclosure () -> String,
               notes: @autoclosure () -> [Diagnostic.Note] = []) {
        report(.error, rule, at: location, message(), notes: notes())
    }

    /// Reports a warning, built only when the file is not at the limit (see ``error``).
    func warning(_ rule: String, at location: SourceLocation, _ message: @autoclosure () -> String,
                 notes: @autoclosure () -> [Diagnostic.Note] = []) {
        report(.warning, rule, at: location, message(), notes: notes())
    }

    private func report(_ severity: Diagnostic.Severity, _ rule: String, at location: SourceLocation,
                        _ message: @autoclosure () -> String, notes: @autoclosure () -> [Diagnostic.Note]) {
        guard kept[location.file, default: 0] < Diagnostic.perFileLimit else {
            omittedByFile[location.file, default: OmittedDiagnostics(file: location.file)].add(severity)
            return
        }
        add(Diagnostic(severity, rule, at: location, message(), notes: notes()))
    }
}
