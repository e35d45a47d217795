import ErfaringKit
import Foundation
import Testing

@Suite("Quiz session")
struct QuizSessionTests {
    private func session(_ world: SessionWorld, store: ProgressStore? = nil, seed: UInt64 = 42,
                         curriculum: Curriculum? = nil) throws -> QuizSession {
        let curriculum = curriculum ?? world.curriculum
        return try QuizSession(module: try #require(curriculum.module("basics")), quiz: try #require(curriculum.quiz(for: "basics")),
                               profile: world.profile, store: store ?? world.store, environment: world.clock.environment(seed: seed))
    }

    @Test("a new sitting draws from the injected seed and needs the pass mark's share of its questions")
    func start() throws {
        let world = try SessionWorld()
        let quiz = try #require(world.curriculum.quiz(for: "basics"))
        let session = try session(world, seed: 7)
        #expect(session.attempt.seed == 7)
        #expect(session.attempt.draw == QuizDraw(quiz: quiz, seed: 7))
        #expect(session.attempt.startedAt == world.clock.now)
        #expect(session.entries.map(\.question.id.value) == session.attempt.draw.items.map(\.questionID))
        #expect(session.entries.count == 4)
        #expect(session.needed == 4)  // 0.8 of 4 is 3.2
        #expect(!session.isResumed)
        #expect(session.resumeNumber == 1)
        #expect(!(0..<4).contains { session.isAnswered(at: $0) })
    }

    @Test("a paused attempt resumes at the first question not answered, with the same draw")
    func resume() throws {
        let world = try SessionWorld()
        var first = try session(world, seed: 7)
        for index in 0..<2 {
            world.clock.advance(30)
            let question = first.entries[index].question
            guard case .saved(let stored, let grade) = try first.answer(response(to: question, right: true), at: index,
                                                                         startedAt: world.clock.now.addingTimeInterval(-30))
            else { Issue.record("not saved"); return }
            #expect(stored.correct && grade.correct)
        }
        #expect(first.hasUnanswered(after: 1))
        // A later sitting, with another seed: the open attempt goes on, not a new draw.
        let again = try session(world, seed: 99)
        #expect(again.attempt.id == first.attempt.id)
        #expect(again.attempt.seed == 7)
        #expect(again.isResumed)
        #expect(again.resumeNumber == 3)
        #expect(again.isAnswered(at: 0) && again.isAnswered(at: 1) && !again.isAnswered(at: 2))
        #expect(again.hasUnanswered(after: 2))
        #expect(!again.hasUnanswered(after: 3))
        #expect(!again.isAnswered(at: 4))  // past the end
    }

    @Test("the rating a quiz answer gives its card: right is good, wrong is again")
    func rating() {
        #expect(QuizSession.rating(correct: true) == .good)
        #expect(QuizSession.rating(correct: false) == .again)
    }

    @Test("an answer another window gave first stands, graded; after another window finished, nothing is taken")
    func otherWindows() throws {
        let world = try SessionWorld()
        var here = try session(world)
        var there = try session(world, store: try world.otherWindow())
        #expect(there.attempt.id == here.attempt.id)
        let question = here.entries[0].question
        let right = response(to: question, right: true)
        guard case .saved = try here.answer(right, at: 0, startedAt: world.clock.now) else {
            Issue.record("not saved"); return
        }
        world.clock.advance(5)
        let late = try there.answer(response(to: question, right: false), at: 0, startedAt: world.clock.now)
        guard case .otherWindow(let stored, let grade) = late else { Issue.record("expected the other window's answer"); return }
        #expect(stored.response == right)
        #expect(grade.correct)
        #expect(there.isAnswered(at: 0))
        #expect(there.resumeNumber == 2)
        _ = try here.finish()
        let afterFinish = try there.answer(response(to: there.entries[1].question, right: true), at: 1, startedAt: world.clock.now)
        guard case .finishedElsewhere = afterFinish else { Issue.record("expected finished elsewhere"); return }
        #expect(!there.isAnswered(at: 1))
    }

    @Test("the result counts the stored answers against the pass mark: all right passes, one wrong fails")
    func finish() throws {
        for wrong in [nil, 2] as [Int?] {
            let world = try SessionWorld()
            var session = try session(world)
            for index in session.entries.indices {
                world.clock.advance(20)
                _ = try session.answer(response(to: session.entries[index].question, right: index != wrong), at: index,
                                       startedAt: world.clock.now.addingTimeInterval(-20))
            }
            world.clock.advance(10)
            let result = try session.finish()
            #expect(result.total == 4)
            #expect(result.correct == (wrong == nil ? 4 : 3))
            #expect(result.passed == (wrong == nil))
            let stored = try #require(try world.store.attempts(profile: world.profile, module: "basics").first)
            #expect(stored.finishedAt == world.clock.now)
            #expect(stored.passed == (wrong == nil))
            // Each answer started its question's review card.
            #expect(try world.store.reviewCards(profile: world.profile).count == 4)
        }
    }

    @Test("questions removed from the bank since the attempt began are left out, and the mark counts what is left")
    func removedQuestion() throws {
        let world = try SessionWorld()
        let first = try session(world)
        let removed = first.entries[0].question.id.value
        var smaller = world.curriculum
        smaller.quizzes["basics"]?.questions.removeAll { $0.id.value == removed }
        let again = try session(world, curriculum: smaller)
        #expect(again.attempt.id == first.attempt.id)
        #expect(again.entries.map(\.question.id.value) == Array(first.entries.dropFirst().map(\.question.id.value)))
        #expect(again.needed == 3)  // 0.8 of 3 is 2.4
    }
}
