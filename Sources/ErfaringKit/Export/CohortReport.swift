import Foundation

/// One learner's progress as the cohort report sees it, from an export file or an LRS.
public struct LearnerProgress: Hashable, Sendable {
    public var id: String
    public var name: String?
    public var modules: [ModuleSummary]
    /// Due dates from the assignments the learner imported: module id → the earliest due date of
    /// an assignment covering it. Used when the report is not given an assignment of its own.
    public var due: [String: String]

    public init(id: String, name: String?, modules: [ModuleSummary], due: [String: String] = [:]) {
        self.id = id
        self.name = name
        self.modules = modules
        self.due = due
    }

    public init(export: ProgressExport) {
        self.init(id: export.learner.id, name: export.learner.name, modules: export.summaries,
                  due: Self.earliestDue(export.assignments.flatMap(\.modules)))
    }

    /// Module id → the earliest due date among `items`.
    public static func earliestDue(_ items: [Assignment.Item]) -> [String: String] {
        Dictionary(items.map { ($0.moduleID, $0.due) }, uniquingKeysWith: { min($0, $1) })
    }

    /// Short label: the name if the learner shared it, else the start of the pseudonymous id.
    public var label: String { name.map { "\($0) (\(id.prefix(8)))" } ?? String(id.prefix(8)) }
}

/// The learner × module matrix a facilitator reads: state, best score, last activity, overdue
/// flags, and cohort totals.
public struct CohortReport: Hashable, Sendable {
    public enum State: String, Hashable, Sendable, Codable {
        case locked, notStarted = "not-started", inProgress = "in-progress", quizPending = "quiz-pending", completed
    }

    public struct Cell: Hashable, Sendable {
        public var moduleID: String
        public var state: State
        public var lessonsDone: Int
        public var lessonsTotal: Int
        /// Finished quiz attempts, and the scores of the latest and the best of them.
        public var attempts: Int
        public var bestScore: Double?
        public var lastScore: Double?
        public var lastActivityAt: Date?
        /// The assignment's due date for this module, if any.
        public var due: String?
        public var overdue: Bool
        /// The module's practice conversations with an ending reached, of those the course ships.
        public var conversationsCompleted: Int = 0
        public var conversationsTotal: Int = 0
    }

    public struct Row: Hashable, Sendable {
        public var learner: LearnerProgress
        public var cells: [Cell]
        public var lastActivityAt: Date?

        /// Practice conversations completed of all in the modules shown.
        public var practice: (completed: Int, total: Int) {
            (cells.map(\.conversationsCompleted).reduce(0, +), cells.map(\.conversationsTotal).reduce(0, +))
        }
    }

    /// Whether the modules shown have any practice conversations (else the report leaves practice out).
    public var hasConversations: Bool { rows.first.map { $0.practice.total > 0 } ?? false }

    public struct ModuleTotals: Hashable, Sendable {
        public var moduleID: String
        public var completed: Int
        public var inProgress: Int
        public var overdue: Int
        public var averageBestScore: Double?
    }

    public var courseTitle: String
    public var modules: [(id: String, title: String)]
    public var rows: [Row]
    public var totals: [ModuleTotals]
    public var today: String
    public var cohort: String?
    /// Where the learners' progress came from; a report from an LRS states that source's limits.
    public var source: Source = .files

    /// Export files name exactly the learners given; an LRS has every learner who synced.
    public enum Source: Hashable, Sendable {
        case files
        case lrs
    }

    public static func == (lhs: CohortReport, rhs: CohortReport) -> Bool {
        lhs.rows == rhs.rows && lhs.totals == rhs.totals && lhs.today == rhs.today && lhs.cohort == rhs.cohort
            && lhs.source == rhs.source
            && lhs.modules.map(\.id) == rhs.modules.map(\.id)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rows)
        hasher.combine(today)
    }

    /// - Parameters:
    ///   - assignment: due dates to flag as overdue; with one, only its modules are shown. Without
    ///     one, each learner's own imported assignments give the due dates.
    ///   - today: the calendar day, `YYYY-MM-DD`, that due dates are compared with.
    ///   - source: files or an LRS; the HTML page names an LRS's limits.
    public init(curriculum: Curriculum, learners: [LearnerProgress], assignment: Assignment?, today: String,
                language: Language, source: Source = .files) {
        self.source = source
        courseTitle = curriculum.course.title[language]
        self.today = today
        cohort = assignment?.cohort
        let due = Dictionary((assignment?.items ?? []).map { ($0.moduleID, $0.due) }, uniquingKeysWith: { first, _ in first })
        let shown = curriculum.modules.filter { assignment == nil || due[$0.id.value] != nil }
        modules = shown.map { ($0.id.value, $0.title[language]) }
        let rows = learners.sorted { ($0.name ?? "~", $0.id) < ($1.name ?? "~", $1.id) }.map { learner in
            let byModule = Dictionary(learner.modules.map { ($0.moduleID, $0) }, uniquingKeysWith: { first, _ in first })
            let completed = Set(learner.modules.filter { $0.completedAt != nil }.map(\.moduleID))
            let cells = shown.map { module -> Cell in
                let id = module.id.value
                let summary = byModule[id] ?? ModuleSummary(moduleID: id, lessonsTotal: module.lessons.count)
                let state: State
                if summary.completedAt != nil {
                    state = .completed
                } else if summary.lessonsDone >= module.lessons.count && !module.lessons.isEmpty {
                    state = .quizPending
                } else if summary.isStarted {
                    state = .inProgress
                } else if module.prerequisites.contains(where: { !completed.contains($0.value) }) {
                    state = .locked
                } else {
                    state = .notStarted
                }
                let dueDate = assignment == nil ? learner.due[id] : due[id]
                let conversations = curriculum.conversations(for: id).map(\.id.value)
                let completedConversations = Set(summary.conversations.filter(\.isCompleted).map(\.conversationID))
                return Cell(moduleID: id, state: state, lessonsDone: summary.lessonsDone,
                            lessonsTotal: module.lessons.count, attempts: summary.attempts,
                            bestScore: summary.bestScore,
                            // An export from before lastScore existed: known only when there was one attempt.
                            lastScore: summary.lastScore ?? (summary.attempts == 1 ? summary.bestScore : nil),
                            lastActivityAt: summary.lastActivityAt, due: dueDate,
                            overdue: dueDate.map { $0 < today && state != .completed } ?? false,
                            conversationsCompleted: conversations.count { completedConversations.contains($0) },
                            conversationsTotal: conversations.count)
            }
            return Row(learner: learner, cells: cells, lastActivityAt: cells.compactMap(\.lastActivityAt).max())
        }
        self.rows = rows
        totals = shown.map { module in
            let cells = rows.compactMap { $0.cells.first { $0.moduleID == module.id.value } }
            let scores = cells.compactMap(\.bestScore)
            return ModuleTotals(moduleID: module.id.value, completed: cells.count { $0.state == .completed },
                                inProgress: cells.count { $0.state == .inProgress || $0.state == .quizPending },
                                overdue: cells.count(where: \.overdue),
                                averageBestScore: scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count))
        }
    }
}
