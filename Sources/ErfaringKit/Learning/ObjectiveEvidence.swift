import Foundation

/// An objective the learner has shown: questions on it answered right in the quiz of a module
/// whose quiz they passed.
public struct ObjectiveEvidence: Hashable, Sendable {
    public var moduleID: String
    public var objectiveID: String
    /// Distinct quiz questions on the objective answered right at least once.
    public var passedQuestions: Int
    /// The first and the latest right answer on the objective.
    public var firstAt: Date
    public var latestAt: Date

    public init(moduleID: String, objectiveID: String, passedQuestions: Int, firstAt: Date, latestAt: Date) {
        self.moduleID = moduleID
        self.objectiveID = objectiveID
        self.passedQuestions = passedQuestions
        self.firstAt = firstAt
        self.latestAt = latestAt
    }

    /// The objectives shown in `events`, in curriculum order (module, then objective). An
    /// objective counts when its module's quiz has been passed and at least one quiz question on
    /// it was answered right; answers to questions the curriculum no longer has are ignored, and
    /// inline checks in lessons (no attempt) do not count.
    public static func shown(curriculum: Curriculum, events: [LearningEvent]) -> [ObjectiveEvidence] {
        var objectiveOf: [String: [String: String]] = [:]
        for module in curriculum.modules {
            for question in curriculum.quiz(for: module.id.value)?.questions ?? [] {
                if let objective = question.objective?.value {
                    objectiveOf[module.id.value, default: [:]][question.id.value] = objective
                }
            }
        }
        var passedModules: Set<String> = []
        struct Key: Hashable { var module: String, objective: String }
        var questions: [Key: Set<String>] = [:]
        var first: [Key: Date] = [:]
        var latest: [Key: Date] = [:]
        for event in events {
            guard let module = event.moduleID else { continue }
            switch event.kind {
            case .quizFinished where event.payload.passed == true:
                passedModules.insert(module)
            case .questionAnswered where event.payload.correct == true && event.payload.attemptID != nil:
                guard let question = event.itemID, let objective = objectiveOf[module]?[question] else { continue }
                let key = Key(module: module, objective: objective)
                questions[key, default: []].insert(question)
                first[key] = min(first[key] ?? event.occurredAt, event.occurredAt)
                latest[key] = max(latest[key] ?? event.occurredAt, event.occurredAt)
            default:
                continue
            }
        }
        var result: [ObjectiveEvidence] = []
        for module in curriculum.modules where passedModules.contains(module.id.value) {
            for objective in module.objectives {
                let key = Key(module: module.id.value, objective: objective.id.value)
                guard let count = questions[key]?.count, let firstAt = first[key], let latestAt = latest[key] else { continue }
                result.append(ObjectiveEvidence(moduleID: key.module, objectiveID: key.objective, passedQuestions: count,
                                                firstAt: firstAt, latestAt: latestAt))
            }
        }
        return result
    }
}
