import Foundation

/// Where a learner stands in one module.
public struct ModuleStatus: Hashable, Sendable {
    public enum State: Hashable, Sendable {
        /// A prerequisite is not completed; `missing` lists them in course order.
        case locked(missing: [String])
        case notStarted
        /// Reading: resume at this lesson and block.
        case inProgress(lessonID: String, blockID: String)
        /// Every lesson read; the quiz is not passed yet.
        case quizPending
        /// Every lesson read and the quiz passed; these required practice conversations (ids, in
        /// file order) have no ending reached yet.
        case practicePending(conversations: [String])
        case completed
    }

    public var moduleID: String
    public var state: State
    public var lessonsDone: Int
    public var lessonsTotal: Int
    public var bestScore: Double?
    public var attempts: Int
    public var passedAt: Date?
    public var lastActivityAt: Date?

    /// Share of the module done, 0–1: every lesson counts one step and the passed quiz one more.
    public var fraction: Double {
        let steps = Double(lessonsTotal + 1)
        return (Double(lessonsDone) + (passedAt == nil ? 0 : 1)) / steps
    }

    public var isCompleted: Bool { state == .completed }

    /// What is left of a module once its quiz is passed: nothing, lessons to read, or the
    /// required practice conversations.
    public enum AfterPass: Hashable, Sendable {
        case complete
        case lessons(Int)
        case practice(conversations: [String])
    }

    /// What is left of the module, for a status computed after its quiz was passed.
    public var afterPass: AfterPass {
        switch state {
        case .completed: return .complete
        case .practicePending(let conversations): return .practice(conversations: conversations)
        case .locked, .notStarted, .inProgress, .quizPending:
            return .lessons(max(0, lessonsTotal - lessonsDone))
        }
    }

    /// Lessons still to read in a module whose quiz is already passed (a learner may take the
    /// quiz before reading everything); `nil` when the quiz is not passed, or every lesson is read.
    public var lessonsLeftAfterPassedQuiz: Int? {
        guard passedAt != nil, lessonsDone < lessonsTotal else { return nil }
        switch state {
        case .notStarted, .inProgress: return lessonsTotal - lessonsDone
        case .locked, .quizPending, .practicePending, .completed: return nil
        }
    }

    /// Whether every lesson is read and the quiz passed, and only practice remains.
    public var isPracticePending: Bool {
        if case .practicePending = state { return true }
        return false
    }
}

/// The rules that turn stored progress into module states.
///
/// Progress is keyed by stable ids. When the curriculum changes after progress was recorded:
/// a removed lesson no longer counts (neither done nor to do); a renamed id is a new item;
/// a stored position whose block or lesson is gone resumes at the start of that lesson, or at
/// the first lesson not done; a passed quiz stays passed.
public enum ModuleStates {
    public static func compute(curriculum: Curriculum, progress: [String: ModuleProgress]) -> [ModuleStatus] {
        var completed: Set<String> = []
        var statuses: [String: ModuleStatus] = [:]
        // Prerequisites may point forward in the course order: resolve in dependency order.
        var pending = curriculum.modules
        while !pending.isEmpty {
            let ready = pending.filter { module in
                module.prerequisites.allSatisfy { prerequisite in
                    statuses[prerequisite.value] != nil || curriculum.module(prerequisite.value) == nil
                }
            }
            let batch = ready.isEmpty ? pending : ready  // cycles are lint errors; never loop forever
            for module in batch {
                let status = status(of: module, progress: progress[module.id.value], completed: completed,
                                    order: curriculum.modules.map(\.id.value),
                                    conversations: curriculum.conversations(for: module.id.value))
                statuses[module.id.value] = status
                if status.isCompleted { completed.insert(module.id.value) }
            }
            let done = Set(batch.map(\.id.value))
            pending.removeAll { done.contains($0.id.value) }
        }
        return curriculum.modules.compactMap { statuses[$0.id.value] }
    }

    static func status(of module: Module, progress: ModuleProgress?, completed: Set<String>,
                       order: [String], conversations: [Conversation] = []) -> ModuleStatus {
        let lessonIDs = module.lessons.map(\.id.value)
        let done = (progress?.lessonsDone ?? []).intersection(lessonIDs)
        var status = ModuleStatus(
            moduleID: module.id.value, state: .notStarted, lessonsDone: done.count, lessonsTotal: lessonIDs.count,
            bestScore: progress?.bestScore, attempts: progress?.attempts ?? 0, passedAt: progress?.passedAt,
            lastActivityAt: progress?.lastActivityAt)
        let missing = module.prerequisites.map(\.value).filter { !completed.contains($0) }
        if !missing.isEmpty && !(progress?.passedAt != nil && done.count == lessonIDs.count) {
            status.state = .locked(missing: order.filter(missing.contains))
            return status
        }
        if done.count == lessonIDs.count && progress?.passedAt != nil {
            let pending = practicePending(conversations, reached: progress?.conversationEndings ?? [:])
            status.state = pending.isEmpty ? .completed : .practicePending(conversations: pending)
        } else if done.count == lessonIDs.count && !lessonIDs.isEmpty {
            status.state = .quizPending
        } else if let position = resumePosition(module: module, progress: progress, done: done) {
            let started = progress?.startedAt != nil || progress?.lessonID != nil || !done.isEmpty
                || (progress?.attempts ?? 0) > 0
            status.state = started ? .inProgress(lessonID: position.lesson, blockID: position.block) : .notStarted
        }
        return status
    }

    /// The required conversations with no ending reached that still is an ending of the
    /// conversation as it is now (a removed or renamed ending no longer counts). The one rule
    /// for practice in completion: the module states, the export from the store, the replay of
    /// the events and the xAPI statements all ask it.
    public static func practicePending(_ conversations: [Conversation], reached: [String: Set<String>]) -> [String] {
        conversations.filter { conversation in
            guard conversation.required else { return false }
            let endings = Set(conversation.endings.map(\.id.value))
            return (reached[conversation.id.value] ?? []).isDisjoint(with: endings)
        }.map(\.id.value)
    }

    /// The modules that name `moduleID` as a prerequisite and are open now, in course order:
    /// those a passed quiz has just unlocked. A module missing from `statuses` counts as open.
    public static func opened(by moduleID: String, in curriculum: Curriculum, statuses: [ModuleStatus]) -> [Module] {
        curriculum.modules.filter { candidate in
            guard candidate.prerequisites.contains(where: { $0.value == moduleID }) else { return false }
            if case .locked = statuses.first(where: { $0.moduleID == candidate.id.value })?.state { return false }
            return true
        }
    }

    /// Where reading continues: the stored block if it still exists, else the start of the
    /// stored lesson, else the first lesson not done.
    public static func resumePosition(module: Module, progress: ModuleProgress?, done: Set<String>)
        -> (lesson: String, block: String)? {
        if let lessonID = progress?.lessonID, let lesson = module.lesson(lessonID), !done.contains(lessonID) {
            if let blockID = progress?.blockID, lesson.blocks.contains(where: { $0.id.value == blockID }) {
                return (lessonID, blockID)
            }
            if let first = lesson.blocks.first { return (lessonID, first.id.value) }
        }
        for lesson in module.lessons where !done.contains(lesson.id.value) {
            if let first = lesson.blocks.first { return (lesson.id.value, first.id.value) }
        }
        return nil
    }
}
