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

    private func choose(_ curriculum: Curriculum, _ progress: [ModuleProgress], last: String? = nil,
                        paused: QuizAttempt? = nil, due: Int = 0) -> NextStep {
        let statuses = ModuleStates.compute(curriculum: curriculum,
                                            progress: Dictionary(uniqueKeysWithValues: progress.map { ($0.moduleID, $0) }))
        return NextStep.choose(statuses: statuses, lastModuleID: last, pausedQuiz: paused, dueReviews: { due })
    }

    /// What Enter does for the learner of `world` now, from the store as the shell reads it.
    private func choose(_ world: SessionWorld) throws -> NextStep {
        let snapshot = try world.store.snapshot(profile: world.profile, at: world.clock.now)
        let statuses = ModuleStates.compute(curriculum: world.curriculum, progress: snapshot.modules)
        let paused = try snapshot.lastModuleID.flatMap { try world.store.openAttempt(profile: world.profile, module: ModuleID($0)) }
        return NextStep.choose(statuses: statuses, lastModuleID: snapshot.lastModuleID, pausedQuiz: paused,
                               dueReviews: { snapshot.dueReviews })
    }

    @Test("a new learner starts the first module; a paused quiz of the last module comes first")
    func start() throws {
        let curriculum = try fixtureCurriculum()
        #expect(choose(curriculum, []) == .read(moduleID: "basics"))
        let reading = try progress("basics", curriculum: curriculum, started: true)
        #expect(choose(curriculum, [reading], last: "basics") == .read(moduleID: "basics"))
        let world = try SessionWorld()
        let quiz = try #require(curriculum.quiz(for: "basics"))
        let attempt = try world.store.startAttempt(profile: world.profile, module: "basics", draw: QuizDraw(quiz: quiz, seed: 1),
                                                   seed: 1, id: UUID(), at: day)
        #expect(choose(curriculum, [reading], last: "basics", paused: attempt) == .quiz(moduleID: "basics"))
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
                            pausedQuiz: nil, dueReviews: { asked = true; return 1 })
        #expect(!asked)
    }

    @Test("a module waiting for a required practice conversation continues with it, before a module not started")
    func practice() throws {
        var curriculum = try fixtureCurriculum()
        curriculum.conversations["basics"]?[0].required = true
        let index = try #require(curriculum.modules.firstIndex { $0.id.value == "next-steps" })
        curriculum.modules[index].prerequisites = []
        let passed = try progress("basics", curriculum: curriculum, allRead: true, passed: true)
        #expect(choose(curriculum, [passed], last: "basics") == .practice(moduleID: "basics", conversationID: "evening-hours"))
        #expect(choose(curriculum, [passed]) == .practice(moduleID: "basics", conversationID: "evening-hours"))
        // Reading in another module goes first when it was the last thing done.
        let reading = try progress("next-steps", curriculum: curriculum, started: true)
        #expect(choose(curriculum, [passed, reading], last: "next-steps") == .read(moduleID: "next-steps"))
    }

    @Test("a quiz paused while reading: reading resumes if the learner read on after the pause, the quiz if it was last")
    func pausedQuizWhileReading() throws {
        let world = try SessionWorld()
        let quiz = try #require(world.curriculum.quiz(for: "basics"))
        let draw = QuizDraw(quiz: quiz, seed: 3)
        func read() throws {
            world.clock.advance(60)
            try world.store.recordPosition(profile: world.profile, module: "basics", lesson: "first", block: "points",
                                           at: world.clock.now)
        }
        func answer(_ index: Int) throws {
            world.clock.advance(60)
            let question = try #require(quiz.questions.first { $0.id.value == draw.items[index].questionID })
            try world.store.recordAnswer(profile: world.profile, attempt: attempt.id, module: "basics", question: QuestionID(question.id.value),
                                         response: response(to: question, right: true), correct: true, rating: .good,
                                         scheduler: .default, at: world.clock.now)
        }
        try read()
        world.clock.advance(60)
        let attempt = try world.store.startAttempt(profile: world.profile, module: "basics", draw: draw, seed: 3, id: UUID(),
                                                   at: world.clock.now)
        // Paused at the first question, nothing answered: the quiz is where the learner left off.
        #expect(try choose(world) == .quiz(moduleID: "basics"))
        try answer(0)
        #expect(try choose(world) == .quiz(moduleID: "basics"))
        // Back to the lesson after the pause: reading resumes, and the quiz waits for 'quiz'.
        try read()
        #expect(try choose(world) == .read(moduleID: "basics"))
        #expect(try world.store.openAttempt(profile: world.profile, module: "basics")?.id == attempt.id)
        // An answer after that reading makes the quiz the last thing again.
        try answer(1)
        #expect(try choose(world) == .quiz(moduleID: "basics"))
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
