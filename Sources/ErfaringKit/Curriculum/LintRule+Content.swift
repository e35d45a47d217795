/// The rules of the curriculum format, and the table of every rule.
extension LintRule {
    /// The file holds no document.
    public static let emptyFile = LintRule("empty-file", .error, "the file holds no document")
    /// A key the format does not know (often a typo).
    public static let unknownKey = LintRule("unknown-key", .error, "a key the format does not know (often a typo)")
    /// A required key is absent.
    public static let missingKey = LintRule("missing-key", .error, "a required key is absent")
    /// A value has the wrong type (text, number, boolean, list, mapping).
    public static let wrongType = LintRule(
        "wrong-type", .error, "a value has the wrong type (text, number, boolean, list, mapping)")
    /// A key that does not apply to this kind of question.
    public static let keyNotAllowed = LintRule(
        "key-not-allowed", .error, "a key that does not apply to this kind of question or conversation node")
    /// A number or count outside what is allowed.
    public static let valueRange = LintRule("value-range", .error, "a number or count outside what is allowed")
    /// A text lacks one of the course languages.
    public static let missingLocale = LintRule("missing-locale", .error, "a text lacks one of the course languages")
    /// A text is empty in one language.
    public static let emptyText = LintRule("empty-text", .error, "a text is empty in one language")
    /// An id is not kebab-case.
    public static let invalidId = LintRule("invalid-id", .error, "an id is not kebab-case")
    /// Two items of one kind share an id.
    public static let duplicateId = LintRule("duplicate-id", .error, "two items of one kind share an id")
    /// A module or quiz id differs from its file name.
    public static let fileName = LintRule("file-name", .error, "a module or quiz id differs from its file name")
    /// A reference to a module, objective or quiz that does not exist.
    public static let danglingReference = LintRule(
        "dangling-reference", .error, "a reference to a module, objective or quiz that does not exist")
    /// A module is in no competence area, or in more than one.
    public static let competenceArea = LintRule(
        "competence-area", .error, "a module is in no competence area, or in more than one")
    /// Prerequisites form a cycle, so no module in it can be opened.
    public static let prerequisiteCycle = LintRule(
        "prerequisite-cycle", .error, "prerequisites form a cycle, so no module in it can be opened")
    /// No lesson lists the objective.
    public static let untaughtObjective = LintRule("untaught-objective", .warning, "no lesson lists the objective")
    /// An objective's 'can' statement does not begin 'kan ' / 'can ' or is too long.
    public static let objectiveCan = LintRule(
        "objective-can", .error, "an objective's 'can' statement does not begin 'kan ' / 'can ' or is too long")
    /// An objective is assessed by fewer than 2 questions.
    public static let objectiveCoverage = LintRule(
        "objective-coverage", .error, "an objective is assessed by fewer than 2 questions")
    /// A choice has no feedback in some language.
    public static let missingFeedback = LintRule(
        "missing-feedback", .error, "a choice has no feedback in some language")
    /// A question has no correct choice.
    public static let noCorrectAnswer = LintRule("no-correct-answer", .error, "a question has no correct choice")
    /// A single-answer question has several correct choices.
    public static let severalCorrect = LintRule(
        "several-correct", .error, "a single-answer question has several correct choices")
    /// A question has too few or too many choices.
    public static let choiceCount = LintRule("choice-count", .error, "a question has too few or too many choices")
    /// A true/false question lacks its 'true' and 'false' choices.
    public static let trueFalseChoices = LintRule(
        "true-false-choices", .error, "a true/false question lacks its 'true' and 'false' choices")
    /// An ordering question cannot be answered.
    public static let orderingUnanswerable = LintRule(
        "ordering-unanswerable", .error, "an ordering question cannot be answered")
    /// A node of a practice conversation cannot be reached from its start.
    public static let conversationUnreachable = LintRule(
        "conversation-unreachable", .error, "a node of a practice conversation cannot be reached from its start")
    /// No ending of a practice conversation can be reached from a node.
    public static let conversationDeadEnd = LintRule(
        "conversation-dead-end", .error, "no ending of a practice conversation can be reached from a node")
    /// Options form a cycle that no `retry: true` option closes.
    public static let conversationCycle = LintRule(
        "conversation-cycle", .error, "options form a cycle that no 'retry: true' option closes")
    /// A conversation's longest path is too long.
    public static let conversationLength = LintRule(
        "conversation-length", .error,
        "a conversation's longest path has more than 10 decisions (retry options left out)")
    /// A conversation lacks decisions or endings of the kinds it needs.
    public static let conversationEndings = LintRule(
        "conversation-endings", .error,
        "a conversation has fewer than 3 decisions or 3 endings, or lacks a skill or a mistake ending")
    /// A count or text length of a conversation file is outside its bounds.
    public static let conversationBounds = LintRule(
        "conversation-bounds", .error, "a count or text length of a conversation file is outside its bounds")
    /// A help line's number is not a phone number.
    public static let helpLineNumber = LintRule(
        "help-line-number", .error, "a help line's number is not a phone number")
    /// The pass mark is outside 0–1.
    public static let passMarkRange = LintRule("pass-mark-range", .error, "the pass mark is outside 0–1")
    /// A quiz draws more questions than its bank holds, or none.
    public static let drawTooLarge = LintRule(
        "draw-too-large", .error, "a quiz draws more questions than its bank holds, or none")
    /// The right option is clearly the longest (an error when over a third of a bank's questions are).
    public static let answerLongest = LintRule(
        "answer-longest", .warning, "the right option is clearly the longest (an error when over a third of a bank's questions are)")
    /// The right options are on average much longer than the wrong ones.
    public static let answerLengthSpread = LintRule(
        "answer-length-spread", .warning, "the right options are on average much longer than the wrong ones")
    /// A bank's true/false statements are mostly true or mostly false.
    public static let trueFalseBalance = LintRule(
        "true-false-balance", .warning, "a bank's true/false statements are mostly true or mostly false")
    /// A hint shares the right option's wording.
    public static let hintRevealsAnswer = LintRule(
        "hint-reveals-answer", .warning, "a hint shares the right option's wording")
    /// Two questions in the course have nearly the same stem.
    public static let duplicateQuestion = LintRule(
        "duplicate-question", .warning, "two questions in the course have nearly the same stem")
    /// The options of a question differ widely in sentence count.
    public static let choiceForm = LintRule(
        "choice-form", .warning, "the options of a question differ widely in sentence count")
    /// A module has fewer objectives than the course minimum.
    public static let minObjectives = LintRule(
        "min-objectives", .warning, "a module has fewer objectives than the course minimum")
    /// A module has fewer lessons than the course minimum.
    public static let minLessons = LintRule(
        "min-lessons", .warning, "a module has fewer lessons than the course minimum")
    /// A lesson is shorter than the course minimum in some language.
    public static let minLessonWords = LintRule(
        "min-lesson-words", .warning, "a lesson is shorter than the course minimum in some language")
    /// A lesson is longer than the course maximum in some language.
    public static let maxLessonWords = LintRule(
        "max-lesson-words", .warning, "a lesson is longer than the course maximum in some language")
    /// A lesson has fewer case vignettes than the course minimum.
    public static let minVignettes = LintRule(
        "min-vignettes", .warning, "a lesson has fewer case vignettes than the course minimum")
    /// A lesson has fewer reflection prompts than the course minimum.
    public static let minReflections = LintRule(
        "min-reflections", .warning, "a lesson has fewer reflection prompts than the course minimum")
    /// A quiz bank is smaller than the course minimum.
    public static let minQuestions = LintRule(
        "min-questions", .warning, "a quiz bank is smaller than the course minimum")
    /// A quiz bank has fewer scenarios than the course minimum.
    public static let minScenarios = LintRule(
        "min-scenarios", .warning, "a quiz bank has fewer scenarios than the course minimum")
    /// An objective has fewer questions than the course minimum.
    public static let minQuestionsPerObjective = LintRule(
        "min-questions-per-objective", .warning, "an objective has fewer questions than the course minimum")
    /// A module cites fewer sources than the course minimum.
    public static let minSources = LintRule(
        "min-sources", .warning, "a module cites fewer sources than the course minimum")
    /// The glossary has fewer terms than the course minimum.
    public static let minGlossaryTerms = LintRule(
        "min-glossary-terms", .warning, "the glossary has fewer terms than the course minimum")

