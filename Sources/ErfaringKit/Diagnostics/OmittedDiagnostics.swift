/// How many diagnostics of one file were found beyond ``Diagnostic/perFileLimit`` and are
/// counted but not kept.
public struct OmittedDiagnostics: Hashable, Sendable, Codable {
    /// The display path of the file.
    public var file: String
    public var errors: Int
    public var warnings: Int

    public init(file: String, errors: Int = 0, warnings: Int = 0) {
        self.file = file
        self.errors = errors
        self.warnings = warnings
    }

    /// Errors and warnings together.
    public var count: Int { errors + warnings }

    mutating func add(_ severity: Diagnostic.Severity, count: Int = 1) {
        switch severity {
        case .error: errors += count
        case .warning: warnings += count
        }
    }
}
