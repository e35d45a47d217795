/// Figures about the content, for authors: words, lessons, vignettes, questions, coverage.
public struct CurriculumStats: Hashable, Sendable, Codable {
    public struct LanguageFigures: Hashable, Sendable, Codable {
        public var words: Int
        public var shortestLesson: Int
        public var longestLesson: Int
    }

    /// A module's practice conversations: how many, their nodes and their endings.
    public struct ConversationFigures: Hashable, Sendable, Codable {
        public var conversations = 0
        public var nodes = 0
        public var endings = 0
        /// Endings by kind: `skill`, `mixed`, `mistake`.
        public var endingsByKind: [String: Int] = [:]

        init(_ list: [Conversation] = []) {
            for conversation in list {
                conversations += 1
                nodes += conversation.nodes.count
                for kind in conversation.nodes.compactMap(\.endingKind) {
                    endings += 1
                    endingsByKind[kind.rawValue, default: 0] += 1
                }
            }
        }

        mutating func add(_ other: ConversationFigures) {
            conversations += other.conversations
            nodes += other.nodes
            endings += other.endings
            endingsByKind.merge(other.endingsByKind, uniquingKeysWith: +)
        }
    }

    public struct ModuleFigures: Hashable, Sendable, Codable {
        public var id: String
        public var objectives: Int
        public var lessons: Int
        public var vignettes: Int
        public var reflections: Int
        public var checks: Int
        public var questions: Int
        public var questionsByKind: [String: Int]
        /// The fewest questions any objective has.
        public var fewestQuestionsPerObjective: Int
        public var sources: Int
        public var languages: [String: LanguageFigures]
        /// How far the quiz can be passed by surface cues (none for the totals, or a module
        /// without a quiz).
        public var cueScore: CueScore?
        public var conversations = ConversationFigures()
    }

    public var modules: [ModuleFigures]
    public var totals: ModuleFigures
    public var glossaryTerms: Int
    public var readinessItems: Int

    /// - Parameter cueDraws: the seeded draws the cue score simulates per strategy and language.
    public init(_ curriculum: Curriculum, cueDraws: Int = 500) {
        modules = curriculum.modules.map { module in
            let quiz = curriculum.quiz(for: module.id.value)
            let questions = quiz?.questions ?? []
            var byKind: [String: Int] = [:]
            for kind in Question.Kind.allCases { byKind[kind.rawValue] = questions.count { $0.kind == kind } }
            let perObjective = module.objectives.map { objective in
                questions.count { $0.objective?.value == objective.id.value }
            }
            var languages: [String: LanguageFigures] = [:]
            for language in Language.allCases {
                let words = module.lessons.map { $0.wordCount(in: language) }
                languages[language.rawValue] = LanguageFigures(
                    words: words.reduce(0, +), shortestLesson: words.min() ?? 0, longestLesson: words.max() ?? 0)
            }
            return ModuleFigures(
                id: module.id.value, objectives: module.objectives.count, lessons: module.lessons.count,
                vignettes: module.lessons.reduce(0) { $0 + $1.count(of: .vignette) },
                reflections: module.lessons.reduce(0) { $0 + $1.count(of: .reflection) },
                checks: module.lessons.reduce(0) { $0 + $1.count(of: .check) },
                questions: questions.count, questionsByKind: byKind,
                fewestQuestionsPerObjective: perObjective.min() ?? 0,
                sources: module.sources.count, languages: languages,
                cueScore: quiz.map { CueScore(quiz: $0, draws: cueDraws) },
                conversations: ConversationFigures(curriculum.conversations(for: module.id.value)))
        }
        var totals = ModuleFigures(id: "total", objectives: 0, lessons: 0, vignettes: 0, reflections: 0,
                                   checks: 0, questions: 0, questionsByKind: [:],
                                   fewestQuestionsPerObjective: modules.map(\.fewestQuestionsPerObjective).min() ?? 0,
                                   sources: 0, languages: [:], cueScore: nil)
        for figures in modules {
            totals.objectives += figures.objectives
            totals.lessons += figures.lessons
            totals.vignettes += figures.vignettes
            totals.reflections += figures.reflections
            totals.checks += figures.checks
            totals.questions += figures.questions
            totals.sources += figures.sources
            totals.conversations.add(figures.conversations)
            totals.questionsByKind.merge(figures.questionsByKind, uniquingKeysWith: +)
            for (language, value) in figures.languages {
                let previous = totals.languages[language]
                totals.languages[language] = LanguageFigures(
                    words: (previous?.words ?? 0) + value.words,
                    shortestLesson: min(previous?.shortestLesson ?? .max, value.shortestLesson),
                    longestLesson: max(previous?.longestLesson ?? 0, value.longestLesson))
            }
        }
        self.totals = totals
        glossaryTerms = curriculum.course.glossary.count
        readinessItems = curriculum.course.readiness.items.count
    }
}
