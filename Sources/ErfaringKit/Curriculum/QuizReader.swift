/// Builds a ``Quiz`` from the node tree of `Quizzes/<module-id>.yaml`.
struct QuizReader {
    let document: DocumentContext

    func read(_ root: YAMLNode) -> Quiz? {
        let name = root.peekID("module").map { "the quiz of '\($0)'" } ?? "the quiz"
        guard let quiz = MappingReader(root, what: name, keys: ["module", "pass-mark", "draw", "questions"],
                                       in: document) else { return nil }
        let module = quiz.id("module")
        let passMark = quiz.double("pass-mark")
        if let passMark, !(0...1).contains(passMark), let node = quiz.value("pass-mark") {
            document.sink.report(.passMarkRange, at: document.location(node),
                                 "'pass-mark' must be between 0 and 1; found \(node.scalar?.value ?? "")",
                                 notes: [.init("write a share: 0.8 means 80 percent")])
        }
        let draw = quiz.int("draw")
        if let draw, draw < 1, let node = quiz.value("draw") {
            document.sink.report(.drawTooLarge, at: document.location(node),
                                 "'draw' must be at least 1; found \(draw)")
        }
        let reader = QuestionReader(document: document)
        let questions = (quiz.list("questions") ?? []).compactMap(reader.readQuestion)
        // As with modules: keep the quiz when only its numbers have errors.
        guard let module else { return nil }
        return Quiz(module: module, passMark: passMark ?? 1, draw: draw ?? min(1, questions.count),
                    questions: questions, file: document.file,
                    drawLocation: quiz.value("draw").map(document.location),
                    questionsLocation: quiz.keyLocation("questions"))
    }
}

/// Reads questions: those of a quiz bank and the inline checks of lessons.
struct QuestionReader {
    let document: DocumentContext

    /// What a kind of question is written with: a `scenario:` text, choices with `text:`,
    /// choices marked `correct:` (an ordering question's choices are right in the order given).
    static func shape(of kind: Question.Kind) -> (scenario: Bool, choiceText: Bool, choiceCorrect: Bool) {
        switch kind {
        case .single, .multiple: (false, true, true)
        case .scenario: (true, true, true)
        case .trueFalse: (false, false, true)
        case .ordering: (false, true, false)
        }
    }

    func readQuestion(_ node: YAMLNode) -> Question? {
        let name = node.peekID().map { "question '\($0)'" } ?? "a question"
        let kindText = node.mapping?.first { $0.key.scalar?.value == "kind" }?.value.scalar?.value
        let kind = kindText.flatMap(Question.Kind.init(rawValue:))
        var keys = ["id", "kind", "objective", "prompt", "choices", "hint", "explanation"]
        if kind.map({ Self.shape(of: $0).scenario }) ?? true { keys.insert("scenario", at: 3) }
        guard let question = MappingReader(node, what: name, keys: keys, in: document) else { return nil }
        let id = question.id()
        if let kindNode = question.node("kind"), kind == nil,
           let text = document.string(kindNode, describing: "'kind' of \(name)") {
            let kinds = Question.Kind.allCases.map(\.rawValue)
            let hint = TextChecks.suggestion(for: text.value, among: kinds).map { "did you mean '\($0)'?" }
                ?? "expected one of: " + kinds.map { "'\($0)'" }.joined(separator: ", ")
            document.sink.report(.wrongType, at: text.location,
                                 "unknown question kind '\(text.value)' in \(name)", notes: [.init(hint)])
        }
        let objective = question.id("objective")
        guard let id, let kind else {
            _ = readBody(question, id: nil, kind: kind ?? .single, objective: objective, name: name)
            return nil
        }
        return readBody(question, id: id, kind: kind, objective: objective, name: name)
    }

    /// Reads what questions and checks share: scenario, prompt, choices, hint, explanation.
    func readBody(_ reader: MappingReader, id: Located<String>?, kind: Question.Kind,
                  objective: Located<String>?, name: String) -> Question? {
        let shape = Self.shape(of: kind)
        let scenario = shape.scenario ? reader.text("scenario") : nil
        let prompt = reader.text("prompt")
        let choices = (reader.list("choices") ?? []).compactMap { readChoice($0, kind: kind, of: name) }
        let hint = reader.text("hint", required: false)
        let explanation = reader.text("explanation")
        guard let id, let prompt, let explanation, reader.has("choices") else { return nil }
        if shape.scenario && scenario == nil { return nil }
        return Question(id: id, kind: kind, objective: objective, scenario: scenario, prompt: prompt,
                        choices: choices, hint: hint, hintLocation: reader.keyLocation("hint"),
                        explanation: explanation, location: reader.location)
    }

    private func readChoice(_ node: YAMLNode, kind: Question.Kind, of questionName: String) -> Choice? {
        let name = node.peekID().map { "choice '\($0)' of \(questionName)" } ?? "a choice of \(questionName)"
        // 'text' and 'correct' are known keys for every kind; where a kind forbids one,
        // 'key-not-allowed' below says why.
        let keys = ["id", "text", "correct", "feedback"]
        guard let choice = MappingReader(node, what: name, keys: keys, in: document) else { return nil }
        let shape = Self.shape(of: kind)
        if !shape.choiceText, let location = choice.keyLocation("text") {
            document.sink.report(.keyNotAllowed, at: location,
                                 "true/false choices take no 'text' in \(name)",
                                 notes: [.init("the shell shows 'Sant'/'Usant' and 'True'/'False' itself")])
        }
        if !shape.choiceCorrect, let location = choice.keyLocation("correct") {
            document.sink.report(.keyNotAllowed, at: location,
                                 "ordering choices take no 'correct' in \(name)",
                                 notes: [.init("list the choices in the correct order instead")])
        }
        let id = choice.id()
        let text = shape.choiceText ? choice.text("text") : nil
        let isCorrect = shape.choiceCorrect ? (choice.bool("correct", required: false) ?? false) : false
        let feedback = readFeedback(choice, name: name)
        guard let id else { return nil }
        return Choice(id: id, text: text, isCorrect: isCorrect,
                      feedback: feedback ?? LocalizedText(nb: "", en: ""))
    }

    private func readFeedback(_ choice: MappingReader, name: String) -> LocalizedText? {
        guard let node = choice.value("feedback") else {
            document.sink.report(.missingFeedback, at: choice.location, "\(name) has no feedback",
                                 notes: [.init("every choice says why it is right or wrong, in every language")])
            return nil
        }
        guard let pairs = node.mapping else {
            return document.text(node, key: "feedback", of: name)
        }
        var nb = "", en = ""
        for language in Language.allCases {
            let value = pairs.first { $0.key.scalar?.value == language.rawValue }?.value
            if let value, let text = document.string(value, describing: "'\(language.rawValue)' feedback of \(name)"),
               !TextChecks.isBlank(text.value) {
                if language == .nb { nb = text.value } else { en = text.value }
            } else {
                document.sink.report(.missingFeedback, at: document.location(node),
                                     "\(name) has no feedback in '\(language.rawValue)'")
            }
        }
        for pair in pairs where Language(rawValue: pair.key.scalar?.value ?? "") == nil {
            let key = pair.key.scalar?.value ?? ""
            document.sink.report(.unknownKey, at: document.location(pair.key),
                                 "unknown key '\(key)' in 'feedback' of \(name)",
                                 notes: [.init("expected one of: 'nb', 'en'")])
        }
        return LocalizedText(nb: nb, en: en)
    }
}
