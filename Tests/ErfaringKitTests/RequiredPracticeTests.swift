import ErfaringKit
import Foundation
import Testing

/// A module whose practice conversation is required is complete only once an ending is reached,
/// and everything that reports completion says so at the same moment.
@Suite("Required practice and completion")
struct RequiredPracticeTests {
    @Test("the module states, the export from the tables, the replay and the xAPI statements agree")
    func agree() throws {
        var curriculum = try fixtureCurriculum()
        let index = try #require(curriculum.conversations["basics"]?.firstIndex { $0.id.value == "evening-hours" })
        curriculum.conversations["basics"]?[index].required = true
        let world = try SessionWorld(curriculum: curriculum)
        let module = try #require(curriculum.module("basics"))
        for lesson in module.lessons {
            world.clock.advance(60)
            try world.store.markLessonDone(profile: world.profile, module: module.moduleID, lesson: lesson.lessonID,
                                           at: world.clock.now)
        }
        var quiz = try QuizSession(module: module, quiz: try #require(curriculum.quiz(for: "basics")),
                                   profile: world.profile, store: world.store, environment: world.clock.environment())
        for index in quiz.entries.indices {
            world.clock.advance(20)
            _ = try quiz.answer(response(to: quiz.entries[index].question, right: true), at: index,
                                startedAt: world.clock.now.addingTimeInterval(-20))
        }
        #expect(try quiz.finish().passed)

        func completion() throws -> (state: Bool, tables: Date?, replay: Date?, statement: Bool) {
            let status = try #require(ModuleStates.compute(curriculum: curriculum,
                                                           progress: try world.store.moduleProgress(profile: world.profile))
                .first { $0.moduleID == "basics" })
            let events = try world.store.events(profile: world.profile)
            let tables = try world.store.moduleSummaries(profile: world.profile, curriculum: curriculum)
                .first { $0.moduleID == "basics" }
            let replay = ProgressReplay.summaries(curriculum: curriculum, events: events).first { $0.moduleID == "basics" }
            let moduleActivity = "https://erfaring.no/xapi/\(curriculum.course.id.value)/basics"
            let statements = XAPIExporter(curriculum: curriculum)
                .statements(profile: try #require(try world.store.profile(id: world.profile)), events: events)
            return (status.isCompleted, tables?.completedAt, replay?.completedAt,
                    statements.contains { $0.verb.id.hasSuffix("/completed") && $0.object.id == moduleActivity })
        }
        // Read and passed, not practised: complete nowhere.
        let before = try completion()
        #expect(!before.state && before.tables == nil && before.replay == nil && !before.statement)

        // An ending reached: complete everywhere, at the moment of the ending.
        world.clock.advance(300)
        var play = try ConversationSession(module: module, conversation: try #require(curriculum.conversation("evening-hours", in: "basics")),
                                           profile: world.profile, store: world.store, environment: world.clock.environment())
        for _ in 0..<20 where !play.isEnded { _ = try play.choose(1) }
        #expect(play.isEnded)
        let after = try completion()
        #expect(after.state && after.statement)
        #expect(after.tables == world.clock.now && after.replay == world.clock.now)
    }
}
