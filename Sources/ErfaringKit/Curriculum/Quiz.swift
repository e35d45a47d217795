/// The question bank of one module.
public struct Quiz: Hashable, Sendable {
    public var module: Located<String>
    /// The share of drawn questions to answer correctly, 0–1.
    public var passMark: Double
    /// How many questions one attempt draws.
    public var draw: Int
    public var questions: [Question]
    public var file: String
    /// Where `draw:`'s value is written, for messages about it.
    public var drawLocation: SourceLocation?
    /// Where the `questions:` key is written, for messages about the bank as a whole.
    public var questionsLocation: SourceLocation? = nil
}

public struct Question: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        case single, multiple, trueFalse = "true-false", ordering, scenario
    }

    public var id: Located<String>
    public var kind: Kind
    /// The objective assessed (absent for inline checks in lessons).
    public var objective: Located<String>?
    /// The case shown before the prompt, for scenarios.
    public var scenario: LocalizedText?
    public var prompt: LocalizedText
    /// For ordering questions: in the correct order.
    public var choices: [Choice]
    public var hint: LocalizedText?
    /// Where the `hint:` key is written.
    public var hintLocation: SourceLocation? = nil
    public var explanation: LocalizedText
    public var location: SourceLocation

    /// Ids of the correct choices (for ordering: every choice, in order).
    public var correctChoiceIDs: [String] {
        switch kind {
        case .ordering: choices.map(\.id.value)
        case .single, .multiple, .trueFalse, .scenario: choices.filter(\.isCorrect).map(\.id.value)
        }
    }

    /// Every learner-facing text of the question.
    public var texts: [LocalizedText] {
        var all: [LocalizedText] = []
        if let scenario { all.append(scenario) }
        all.append(prompt)
        for choice in choices {
            if let text = choice.text { all.append(text) }
            all.append(choice.feedback)
        }
        if let hint { all.append(hint) }
        all.append(explanation)
        return all
    }
}

public struct Choice: Hashable, Sendable {
    public var id: Located<String>
    /// Absent for true/false choices, whose text the shell supplies.
    public var text: LocalizedText?
    public var isCorrect: Bool
    public var feedback: LocalizedText
}
