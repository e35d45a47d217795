import ErfaringKit
import Foundation
import Testing

private let t0 = Date(timeIntervalSince1970: 1_764_000_000)

/// Two windows on one quiz attempt: one stored answer per question, and a score that agrees with
/// the stored answers.
@Suite("One truth per attempt")
struct AttemptTruthTests {
    @Test("the second window's answer is not taken and it is told the stored one; the score comes from the stored answers")
    func twoWindows() throws {
        let temp = try TemporaryFolder()
        let url = temp.url.appendingPathComponent("progress.sqlite")
        let curriculum = try fixtureCurriculum()
        let module = try #require(curriculum.module("basics"))
        let quiz = try #require(curriculum.quiz(for: "basics"))
        let first = try ProgressStore(url: url)
        let profile = try first.createProfile(name: "Kari", language: .nb, id: UUID(), at: t0).id
        let second = try ProgressStore(url: url)
        let draw = QuizDraw(quiz: quiz, seed: 9)
        let attempt = try first.startAttempt(profile: profile, module: "basics", draw: draw, seed: 9, id: UUID(), at: t0)
        // Both windows have the same open attempt.
        #expect(try second.openAttempt(profile: profile, module: "basics")?.id == attempt.id)
        func answer(_ store: ProgressStore, _ question: String, correct: Bool, at offset: Double) throws -> ProgressStore.AnswerRecording {
            try store.recordAnswer(profile: profile, attempt: attempt.id, module: "basics", question: QuestionID(question),
                                   response: [correct ? "right" : "wrong"], correct: correct,
                                   rating: correct ? .good : .again, scheduler: .default, at: t0.addingTimeInterval(offset))
        }
        // The first window answers every question right; the second answers each one wrong, later.
        for (index, item) in draw.items.enumerated() {
            #expect(try answer(first, item.questionID, correct: true, at: Double(index)) == .recorded)
            let late = try answer(second, item.questionID, correct: false, at: Double(index) + 0.5)
            #expect(late == .alreadyAnswered(QuizAnswerRecord(questionID: item.questionID, response: ["right"],
                                                              correct: true, answeredAt: t0.addingTimeInterval(Double(index)))))
        }
        // The second window finishes the attempt, believing every answer wrong: the stored ones count.
        let result = try second.finishAttempt(profile: profile, attempt: attempt.id, module: "basics", grade: { stored in
            QuizResult(module: module, quiz: quiz, answers: draw.items.compactMap { item in stored[item.questionID].map { (item.questionID, $0) } })
        }, at: t0.addingTimeInterval(60))
        #expect(result.correct == draw.items.count)
        #expect(result.passed)
        // The first window finishing too changes nothing and gets the same result.
        let again = try first.finishAttempt(profile: profile, attempt: attempt.id, module: "basics", grade: { stored in
            QuizResult(module: module, quiz: quiz, answers: stored.map { ($0.key, $0.value) })
        }, at: t0.addingTimeInterval(61))
        #expect(again.correct == result.correct)
        let stored = try #require(try first.attempts(profile: profile, module: "basics").first)
        #expect(stored.correctCount == stored.answers.values.count { $0.correct })
        #expect(stored.score == result.score)
        #expect(try first.moduleProgress(profile: profile)["basics"]?.attempts == 1)
        let events = try first.events(profile: profile)
        #expect(events.count { $0.kind == .questionAnswered } == draw.items.count)
        #expect(events.count { $0.kind == .quizFinished } == 1)
        #expect(try first.reviewCards(profile: profile).allSatisfy { $0.reviews == 1 })
    }

    @Test("an answer to an attempt another window has finished is not taken: the stored score keeps agreeing with the stored answers")
    func answerAfterFinish() throws {
        let temp = try TemporaryFolder()
        let url = temp.url.appendingPathComponent("progress.sqlite")
        let curriculum = try fixtureCurriculum()
        let module = try #require(curriculum.module("basics"))
        let quiz = try #require(curriculum.quiz(for: "basics"))
        let first = try ProgressStore(url: url)
        let profile = try first.createProfile(name: "Kari", language: .nb, id: UUID(), at: t0).id
        let second = try ProgressStore(url: url)
        let draw = QuizDraw(quiz: quiz, seed: 4)
        let attempt = try first.startAttempt(profile: profile, module: "basics", draw: draw, seed: 4, id: UUID(), at: t0)
        let grade = { (stored: [String: Bool]) in
            QuizResult(module: module, quiz: quiz, answers: draw.items.compactMap { item in stored[item.questionID].map { (item.questionID, $0) } })
        }
        try first.recordAnswer(profile: profile, attempt: attempt.id, module: "basics", question: QuestionID(draw.items[0].questionID),
                               response: ["x"], correct: true, rating: .good, scheduler: .default, at: t0)
        let finished = try first.finishAttempt(profile: profile, attempt: attempt.id, module: "basics", grade: grade, at: t0)
        #expect(finished.correct == 1)
        let late = try second.recordAnswer(profile: profile, attempt: attempt.id, module: "basics",
                                           question: QuestionID(draw.items[1].questionID), response: ["y"], correct: true,
                                           rating: .good, scheduler: .default, at: t0.addingTimeInterval(5))
        #expect(late == .attemptFinished)
        let result = try second.finishAttempt(profile: profile, attempt: attempt.id, module: "basics", grade: grade,
                                              at: t0.addingTimeInterval(6))
        #expect(result == finished)
        let stored = try #require(try first.attempts(profile: profile, module: "basics").first)
        #expect(stored.answers.count == 1)
        #expect(stored.correctCount == 1)
        #expect(try first.events(profile: profile).count { $0.kind == .questionAnswered } == 1)
    }
}

@Suite("Reads from one snapshot")
struct ConsistentReadTests {
    @Test("every read inside consistentRead sees the database as it was when it began, whatever another window writes")
    func oneSnapshot() throws {
        let temp = try TemporaryFolder()
        let url = temp.url.appendingPathComponent("progress.sqlite")
        let reader = try ProgressStore(url: url)
        let profile = try reader.createProfile(name: "Kari", language: .nb, id: UUID(), at: t0).id
        let writer = try ProgressStore(url: url)
        try writer.saveReflection(profile: profile, module: "basics", lesson: "intro", block: "think", text: "først", at: t0)
        let (before, after) = try reader.consistentRead {
            let before = try reader.reflections(profile: profile).count
            // Another window writes between the two reads.
            try writer.saveReflection(profile: profile, module: "basics", lesson: "intro", block: "think", text: "så",
                                      at: t0.addingTimeInterval(1))
            return (before, try reader.reflections(profile: profile).count)
        }
        #expect(before == 1 && after == 1, "both reads from the snapshot taken at the start")
        #expect(try reader.reflections(profile: profile).count == 2, "outside it, the new write is seen")
    }
}
