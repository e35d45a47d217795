/// How far a quiz bank can be passed by surface cues: the ``TestWiseLearner``'s pass rate and
/// mean score per strategy and language over many seeded draws, and how often the right option
/// of a single-answer or scenario question is the single longest. `erfaring stats` shows it, and
/// the test suite holds the shipped banks to it.
public struct CueScore: Hashable, Sendable, Codable {
    /// One strategy in one language.
    public struct Cell: Hashable, Sendable, Codable {
        public var strategy: TestWiseLearner.Strategy
        public var language: Language
        /// The share of draws the learner passed, 0–1.
        public var passRate: Double
        /// The learner's mean score, 0–1.
        public var meanScore: Double
    }

    /// The draws simulated per strategy and language.
    public var draws: Int
    public var cells: [Cell]
    /// Per language: single-answer and scenario questions whose right option is the single longest.
    public var rightLongest: [String: Int]
    /// Per language: those whose right option is the single shortest (the reverse cue).
    public var rightShortest: [String: Int]
    /// The number of single-answer and scenario questions.
    public var singleAnswerQuestions: Int

    /// Simulates `draws` attempts, with seeds 1 to `draws`, for every strategy and language.
    /// Each attempt is drawn once and answered by every strategy, so the work is linear in
    /// `draws` times the questions drawn.
    public init(quiz: Quiz, draws: Int = 500) {
        self.draws = max(draws, 0)
        let byID = Dictionary(quiz.questions.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        let keys = Language.allCases.flatMap { language in
            TestWiseLearner.Strategy.allCases.map { (language, $0) }
        }
        var cues: [Language: [String: TestWiseLearner.Cues]] = [:]
        for language in Language.allCases {
            for question in quiz.questions {
                cues[language, default: [:]][question.id.value] = TestWiseLearner.Cues(question, language: language)
            }
        }
        var passes = Array(repeating: 0, count: keys.count)
        var totals = Array(repeating: 0.0, count: keys.count)
        for seed in 0..<self.draws {
            let draw = QuizDraw(quiz: quiz, seed: UInt64(seed + 1))
            for (index, (language, strategy)) in keys.enumerated() {
                var right = 0
                for item in draw.items {
                    guard let question = byID[item.questionID],
                          let questionCues = cues[language]?[item.questionID] else { continue }
                    let response = TestWiseLearner.response(to: question, shown: item.choiceOrder,
                                                            strategy: strategy, cues: questionCues)
                    if Grader.grade(question, response: response).correct { right += 1 }
                }
                let score = draw.items.isEmpty ? 0 : Double(right) / Double(draw.items.count)
                totals[index] += score
                if PassMark.passes(correct: right, of: draw.items.count, passMark: quiz.passMark) { passes[index] += 1 }
            }
        }
        let count = Double(max(self.draws, 1))
        cells = keys.enumerated().map { index, key in
            Cell(strategy: key.1, language: key.0, passRate: Double(passes[index]) / count,
                 meanScore: totals[index] / count)
        }
        let singleAnswer = quiz.questions.filter { ItemWritingRules.rules(for: $0.kind).longestCue }
        singleAnswerQuestions = singleAnswer.count
        var longest: [String: Int] = [:]
        var shortest: [String: Int] = [:]
        for language in Language.allCases {
            longest[language.rawValue] = 0
            shortest[language.rawValue] = 0
            for question in singleAnswer {
                guard let right = question.choices.first(where: \.isCorrect) else { continue }
                let length = ItemText.length(ItemText.text(right, language))
                let others = question.choices.filter { $0.id.value != right.id.value }
                    .map { ItemText.length(ItemText.text($0, language)) }
                if others.allSatisfy({ $0 < length }) { longest[language.rawValue, default: 0] += 1 }
                if others.allSatisfy({ $0 > length }) { shortest[language.rawValue, default: 0] += 1 }
            }
        }
        rightShortest = shortest
        rightLongest = longest
    }

    /// The best mean score any strategy gets in `language`, with that strategy.
    public func best(in language: Language) -> Cell? {
        cells.filter { $0.language == language }.max { $0.meanScore < $1.meanScore }
    }
}
