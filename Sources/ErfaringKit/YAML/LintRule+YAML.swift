/// The rules the YAML parser reports: syntax, encoding and the bounds it keeps.
extension LintRule {
    /// The file is not valid YAML.
    public static let yamlSyntax = LintRule("yaml-syntax", .error, "the file is not valid YAML")
    /// The file is not valid UTF-8.
    public static let yamlEncoding = LintRule("yaml-encoding", .error, "the file is not valid UTF-8")
    /// A mapping repeats a key.
    public static let yamlDuplicateKey = LintRule("yaml-duplicate-key", .error, "a mapping repeats a key")
    /// Aliases expand to too many nodes or too much text (an alias bomb).
    public static let yamlAliasLimit = LintRule(
        "yaml-alias-limit", .error, "aliases expand to too many nodes or too much text (an alias bomb)")
    /// Nesting is deeper than the limit.
    public static let yamlDepth = LintRule("yaml-depth", .error, "nesting is deeper than the limit")
    /// The file is larger than the limit.
    public static let yamlFileSize = LintRule("yaml-file-size", .error, "the file is larger than the limit")
    /// An explicit tag other than the core tags, or a value that does not fit its tag.
    public static let yamlTag = LintRule(
        "yaml-tag", .error, "an explicit tag other than the core tags, or a value that does not fit its tag")
    /// A file holds more than one YAML document.
    public static let yamlMultipleDocuments = LintRule(
        "yaml-multiple-documents", .error, "a file holds more than one YAML document")
    /// Text contains a control character or terminal escape.
    public static let controlCharacter = LintRule(
        "control-character", .error, "text contains a control character or terminal escape")
}