    /// Every rule, grouped as the format documentation groups them. A rule declared but not
    /// listed here is found by `LayerTests`.
    public static let all: [LintRule] = [
        .yamlSyntax,
        .yamlEncoding,
        .yamlDuplicateKey,
        .yamlAliasLimit,
        .yamlDepth,
        .yamlFileSize,
        .yamlTag,
        .yamlMultipleDocuments,
        .emptyFile,
        .controlCharacter,
        .unknownKey,
        .missingKey,
        .wrongType,
        .keyNotAllowed,
        .valueRange,
        .missingLocale,
        .emptyText,
        .invalidId,
        .duplicateId,
        .fileName,
        .danglingReference,
        .competenceArea,
        .prerequisiteCycle,
        .untaughtObjective,
        .objectiveCan,
        .objectiveCoverage,
        .missingFeedback,
        .noCorrectAnswer,
        .severalCorrect,
        .choiceCount,
        .trueFalseChoices,
        .orderingUnanswerable,
        .conversationUnreachable,
        .conversationDeadEnd,
        .conversationCycle,
        .conversationLength,
        .conversationEndings,
        .conversationBounds,
        .helpLineNumber,
        .passMarkRange,
        .drawTooLarge,
        .answerLongest,
        .answerLengthSpread,
        .trueFalseBalance,
        .hintRevealsAnswer,
        .duplicateQuestion,
        .choiceForm,
        .minObjectives,
        .minLessons,
        .minLessonWords,
        .maxLessonWords,
        .minVignettes,
        .minReflections,
        .minQuestions,
        .minScenarios,
        .minQuestionsPerObjective,
        .minSources,
        .minGlossaryTerms,
    ]
}
