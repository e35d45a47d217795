import ErfaringKit
import Foundation
import Testing

@Suite("Reading session")
struct ReadingSessionTests {
    /// The fixture course with a second lesson in basics: `first` has six blocks, `second` two.
    private func twoLessons() throws -> Curriculum {
        var curriculum = try fixtureCurriculum()
        let index = try #require(curriculum.modules.firstIndex { $0.id.value == "basics" })
        var second = curriculum.modules[index].lessons[0]
        second.id.value = "second"
        second.blocks = Array(second.blocks.prefix(2))
        curriculum.modules[index].lessons.append(second)
        return curriculum
    }

    private func reading(_ world: SessionWorld, lesson: Int? = nil) throws -> ReadingSession {
        try ReadingSession(module: try #require(world.curriculum.module("basics")), status: try world.status("basics"),
                           chosenLesson: lesson, profile: world.profile, store: world.store,
                           environment: world.clock.environment())
    }

    /// Lesson and block of a position, 0-based.
    private func at(_ lesson: Int, _ block: Int) -> [Int] { [lesson, block] }

    @Test("a new reader starts at the first block; a chosen lesson starts at its first block; a lesson out of range is ignored")
    func start() throws {
        let world = try SessionWorld(curriculum: try twoLessons())
        let fresh = try reading(world)
        #expect(fresh.place == at(0, 0))
        #expect(fresh.lesson?.id.value == "first" && fresh.block?.id.value == "intro")
        #expect(!fresh.rereadsCompleted)
        #expect(try reading(world, lesson: 1).place == at(1, 0))
        #expect(try reading(world, lesson: 2).place == at(0, 0))
        #expect(try reading(world, lesson: -1).place == at(0, 0))
    }

    @Test("reading resumes at the block saved last")
    func resume() throws {
        let world = try SessionWorld(curriculum: try twoLessons())
        var session = try reading(world)
        for _ in 0..<3 { #expect(try session.forward() == .nextBlock) }
        try session.recordPosition()
        let progress = try #require(try world.store.moduleProgress(profile: world.profile)["basics"])
        #expect(progress.lessonID == "first" && progress.blockID == "reflect")
        #expect(try reading(world).place == at(0, 3))
        // A chosen lesson wins over the saved position.
        #expect(try reading(world, lesson: 1).place == at(1, 0))
    }

    @Test("forward through every block: each lesson is done at its end, the last lesson's last block ends the module")
    func forward() throws {
        let world = try SessionWorld(curriculum: try twoLessons())
        var session = try reading(world)
        for _ in 0..<5 { #expect(try session.forward() == .nextBlock) }
        #expect(session.place == at(0, 5))
        #expect(try world.store.moduleProgress(profile: world.profile)["basics"]?.lessonsDone ?? [] == [])
        #expect(try session.forward() == .lessonDone)
        #expect(session.place == at(1, 0))
        #expect(try world.store.moduleProgress(profile: world.profile)["basics"]?.lessonsDone == ["first"])
        #expect(try session.forward() == .nextBlock)
        #expect(try session.forward() == .moduleRead)
        #expect(session.place == at(1, 1))
        #expect(try world.store.moduleProgress(profile: world.profile)["basics"]?.lessonsDone == ["first", "second"])
        #expect(try world.status("basics").state == .quizPending)
    }

    @Test("back: a block back, into the lesson before at its last block, and nowhere at the very start")
    func back() throws {
        let world = try SessionWorld(curriculum: try twoLessons())
        var session = try reading(world, lesson: 1)
        #expect(try session.forward() == .nextBlock)
        #expect(session.back() == .previousBlock)
        #expect(session.place == at(1, 0))
        #expect(session.back() == .previousLesson)
        #expect(session.place == at(0, 5))
        #expect(session.block?.id.value == "notice")
        var start = try reading(world)
        #expect(start.back() == .atStart)
        #expect(start.place == at(0, 0))
    }

    @Test("a module read but not passed starts over quietly; a completed one starts over and says so")
    func finishedModules() throws {
        let world = try SessionWorld()
        var session = try reading(world)
        while try session.forward() != .moduleRead {}
        let pending = try reading(world)
        #expect(pending.place == at(0, 0))
        #expect(!pending.rereadsCompleted)
        var quiz = try QuizSession(module: try #require(world.curriculum.module("basics")),
                                   quiz: try #require(world.curriculum.quiz(for: "basics")), profile: world.profile,
                                   store: world.store, environment: world.clock.environment())
        for index in quiz.entries.indices {
            _ = try quiz.answer(response(to: quiz.entries[index].question, right: true), at: index, startedAt: world.clock.now)
        }
        #expect(try quiz.finish().passed)
        #expect(try world.status("basics").isCompleted)
        let completed = try reading(world)
        #expect(completed.place == at(0, 0))
        #expect(completed.rereadsCompleted)
        #expect(!(try reading(world, lesson: 0)).rereadsCompleted)
    }

    @Test("a module without lessons has no position to read")
    func noLessons() throws {
        var curriculum = try fixtureCurriculum()
        let index = try #require(curriculum.modules.firstIndex { $0.id.value == "basics" })
        curriculum.modules[index].lessons = []
        let world = try SessionWorld(curriculum: curriculum)
        var session = try reading(world)
        #expect(session.lesson == nil && session.block == nil)
        #expect(try session.forward() == .moduleRead)
        #expect(session.back() == .atStart)
        try session.recordPosition()
        #expect(try world.store.moduleProgress(profile: world.profile)["basics"]?.lessonID == nil)
    }
}

private extension ReadingSession {
    var place: [Int] { [position.lesson, position.block] }
}
