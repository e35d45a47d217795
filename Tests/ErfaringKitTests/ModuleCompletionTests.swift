import ErfaringKit
import Foundation
import Testing

/// The moment a module becomes complete: decided and described from the store and the curriculum.
@Suite("Module completion")
struct ModuleCompletionTests {
    /// Passes the first module's quiz in `world`, every answer right, through its `QuizSession`.
    private func passQuiz(_ world: SessionWorld) throws {
        var session = try QuizSession(module: try #require(world.curriculum.module("basics")),
                                      quiz: try #require(world.curriculum.quiz(for: "basics")), profile: world.profile,
                                      store: world.store, environment: world.clock.environment(seed: 5))
        for index in session.entries.indices {
            _ = try session.answer(response(to: session.entries[index].question, right: true), at: index,
                                   startedAt: world.clock.now)
        }
        #expect(try session.finish().passed)
    }

    private func moment(_ world: SessionWorld, _ module: String = "basics", wasCompleted: Bool = false) throws -> ModuleCompletion? {
        try ModuleCompletion.moment(of: module, wasCompleted: wasCompleted, curriculum: world.curriculum, store: world.store,
                                    profile: world.profile)
    }

    @Test("the last lesson read after a passed quiz completes the module: score, opened module, review questions")
    func lastLessonAfterQuiz() throws {
        let world = try SessionWorld()
        try passQuiz(world)
        // Quiz passed, lesson not read: no moment yet.
        #expect(try moment(world) == nil)
        world.clock.advance(600)
        try world.store.markLessonDone(profile: world.profile, module: "basics", lesson: "first", at: world.clock.now)
        let done = try #require(try moment(world))
        #expect(done.lessonsRead == 1)
        #expect(done.bestScore == 1 && done.attempts == 1)
        #expect(done.opened == ["next-steps"])
        let quiz = try #require(world.curriculum.quiz(for: "basics"))
        #expect(done.reviewQuestions == quiz.draw)
        let cards = try world.store.reviewCards(profile: world.profile)
        #expect(done.firstReviewDue == cards.map(\.card.due).min())
        #expect(done.firstReviewDue.map { $0 > world.clock.now.addingTimeInterval(-600) } == true)
        #expect(!done.courseComplete && done.modulesTotal == 2)
        // A module complete before the step (read again, quiz retaken) is no new moment.
        #expect(try moment(world, wasCompleted: true) == nil)
    }

    @Test("the quiz passed with every lesson read completes the module; the last module completes the course")
    func quizLastAndCourse() throws {
        let world = try SessionWorld()
        try world.store.markLessonDone(profile: world.profile, module: "basics", lesson: "first", at: world.clock.now)
        #expect(try moment(world) == nil)
        try passQuiz(world)
        #expect(try moment(world)?.courseComplete == false)
        let next = try #require(world.curriculum.module("next-steps"))
        for lesson in next.lessons {
            try world.store.markLessonDone(profile: world.profile, module: "next-steps", lesson: LessonID(lesson.id.value),
                                           at: world.clock.now)
        }
        // Read, but its quiz is not passed: not complete.
        #expect(try moment(world, "next-steps") == nil)
        let statuses = ModuleStates.compute(curriculum: world.curriculum,
                                            progress: try world.store.moduleProgress(profile: world.profile))
        let completed = statuses.map { status -> ModuleStatus in
            var copy = status
            copy.state = .completed
            return copy
        }
        let last = try #require(ModuleCompletion(moduleID: "next-steps", wasCompleted: false, curriculum: world.curriculum,
                                                 statuses: completed, cards: []))
        #expect(last.courseComplete && last.opened.isEmpty)
        #expect(last.reviewQuestions == 0 && last.firstReviewDue == nil)
    }

    @Test("a module another completed module needs lists no module as opened that was done already")
    func openedLeavesOutDone() throws {
        let world = try SessionWorld()
        let statuses = ModuleStates.compute(curriculum: world.curriculum, progress: [:]).map { status -> ModuleStatus in
            var copy = status
            copy.state = .completed
            return copy
        }
        let moment = try #require(ModuleCompletion(moduleID: "basics", wasCompleted: false, curriculum: world.curriculum,
                                                   statuses: statuses, cards: []))
        #expect(moment.opened.isEmpty)
    }
}
