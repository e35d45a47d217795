import Foundation

/// Reading one module block by block: where reading starts (a chosen lesson, the start of a
/// finished module, or where the learner left off), moving forward and back, the position
/// saved at each block, and lessons marked done. The shell only shows and reads.
public struct ReadingSession {
    /// A lesson and a block, both 0-based.
    public struct Position: Hashable, Sendable {
        public var lesson: Int
        public var block: Int
    }

    /// Where going back led.
    public enum BackMove: Hashable, Sendable {
        /// The block before, in the same lesson.
        case previousBlock
        /// The last block of the lesson before.
        case previousLesson
        /// Already at the first block of the first lesson: nothing moved.
        case atStart
    }

    /// Where going forward led.
    public enum ForwardMove: Hashable, Sendable {
        /// The next block of the same lesson.
        case nextBlock
        /// Past the lesson's last block: the lesson is done; reading goes on at the next lesson.
        case lessonDone
        /// Past the last block of the last lesson: that lesson is done and the module is read.
        case moduleRead
    }

    public let module: Module
    public let profileID: String
    public private(set) var position: Position
    /// Whether reading starts over in a module already completed (the shell says so).
    public let rereadsCompleted: Bool
    private let store: ProgressStore
    private let environment: LearningEnvironment

    /// Starts at the first block of `chosenLesson` when it exists; at the start of a module
    /// whose lessons are all read; else where the learner left off (`ModuleStates.resumePosition`).
    public init(module: Module, status: ModuleStatus, chosenLesson: Int? = nil, profile: String,
                store: ProgressStore, environment: LearningEnvironment) throws(StoreError) {
        self.module = module
        self.profileID = profile
        self.store = store
        self.environment = environment
        let progress = try store.moduleProgress(profile: profile)[module.id.value]
        let done = progress?.lessonsDone ?? []
        rereadsCompleted = status.state == .completed && !(chosenLesson.map(module.lessons.indices.contains) ?? false)
        if let chosenLesson, module.lessons.indices.contains(chosenLesson) {
            position = Position(lesson: chosenLesson, block: 0)
        } else if status.state == .completed || status.state == .quizPending || status.isPracticePending {
            position = Position(lesson: 0, block: 0)
        } else if let resume = ModuleStates.resumePosition(module: module, progress: progress, done: done),
                  let lessonIndex = module.lessons.firstIndex(where: { $0.id.value == resume.lesson }),
                  let blockIndex = module.lessons[lessonIndex].blocks.firstIndex(where: { $0.id.value == resume.block }) {
            position = Position(lesson: lessonIndex, block: blockIndex)
        } else {
            position = Position(lesson: 0, block: 0)
        }
    }

    /// The lesson at the position, or nil for a module without lessons.
    public var lesson: Lesson? { module.lessons.indices.contains(position.lesson) ? module.lessons[position.lesson] : nil }

    /// The block at the position, or nil when the lesson has no blocks (reading ends there).
    public var block: Block? {
        guard let lesson, lesson.blocks.indices.contains(position.block) else { return nil }
        return lesson.blocks[position.block]
    }

    /// Saves the position, so the learner resumes here.
    public func recordPosition() throws(StoreError) {
        guard let lesson, let block else { return }
        try store.recordPosition(profile: profileID, module: module.moduleID, lesson: lesson.lessonID,
                                 block: block.id.value, at: environment.now())
    }

    /// One block back; from a lesson's first block to the last block of the lesson before, or
    /// nowhere at the very start.
    public mutating func back() -> BackMove {
        if position.block > 0 {
            position.block -= 1
            return .previousBlock
        }
        guard position.lesson > 0 else { return .atStart }
        position.lesson -= 1
        position.block = max(0, module.lessons[position.lesson].blocks.count - 1)
        return .previousLesson
    }

    /// One block forward; past a lesson's last block the lesson is saved as done and reading
    /// goes on at the next lesson's first block, or the module is read.
    public mutating func forward() throws(StoreError) -> ForwardMove {
        guard let lesson else { return .moduleRead }
        if position.block + 1 < lesson.blocks.count {
            position.block += 1
            return .nextBlock
        }
        try store.markLessonDone(profile: profileID, module: module.moduleID, lesson: lesson.lessonID,
                                 at: environment.now())
        guard position.lesson + 1 < module.lessons.count else { return .moduleRead }
        position = Position(lesson: position.lesson + 1, block: 0)
        return .lessonDone
    }
}
