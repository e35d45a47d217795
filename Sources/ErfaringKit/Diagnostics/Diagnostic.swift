/// A problem found in curriculum content: where, how bad, what, and which rule found it.
///
/// Diagnostics are data: readers and validators collect them so that `lint` can show every
/// problem at once, and they are rendered only at the edge (see ``DiagnosticRenderer``).
public struct Diagnostic: Hashable, Sendable, Codable {
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// A further remark: either located (`first defined here`) or a plain hint.
    public struct Note: Hashable, Sendable, Codable {
        public var message: String
        public var location: SourceLocation?

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    /// The most diagnostics kept and shown for one file; the rest are counted, so that a file
    /// of a million wrong keys costs a bounded report ("and 999,900 more").
    public static let perFileLimit = 100

    public var severity: Severity
    public var location: SourceLocation
    /// Lowercase, values in single quotes, expected versus found.
    public var message: String
    /// The id of the rule that found the problem, such as `missing-feedback`.
    public var rule: String
    public var notes: [Note]

    /// A problem found by `rule`, with the rule's severity unless `severity` is given (a check
    /// that escalates a warning, such as `answer-longest` over a whole bank).
    public init(
        _ rule: LintRule, severity: Severity? = nil, at location: SourceLocation, _ message: String,
        notes: [Note] = []
    ) {
        self.severity = severity ?? rule.severity
        self.rule = rule.id
        self.location = location
        self.message = message
        self.notes = notes
    }

    /// The first line of the rendered diagnostic, without colour:
    /// `Quizzes/saying-no.yaml:41:7: error: … [rule]`.
    public var summary: String {
        "\(location): \(severity.rawValue): \(message) [\(rule)]"
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file, then position, keeping the order of diagnostics at the same place.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            a.element.location == b.element.location
                ? a.offset < b.offset : a.element.location < b.element.location
        }.map(\.element)
    }

    public var errorCount: Int { count { $0.severity == .error } }
    public var warningCount: Int { count { $0.severity == .warning } }
}
