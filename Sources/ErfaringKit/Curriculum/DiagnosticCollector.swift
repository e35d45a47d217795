/// Collects diagnostics while a curriculum is read and validated.
final class DiagnosticCollector {
    private(set) var diagnostics: [Diagnostic] = []

    func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
    func add(contentsOf more: [Diagnostic]) { diagnostics.append(contentsOf: more) }

    func error(_ rule: String, at location: SourceLocation, _ message: String,
               notes: [Diagnostic.Note] = []) {
        diagnostics.append(.error(rule, at: location, message, notes: notes))
    }

    func warning(_ rule: String, at location: SourceLocation, _ message: String,
                 notes: [Diagnostic.Note] = []) {
        diagnostics.append(.warning(rule, at: location, message, notes: notes))
    }
}
