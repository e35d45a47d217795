/// A content rule: its id (shown in brackets after each message), its default severity and
/// what it checks. `erfaring lint --rules` prints this table.
public struct LintRule: Hashable, Sendable, Codable {
    public var id: String
    public var severity: Diagnostic.Severity
    public var summary: String

    init(_ id: String, _ severity: Diagnostic.Severity, _ summary: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
    }

    /// Every rule, grouped as the format documentation groups them.
    public static let all: [LintRule] = [
        LintRule("yaml-syntax", .error, "the file is not valid YAML"),
        LintRule("yaml-encoding", .error, "the file is not valid UTF-8"),
        LintRule("yaml-duplicate-key", .error, "a mapping repeats a key"),
        LintRule("yaml-alias-limit", .error, "aliases expand to too many nodes or too much text (an alias bomb)"),
        LintRule("yaml-depth", .error, "nesting is deeper than the limit"),
        LintRule("yaml-file-size", .error, "the file is larger than the limit"),
        LintRule("yaml-tag", .error, "an explicit tag other than the core tags, or a value that does not fit its tag"),
        LintRule("yaml-multiple-documents", .error, "a file holds more than one YAML document"),
        LintRule("empty-file", .error, "the file holds no document"),
        LintRule("control-character", .error, "text contains a control character or terminal escape"),
        LintRule("unknown-key", .error, "a key the format does not know (often a typo)"),
        LintRule("missing-key", .error, "a required key is absent"),
        LintRule("wrong-type", .error, "a value has the wrong type (text, number, boolean, list, mapping)"),
        LintRule("key-not-allowed", .error, "a key that does not apply to this kind of question"),
        LintRule("value-range", .error, "a number or count outside what is allowed"),
        LintRule("missing-locale", .error, "a text lacks one of the course languages"),
        LintRule("empty-text", .error, "a text is empty in one language"),
        LintRule("invalid-id", .error, "an id is not kebab-case"),
        LintRule("duplicate-id", .error, "two items of one kind share an id"),
        LintRule("file-name", .error, "a module or quiz id differs from its file name"),
        LintRule("dangling-reference", .error, "a reference to a module, objective or quiz that does not exist"),
        LintRule("competence-area", .error, "a module is in no competence area, or in more than one"),
        LintRule("prerequisite-cycle", .error, "prerequisites form a cycle, so no module in it can be opened"),
        LintRule("untaught-objective", .warning, "no lesson lists the objective"),
        LintRule("objective-can", .error, "an objective's 'can' statement does not begin 'kan ' / 'can ' or is too long"),
        LintRule("objective-coverage", .error, "an objective is assessed by fewer than 2 questions"),
        LintRule("missing-feedback", .error, "a choice has no feedback in some language"),
        LintRule("no-correct-answer", .error, "a question has no correct choice"),
        LintRule("several-correct", .error, "a single-answer question has several correct choices"),
        LintRule("choice-count", .error, "a question has too few or too many choices"),
        LintRule("true-false-choices", .error, "a true/false question lacks its 'true' and 'false' choices"),
        LintRule("ordering-unanswerable", .error, "an ordering question cannot be answered"),
        LintRule("conversation-unreachable", .error, "a node of a practice conversation cannot be reached from its start"),
        LintRule("conversation-dead-end", .error, "no ending of a practice conversation can be reached from a node"),
        LintRule("conversation-cycle", .error, "options form a cycle that no 'retry: true' option closes"),
        LintRule("conversation-length", .error, "a conversation's longest path has more than 10 decisions (retry options left out)"),
        LintRule("conversation-endings", .error, "a conversation has fewer than 3 decisions or 3 endings, or lacks a skill or a mistake ending"),
        LintRule("conversation-bounds", .error, "a count or text length of a conversation file is outside its bounds"),
        LintRule("help-line-number", .error, "a help line's number is not a phone number"),
        LintRule("pass-mark-range", .error, "the pass mark is outside 0–1"),
        LintRule("draw-too-large", .error, "a quiz draws more questions than its bank holds, or none"),
        LintRule("answer-longest", .warning, "the right option is clearly the longest (an error when over a third of a bank's questions are)"),
        LintRule("answer-length-spread", .warning, "the right options are on average much longer than the wrong ones"),
        LintRule("true-false-balance", .warning, "a bank's true/false statements are mostly true or mostly false"),
        LintRule("hint-reveals-answer", .warning, "a hint shares the right option's wording"),
        LintRule("duplicate-question", .warning, "two questions in the course have nearly the same stem"),
        LintRule("choice-form", .warning, "the options of a question differ widely in sentence count"),
        LintRule("min-objectives", .warning, "a module has fewer objectives than the course minimum"),
        LintRule("min-lessons", .warning, "a module has fewer lessons than the course minimum"),
        LintRule("min-lesson-words", .warning, "a lesson is shorter than the course minimum in some language"),
        LintRule("max-lesson-words", .warning, "a lesson is longer than the course maximum in some language"),
        LintRule("min-vignettes", .warning, "a lesson has fewer case vignettes than the course minimum"),
        LintRule("min-reflections", .warning, "a lesson has fewer reflection prompts than the course minimum"),
        LintRule("min-questions", .warning, "a quiz bank is smaller than the course minimum"),
        LintRule("min-scenarios", .warning, "a quiz bank has fewer scenarios than the course minimum"),
        LintRule("min-questions-per-objective", .warning, "an objective has fewer questions than the course minimum"),
        LintRule("min-sources", .warning, "a module cites fewer sources than the course minimum"),
        LintRule("min-glossary-terms", .warning, "the glossary has fewer terms than the course minimum"),
    ]
}
