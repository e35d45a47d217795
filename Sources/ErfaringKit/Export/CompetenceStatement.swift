import Foundation

/// What `erfaring summary` prints: the learner's competence statement for an employer, built from
/// the curriculum and the learner's event log. Private reflections are never part of it.
public struct CompetenceStatement: Hashable, Sendable {
    /// What the learner chose to put on the page.
    public struct Options: Hashable, Sendable {
        /// Only these modules (nil: all).
        public var modules: Set<String>?
        public var scores: Bool
        public var time: Bool

        public init(modules: Set<String>? = nil, scores: Bool = true, time: Bool = true) {
            self.modules = modules
            self.scores = scores
            self.time = time
        }
    }

    /// A completed module.
    public struct CompletedModule: Hashable, Sendable {
        public var title: LocalizedText
        public var completedAt: Date
        public var bestScore: Double?
        public var attempts: Int
    }

    /// A shown objective with its "can" statement.
    public struct Competence: Hashable, Sendable {
        public var can: LocalizedText
        public var evidence: ObjectiveEvidence
    }

    /// A competence area and the objectives shown in it.
    public struct Area: Hashable, Sendable {
        public var title: LocalizedText
        public var competences: [Competence]
    }

    public var courseTitle: LocalizedText
    /// The course's own summary, from `course.yaml`.
    public var courseSummary: LocalizedText
    public var courseVersion: String
    public var name: String
    public var date: Date
    public var options: Options
    /// Areas with at least one shown objective, in course order.
    public var areas: [Area]
    public var completed: [CompletedModule]
    /// Modules on the page (all, or those chosen).
    public var moduleCount: Int
    /// Active study seconds (nil when left off).
    public var studySeconds: TimeInterval?
    /// The facilitator's assignment, when the learner imported one.
    public var assignment: Assignment?

    /// Builds the statement. `events` is the learner's whole log; reflections in it are not read.
    public init(curriculum: Curriculum, events: [LearningEvent], name: String, version: String, date: Date,
                assignment: Assignment?, options: Options = Options()) {
        let chosen = { (id: String) in options.modules?.contains(id) ?? true }
        let summaries = ProgressReplay.summaries(curriculum: curriculum, events: events)
        completed = summaries.compactMap { summary in
            guard chosen(summary.moduleID), let at = summary.completedAt,
                  let module = curriculum.module(summary.moduleID) else { return nil }
            return CompletedModule(title: module.title, completedAt: at, bestScore: summary.bestScore, attempts: summary.attempts)
        }
        let shown = ObjectiveEvidence.shown(curriculum: curriculum, events: events).filter { chosen($0.moduleID) }
        areas = curriculum.course.competenceAreas.compactMap { area in
            let modules = Set(area.modules.map(\.value))
            let competences = shown.filter { modules.contains($0.moduleID) }.compactMap { evidence -> Competence? in
                guard let objective = curriculum.module(evidence.moduleID)?.objectives
                    .first(where: { $0.id.value == evidence.objectiveID }) else { return nil }
                return Competence(can: objective.can, evidence: evidence)
            }
            return competences.isEmpty ? nil : Area(title: area.title, competences: competences)
        }
        moduleCount = curriculum.modules.count { chosen($0.id.value) }
        studySeconds = options.time
            ? StudyTime.activeSeconds(options.modules == nil ? events : events.filter { $0.moduleID.map(chosen) ?? false })
            : nil
        courseTitle = curriculum.course.title
        courseSummary = curriculum.course.summary
        courseVersion = version
        self.name = name
        self.date = date
        self.options = options
        self.assignment = assignment
    }
}
