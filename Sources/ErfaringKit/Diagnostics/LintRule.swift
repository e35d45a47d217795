/// A content rule: its id (shown in brackets after each message), its default severity and
/// what it checks. Each rule is a value (`LintRule.missingFeedback`), so a misspelt rule does
/// not compile; ``LintRule/all`` is the one table of them, which `erfaring lint --rules` prints.
///
/// The YAML layer declares the rules it reports (`LintRule+YAML.swift`), the curriculum the
/// rest (`LintRule+Content.swift`, which also holds ``LintRule/all``).
public struct LintRule: Hashable, Sendable, Codable {
    /// The id shown in brackets after each message, such as `missing-feedback`.
    public var id: String
    /// The severity a problem of this rule is reported with, unless a check says otherwise.
    public var severity: Diagnostic.Severity
    /// What the rule checks, in a line.
    public var summary: String

    init(_ id: String, _ severity: Diagnostic.Severity, _ summary: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
    }
}
