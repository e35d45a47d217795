import ErfaringKit
import Foundation
import Testing

/// What Enter at home goes on with, and which modules a passed quiz opens.
@Suite("Next step")
struct NextStepTests {
    private let day = Date(timeIntervalSince1970: 1_764_000_000)

    /// Progress for the fixture modules: `read` lessons done or a position; `passed` a passed quiz.
    private func progress(_ id: String, curriculum: Curriculum, started: Bool = false, allRead: Bool = false,
                          passed: Bool = false) throws -> ModuleProgress {
        let module = try #require(curriculum.module(id))
        return ModuleProgress(moduleID: id, lessonID: started ? module.lessons[0].id.value : nil,
                              lessonsDone: allRead ? Set(module.lessons.map(\.id.value)) : [],
                              startedAt: started || allRead ? day : nil, passedAt: passed ? day : nil)
    }

    private func choose(_ curriculum: Curriculum, _ progress: [ModuleProgress], last: String? = nil, open: Bool = false,
                        due: Int = 0) -> NextStep {
        let statuses = ModuleStates.compute(curriculum: curriculum,
                                            progress: Dictionary(uniqueKeysWithValues: progress.map { ($0.moduleID, $0) }))
        return NextStep.choose(statuses: statuses, lastModuleID: last, lastHasOpenAttempt: open, dueReviews: { due })
    }

    @Test("a new learner starts the first module; a paused quiz of the last module comes first")
    func start() throws {
        let curriculum = try fixtureCurriculum()
        #expect(choose(curriculum, []) == .read(moduleID: "basics"))
        let reading = try progress("basics", curriculum: curriculum, started: true)
        #expect(choose(curriculum, [reading], last: "basics") == .read(moduleID: "basics"))
        #expect(choose(curriculum, [reading], last: "basics", open: true) == .quiz(moduleID: "basics"))
        let read = try progress("basics", curriculum: curriculum, allRead: true)
        #expect(choose(curriculum, [read], last: "basics") == .quiz(moduleID: "basics"))
        #expect(choose(curriculum, [read]) == .quiz(moduleID: "basics"))
    }

    @Test("the last module first; else a module being read before one waiting for its quiz or not started")
    func order() throws {
        var curriculum = try fixtureCurriculum()
        let index = try #require(curriculum.modules.firstIndex { $0.id.value == "next-steps" })
        curriculum.modules[index].prerequisites = []
        let pending = try progress("basics", curriculum: curriculum, allRead: true)
        let reading = try progress("next-steps", curriculum: curriculum, started: true)
        #expect(choose(curriculum, [pending, reading]) == .read(moduleID: "next-steps"))
        #expect(choose(curriculum, [pending, reading], last: "basics") == .quiz(moduleID: "basics"))
        #expect(choose(curriculum, [pending]) == .quiz(moduleID: "basics"))
        // A last module that is done gives way to the course order.
        let done = try progress("basics", curriculum: curriculum, allRead: true, passed: true)
        #expect(choose(curriculum, [done], last: "basics") == .read(moduleID: "next-steps"))
    }

    @Test("every module done: the reviews due, asked only then, else all done")
    func reviews() throws {
        let curriculum = try fixtureCurriculum()
        let done = try curriculum.modules.map { try progress($0.id.value, curriculum: curriculum, allRead: true, passed: true) }
        #expect(choose(curriculum, done, due: 3) == .review)
        #expect(choose(curriculum, done, due: 0) == .allDone)
        var asked = false
        _ = NextStep.choose(statuses: ModuleStates.compute(curriculum: curriculum, progress: [:]), lastModuleID: nil,
                            lastHasOpenAttempt: false, dueReviews: { asked = true; return 1 })
        #expect(!asked)
    }

    @Test("a passed quiz opens the modules that needed it, and only when they are open now")
    func opened() throws {
        let curriculum = try fixtureCurriculum()
        let before = ModuleStates.compute(curriculum: curriculum, progress: [:])
        #expect(ModuleStates.opened(by: "basics", in: curriculum, statuses: before).isEmpty)
        let done = try progress("basics", curriculum: curriculum, allRead: true, passed: true)
        let after = ModuleStates.compute(curriculum: curriculum, progress: ["basics": done])
        #expect(ModuleStates.opened(by: "basics", in: curriculum, statuses: after).map(\.id.value) == ["next-steps"])
        #expect(ModuleStates.opened(by: "next-steps", in: curriculum, statuses: after).isEmpty)
    }
}
