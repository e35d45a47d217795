import ErfaringKit
import Testing

@Suite("Pass mark")
struct PassMarkTests {
    @Test("right answers needed at the boundaries, where binary fractions are not exact")
    func needed() {
        #expect(PassMark.needed(0.8, of: 5) == 4)
        #expect(PassMark.needed(0.8, of: 4) == 4)    // 3.2 rounds up
        #expect(PassMark.needed(0.7, of: 10) == 7)
        #expect(PassMark.needed(0.57, of: 100) == 57)  // 56.99999999999999 in binary
        #expect(PassMark.needed(0.7, of: 3) == 3)    // 2.0999999999999996 rounds up
        #expect(PassMark.needed(1.0, of: 6) == 6)
        #expect(PassMark.needed(0.0, of: 6) == 0)
        #expect(PassMark.needed(0.8, of: 0) == 0)
    }

    @Test("a score passes exactly at the pass mark and fails one answer below it")
    func boundaries() {
        #expect(PassMark.passes(correct: 4, of: 5, passMark: 0.8))
        #expect(!PassMark.passes(correct: 3, of: 5, passMark: 0.8))
        #expect(PassMark.passes(correct: 7, of: 10, passMark: 0.7))
        #expect(PassMark.passes(correct: 57, of: 100, passMark: 0.57))
        #expect(!PassMark.passes(correct: 56, of: 100, passMark: 0.57))
        #expect(!PassMark.passes(correct: 6, of: 10, passMark: 0.7))
        #expect(PassMark.passes(correct: 6, of: 6, passMark: 1.0))
        #expect(!PassMark.passes(correct: 5, of: 6, passMark: 1.0))
        #expect(PassMark.passes(correct: 0, of: 3, passMark: 0))
        // An empty attempt passes only a pass mark of zero.
        #expect(!PassMark.passes(correct: 0, of: 0, passMark: 0.8))
        #expect(PassMark.passes(correct: 0, of: 0, passMark: 0))
    }

    @Test("the count needed is the least that passes, and passing agrees with the score against the pass mark")
    func agreesWithScore() {
        for mark in [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1.0] {
            for total in 1...40 {
                let needed = PassMark.needed(mark, of: total)
                for correct in 0...total {
                    let passes = PassMark.passes(correct: correct, of: total, passMark: mark)
                    #expect(passes == (correct >= needed))
                    #expect(passes == (Double(correct) / Double(total) + 1e-9 >= mark), "\(correct)/\(total) at \(mark)")
                }
            }
        }
    }

    @Test("a quiz result passes by the same rule")
    func quizResult() throws {
        let curriculum = try fixtureCurriculum()
        let module = try #require(curriculum.module("basics"))
        var quiz = try #require(curriculum.quiz(for: "basics"))
        quiz.passMark = 0.75
        let ids = quiz.questions.prefix(4).map(\.id.value)
        let three = QuizResult(module: module, quiz: quiz, answers: ids.enumerated().map { ($1, $0 < 3) })
        #expect(three.passed)
        let two = QuizResult(module: module, quiz: quiz, answers: ids.enumerated().map { ($1, $0 < 2) })
        #expect(!two.passed)
    }
}
