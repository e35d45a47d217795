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

    /// What the learner sees of one question in one language: each choice's length and the
    /// number of words it shares with the stem. Worked out once per question, not per draw.
    public struct Cues: Sendable {
        public var lengths: [String: Int]
        public var overlaps: [String: Int]

        public init(_ question: Question, language: Language) {
            let stemWords = Set(ItemText.words(ItemText.stem(question, language)))
            var lengths: [String: Int] = [:]
            var overlaps: [String: Int] = [:]
            for choice in question.choices {
                lengths[choice.id.value] = ItemText.length(ItemText.text(choice, language))
                overlaps[choice.id.value] = Set(ItemText.words(choice.text?[language] ?? "")).intersection(stemWords).count
            }
            self.lengths = lengths
            self.overlaps = overlaps
        }
    }

    /// What the learner answers to `question`, whose choices are shown in `order`.
    public static func response(to question: Question, shown order: [String], strategy: Strategy,
                                language: Language) -> [String] {
        response(to: question, shown: order, strategy: strategy, cues: Cues(question, language: language))
    }

    /// The same, with the question's cues worked out beforehand.
    public static func response(to question: Question, shown order: [String], strategy: Strategy,
                                cues: Cues) -> [String] {
        let ids = Set(question.choices.map(\.id.value))
        let shown = order.filter(ids.contains)
        func length(_ id: String) -> Int { cues.lengths[id] ?? 0 }
        func overlap(_ id: String) -> Int { cues.overlaps[id] ?? 0 }
        switch question.kind {
        case .trueFalse:
            switch strategy {
            case .longest: return ["false"]
            case .shortest, .overlap: return ["true"]
            case .first: return shown.first.map { [$0] } ?? []
            case .last: return shown.last.map { [$0] } ?? []
            }
        case .ordering:
            let ordered: [String]
            switch strategy {
            case .longest: ordered = shown.sorted { length($0) < length($1) }
            case .shortest: ordered = shown.sorted { length($0) > length($1) }
            case .overlap, .first: ordered = shown
            case .last: ordered = shown.reversed()
            }
            return ordered
        case .multiple:
            let half = max(1, shown.count / 2)
            let picked: [String]
            switch strategy {
            case .longest: picked = Array(shown.sorted { length($0) > length($1) }.prefix(half))
            case .shortest: picked = Array(shown.sorted { length($0) < length($1) }.prefix(half))
            case .overlap: picked = Array(shown.sorted { overlap($0) > overlap($1) }.prefix(half))
            case .first: picked = Array(shown.prefix(half))
            case .last: picked = Array(shown.suffix(half))
            }
            return picked
        case .single, .scenario:
            let pick: String?
            switch strategy {
            case .longest: pick = shown.max { length($0) < length($1) }
            case .shortest: pick = shown.min { length($0) < length($1) }
            case .overlap: pick = shown.max { overlap($0) < overlap($1) }
            case .first: pick = shown.first
            case .last: pick = shown.last
            }
            return pick.map { [$0] } ?? []
        }
    }
}
