/// A simulated learner who knows nothing of the subject and answers by surface cues alone, as
/// docs/curriculum-format.md ("The cue score") describes. It takes quizzes exactly as the shell
/// draws them (``QuizDraw``) and is graded by the ``Grader``.
public enum TestWiseLearner {
    /// One way of answering without knowing the subject.
    public enum Strategy: String, CaseIterable, Hashable, Sendable, Codable {
        /// Single: the longest option; multiple: the longer half; true/false: 'false';
        /// ordering: shortest first.
        case longest
        /// Single: the shortest option; multiple: the shorter half; true/false: 'true';
        /// ordering: longest first.
        case shortest
        /// The option sharing most words with the stem; multiple: the half with most; true/false: 'true'.
        case overlap
        /// The first option shown (the first half for multiple; the order shown for ordering).
        case first
        /// The last option shown (the last half; the order shown reversed).
        case last
    }

    /// What the learner answers to `question`, whose choices are shown in `order`.
    public static func response(to question: Question, shown order: [String], strategy: Strategy,
                                language: Language) -> [String] {
        let byID = Dictionary(question.choices.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        let shown = order.compactMap { byID[$0] }
        let stemWords = Set(ItemText.words(ItemText.stem(question, language)))
        func length(_ choice: Choice) -> Int { ItemText.length(ItemText.text(choice, language)) }
        func overlap(_ choice: Choice) -> Int {
            Set(ItemText.words(choice.text?[language] ?? "")).intersection(stemWords).count
        }
        switch question.kind {
        case .trueFalse:
            switch strategy {
            case .longest: return ["false"]
            case .shortest, .overlap: return ["true"]
            case .first: return shown.first.map { [$0.id.value] } ?? []
            case .last: return shown.last.map { [$0.id.value] } ?? []
            }
        case .ordering:
            let ordered: [Choice]
            switch strategy {
            case .longest: ordered = shown.sorted { length($0) < length($1) }
            case .shortest: ordered = shown.sorted { length($0) > length($1) }
            case .overlap, .first: ordered = shown
            case .last: ordered = shown.reversed()
            }
            return ordered.map(\.id.value)
        case .multiple:
            let half = max(1, shown.count / 2)
            let picked: [Choice]
            switch strategy {
            case .longest: picked = Array(shown.sorted { length($0) > length($1) }.prefix(half))
            case .shortest: picked = Array(shown.sorted { length($0) < length($1) }.prefix(half))
            case .overlap: picked = Array(shown.sorted { overlap($0) > overlap($1) }.prefix(half))
            case .first: picked = Array(shown.prefix(half))
            case .last: picked = Array(shown.suffix(half))
            }
            return picked.map(\.id.value)
        case .single, .scenario:
            let pick: Choice?
            switch strategy {
            case .longest: pick = shown.max { length($0) < length($1) }
            case .shortest: pick = shown.min { length($0) < length($1) }
            case .overlap: pick = shown.max { overlap($0) < overlap($1) }
            case .first: pick = shown.first
            case .last: pick = shown.last
            }
            return pick.map { [$0.id.value] } ?? []
        }
    }
}
