import Foundation

/// One learner's progress per module, rebuilt from the events that may leave the machine.
///
/// xAPI statements and the cohort report follow this replay, and the JSON export equals it (read
/// from the derived tables by ``ProgressStore/moduleSummaries(profile:curriculum:)``), so a report
/// read from exported files equals one read from a Learning Record Store. Private events
/// (reflections, readiness answers) never count, not even as activity.
public struct ModuleSummary: Hashable, Sendable, Codable {
    public var moduleID: String
    public var lessonsDone: Int
    public var lessonsTotal: Int
    /// Finished quiz attempts.
    public var attempts: Int
    public var bestScore: Double?
    /// The score of the latest finished attempt.
    public var lastScore: Double?
    public var passedAt: Date?
    public var completedAt: Date?
    public var lastActivityAt: Date?
    /// The module's practice conversations with an ending reached, in the module's order.
    public var conversations: [ConversationSummary]

    public init(moduleID: String, lessonsDone: Int = 0, lessonsTotal: Int = 0, attempts: Int = 0,
                bestScore: Double? = nil, lastScore: Double? = nil, passedAt: Date? = nil, completedAt: Date? = nil,
                lastActivityAt: Date? = nil, conversations: [ConversationSummary] = []) {
        self.moduleID = moduleID
        self.lessonsDone = lessonsDone
        self.lessonsTotal = lessonsTotal
        self.attempts = attempts
        self.bestScore = bestScore
        self.lastScore = lastScore
        self.passedAt = passedAt
        self.completedAt = completedAt
        self.lastActivityAt = lastActivityAt
        self.conversations = conversations
    }

    public var isStarted: Bool { lastActivityAt != nil }
}

public enum ProgressReplay {
    /// Events that are never exported or sent, whatever the flags.
    public static let privateKinds = Set(LearningEvent.Kind.allCases.filter(isPrivate))

    /// Whether a kind of event stays on the learner's machine: never exported or sent, whatever
    /// the flags (what a learner wrote or answered about themselves).
    public static func isPrivate(_ kind: LearningEvent.Kind) -> Bool {
        switch kind {
        case .reflectionSaved, .readinessAnswered: true
        case .profileCreated, .languageChanged, .blockViewed, .lessonCompleted, .quizStarted,
             .questionAnswered, .quizFinished, .cardReviewed, .assignmentImported,
             .conversationStarted, .conversationChoice, .conversationEnded: false
        }
    }

    /// Whether an event becomes an xAPI statement and counts as activity: not private, and about
    /// a module, lesson or question that still exists.
    public static func isReported(_ event: LearningEvent, in curriculum: Curriculum) -> Bool {
        guard !privateKinds.contains(event.kind), let moduleID = event.moduleID,
              let module = curriculum.module(moduleID) else { return false }
        switch event.kind {
        case .blockViewed: return event.payload.lessonID.flatMap(module.lesson) != nil
        case .lessonCompleted: return event.itemID.flatMap(module.lesson) != nil
        case .questionAnswered, .cardReviewed:
            return curriculum.question(event.itemID, in: moduleID) != nil
        case .quizStarted, .quizFinished: return true
        case .conversationEnded:
            return ConversationSummary.kind(of: event.payload.endingID, conversation: event.payload.conversationID,
                                            module: moduleID, in: curriculum) != nil
        case .profileCreated, .languageChanged, .assignmentImported, .reflectionSaved, .readinessAnswered,
             .conversationStarted, .conversationChoice:
            return false
        }
    }

    /// Ending ids reached, by conversation.
    static func endingsReached(_ reached: [(conversationID: String, endingID: String, at: Date)]) -> [String: Set<String>] {
        reached.reduce(into: [:]) { $0[$1.conversationID, default: []].insert($1.endingID) }
    }

    /// Whether a reported event is the first time its conversation ending was reached, given the
    /// endings seen so far (updated): only that first time is sent and counts as activity.
    static func isFirstReaching(_ event: LearningEvent, seen: inout Set<[String]>) -> Bool {
        guard event.kind == .conversationEnded, let moduleID = event.moduleID,
              let conversationID = event.payload.conversationID, let endingID = event.payload.endingID else { return false }
        return seen.insert([moduleID, conversationID, endingID]).inserted
    }

    /// Summaries per module in course order, from events in order.
    public static func summaries(curriculum: Curriculum, events: [LearningEvent]) -> [ModuleSummary] {
        var lessons: [String: Set<String>] = [:]
        var summaries: [String: ModuleSummary] = [:]
        var reached: [String: [(conversationID: String, endingID: String, at: Date)]] = [:]
        var seen: Set<[String]> = []
        for module in curriculum.modules {
            summaries[module.id.value] = ModuleSummary(moduleID: module.id.value, lessonsTotal: module.lessons.count)
        }
        for event in events where isReported(event, in: curriculum) {
            guard let moduleID = event.moduleID, let module = curriculum.module(moduleID),
                  var summary = summaries[moduleID] else { continue }
            switch event.kind {
            case .lessonCompleted:
                if let lesson = event.itemID, module.lesson(lesson) != nil { lessons[moduleID, default: []].insert(lesson) }
            case .conversationEnded:
                // A later reaching of the same ending is neither exported nor activity.
                guard isFirstReaching(event, seen: &seen), let conversationID = event.payload.conversationID,
                      let endingID = event.payload.endingID else { continue }
                reached[moduleID, default: []].append((conversationID, endingID, event.occurredAt))
            case .quizFinished:
                summary.attempts += 1
                if let score = event.payload.score { summary.bestScore = max(summary.bestScore ?? 0, score) }
                summary.lastScore = event.payload.score
                if event.payload.passed == true && summary.passedAt == nil { summary.passedAt = event.occurredAt }
            default:
                break
            }
            summary.lessonsDone = lessons[moduleID]?.count ?? 0
            summary.lastActivityAt = max(summary.lastActivityAt ?? event.occurredAt, event.occurredAt)
            if summary.completedAt == nil, summary.passedAt != nil, summary.lessonsDone == summary.lessonsTotal,
               ModuleStates.practicePending(curriculum.conversations(for: moduleID),
                                            reached: endingsReached(reached[moduleID] ?? [])).isEmpty {
                summary.completedAt = event.occurredAt
            }
            summaries[moduleID] = summary
        }
        return curriculum.modules.compactMap { module in
            guard var summary = summaries[module.id.value] else { return nil }
            summary.conversations = ConversationSummary.make(module: module, curriculum: curriculum,
                                                             reached: reached[module.id.value] ?? [])
            return summary
        }
    }
}
