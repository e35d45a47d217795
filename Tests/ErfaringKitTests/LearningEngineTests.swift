import ErfaringKit
import Foundation
import Testing

/// The base fixture curriculum, loaded once per test.
func fixtureCurriculum() throws -> Curriculum {
    try #require(CurriculumLoader.load(files: try Fixtures.baseFiles()).curriculum)
}

@Suite("Quiz draws and grading")
struct QuizTests {
    @Test("the same seed gives the same draw; different seeds differ")
    func seeded() throws {
        let quiz = try #require(try fixtureCurriculum().quiz(for: "basics"))
        #expect(QuizDraw(quiz: quiz, seed: 7) == QuizDraw(quiz: quiz, seed: 7))
        let draws = Set((0..<20).map { QuizDraw(quiz: quiz, seed: UInt64($0)) })
        #expect(draws.count > 1)
    }

    @Test("a draw takes 'draw' distinct questions and covers every objective", arguments: 0..<25)
    func coverage(seed: Int) throws {
        let curriculum = try fixtureCurriculum()
        let quiz = try #require(curriculum.quiz(for: "basics"))
        let draw = QuizDraw(quiz: quiz, seed: UInt64(seed))
        let ids = draw.items.map(\.questionID)
        #expect(ids.count == quiz.draw)
        #expect(Set(ids).count == ids.count)
        let objectives = Set(ids.compactMap { id in quiz.questions.first { $0.id.value == id }?.objective?.value })
        #expect(objectives == ["explain", "apply"])
        for item in draw.items {
            let question = try #require(quiz.questions.first { $0.id.value == item.questionID })
            #expect(Set(item.choiceOrder) == Set(question.choices.map(\.id.value)))
            if question.kind == .trueFalse { #expect(item.choiceOrder == ["true", "false"]) }
            if question.kind == .ordering { #expect(item.choiceOrder != question.correctChoiceIDs) }
        }
    }

    @Test("grading each kind of question")
    func grading() throws {
        let quiz = try #require(try fixtureCurriculum().quiz(for: "basics"))
        func question(_ id: String) throws -> Question { try #require(quiz.questions.first { $0.id.value == id }) }
        #expect(Grader.grade(try question("pick-one"), response: ["a"]).correct)
        let wrong = Grader.grade(try question("pick-one"), response: ["b"])
        #expect(!wrong.correct)
        #expect(wrong.feedbackItems.map(\.text.en) == ["Wrong because B."])
        #expect(Grader.grade(try question("pick-two"), response: ["b", "a"]).correct)
        let partial = Grader.grade(try question("pick-two"), response: ["a", "c"])
        #expect(!partial.correct)
        #expect(partial.feedbackItems.map(\.choiceID) == ["a", "c", "b"])
        #expect(!Grader.grade(try question("pick-two"), response: ["a", "a"]).correct)
        #expect(Grader.grade(try question("is-it-so"), response: ["true"]).correct)
        #expect(!Grader.grade(try question("is-it-so"), response: ["false"]).correct)
        #expect(Grader.grade(try question("in-order"), response: ["first", "then"]).correct)
        let reversed = Grader.grade(try question("in-order"), response: ["then", "first"])
        #expect(!reversed.correct)
        #expect(reversed.feedbackItems.count == 2)
        #expect(Grader.grade(try question("case"), response: ["wait"]).correct)
        #expect(Grader.grade(try question("case"), response: ["wait"]).explanation.en == "Keep the boundary.")
    }

    @Test("the result compares with the pass mark and names lessons to revisit")
    func result() throws {
        let curriculum = try fixtureCurriculum()
        let module = try #require(curriculum.module("basics"))
        let quiz = try #require(curriculum.quiz(for: "basics"))
        let pass = QuizResult(module: module, quiz: quiz, answers: [
            ("pick-one", true), ("pick-two", true), ("is-it-so", true), ("in-order", true), ("case", false),
        ])
        #expect(pass.passed)
        #expect(pass.score == 0.8)
        #expect(pass.lessonsToRevisit == ["first"])
        let fail = QuizResult(module: module, quiz: quiz, answers: [("pick-one", false), ("pick-two", true)])
        #expect(!fail.passed)
        #expect(fail.lessonsToRevisit == ["first"])
    }

    @Test("seeded shuffles are the same on every platform")
    func generatorIsStable() {
        var a = SeededGenerator(seed: 1), b = SeededGenerator(seed: 1)
        #expect((0..<10).map { _ in a.next() } == (0..<10).map { _ in b.next() })
        var c = SeededGenerator(seed: 0)
        #expect(c.next() == 0xE220_A839_7B1D_CDAF)
    }
}

@Suite("Module states")
struct ModuleStateTests {
    @Test("prerequisites lock, reading starts, all lessons read waits for the quiz, a pass completes")
    func lifecycle() throws {
        let curriculum = try fixtureCurriculum()
        func states(_ progress: [String: ModuleProgress]) -> [String: ModuleStatus.State] {
            Dictionary(uniqueKeysWithValues: ModuleStates.compute(curriculum: curriculum, progress: progress)
                .map { ($0.moduleID, $0.state) })
        }
        #expect(states([:]) == ["basics": .notStarted, "next-steps": .locked(missing: ["basics"])])
        var basics = ModuleProgress(moduleID: "basics", lessonID: "first", blockID: "case")
        #expect(states(["basics": basics])["basics"] == .inProgress(lessonID: "first", blockID: "case"))
        basics.lessonsDone = ["first"]
        #expect(states(["basics": basics])["basics"] == .quizPending)
        basics.passedAt = Date(timeIntervalSince1970: 1000)
        #expect(states(["basics": basics]) == ["basics": .completed, "next-steps": .notStarted])
        let status = try #require(ModuleStates.compute(curriculum: curriculum, progress: ["basics": basics]).first)
        #expect(status.fraction == 1)
    }

    @Test("a required conversation holds completion until one of its current endings is reached")
    func requiredConversation() throws {
        var curriculum = try fixtureCurriculum()
        func state(_ progress: ModuleProgress) -> ModuleStatus.State? {
            ModuleStates.compute(curriculum: curriculum, progress: ["basics": progress]).first?.state
        }
        var basics = ModuleProgress(moduleID: "basics", lessonsDone: ["first"], passedAt: Date(timeIntervalSince1970: 1000))
        // Not required (as shipped): conversations do not touch completion.
        #expect(state(basics) == .completed)
        let index = try #require(curriculum.conversations["basics"]?.firstIndex { $0.id.value == "evening-hours" })
        curriculum.conversations["basics"]?[index].required = true
        #expect(state(basics) == .practicePending(conversations: ["evening-hours"]))
        let next = ModuleStates.compute(curriculum: curriculum, progress: ["basics": basics]).last?.state
        #expect(next == .locked(missing: ["basics"]), "a module waiting for practice opens nothing")
        // An ending no longer in the conversation does not count; a decision node is no ending.
        basics.conversationEndings = ["evening-hours": ["removed-ending", "ask"]]
        #expect(state(basics) == .practicePending(conversations: ["evening-hours"]))
        let ending = try #require(curriculum.conversation("evening-hours", in: "basics")?.endings.last?.id.value)
        basics.conversationEndings["evening-hours"]?.insert(ending)
        #expect(state(basics) == .completed)
        // Still reading: the lessons come first, whatever was practised.
        basics.lessonsDone = []
        #expect(state(basics) != .completed)
    }

    @Test("after a passed quiz: complete, the lessons left, or the required practice left")
    func afterPass() throws {
        var curriculum = try fixtureCurriculum()
        func after(_ progress: ModuleProgress) -> ModuleStatus.AfterPass? {
            ModuleStates.compute(curriculum: curriculum, progress: ["basics": progress]).first?.afterPass
        }
        let passed = Date(timeIntervalSince1970: 1000)
        #expect(after(ModuleProgress(moduleID: "basics", lessonsDone: ["first"], passedAt: passed)) == .complete)
        #expect(after(ModuleProgress(moduleID: "basics", lessonsDone: [], passedAt: passed)) == .lessons(1))
        let index = try #require(curriculum.conversations["basics"]?.firstIndex { $0.id.value == "evening-hours" })
        curriculum.conversations["basics"]?[index].required = true
        #expect(after(ModuleProgress(moduleID: "basics", lessonsDone: ["first"], passedAt: passed))
                == .practice(conversations: ["evening-hours"]))
    }

    @Test("lessons left after a passed quiz: counted only while the quiz is passed and lessons remain")
    func lessonsLeftAfterPassedQuiz() throws {
        let curriculum = try fixtureCurriculum()
        func left(_ progress: ModuleProgress) -> Int? {
            ModuleStates.compute(curriculum: curriculum, progress: ["basics": progress]).first?.lessonsLeftAfterPassedQuiz
        }
        let passed = Date(timeIntervalSince1970: 1000)
        #expect(left(ModuleProgress(moduleID: "basics", lessonID: "first", blockID: "case", attempts: 1, passedAt: passed)) == 1)
        #expect(left(ModuleProgress(moduleID: "basics", lessonID: "first", blockID: "case", attempts: 1)) == nil,
                "a quiz not passed leaves the reading text as it is")
        #expect(left(ModuleProgress(moduleID: "basics", lessonsDone: ["first"], attempts: 1, passedAt: passed)) == nil)
    }

    @Test("a stored position that no longer exists resumes at the start of its lesson or the first lesson not done")
    func curriculumEdits() throws {
        let curriculum = try fixtureCurriculum()
        let module = try #require(curriculum.module("basics"))
        let gone = ModuleProgress(moduleID: "basics", lessonID: "first", blockID: "removed-block")
        #expect(ModuleStates.resumePosition(module: module, progress: gone, done: [])! == ("first", "intro"))
        let goneLesson = ModuleProgress(moduleID: "basics", lessonID: "removed-lesson", blockID: "x",
                                        lessonsDone: ["removed-lesson"])
        let status = ModuleStates.compute(curriculum: curriculum, progress: ["basics": goneLesson])[0]
        #expect(status.state == .inProgress(lessonID: "first", blockID: "intro"))
        #expect(status.lessonsDone == 0)
    }
}

@Suite("Readiness advice")
struct ReadinessTests {
    @Test("low ratings suggest their modules, lowest first; high ratings are all clear")
    func advice() throws {
        let readiness = try fixtureCurriculum().course.readiness
        let low = ReadinessAdvice(readiness: readiness, ratings: ["say-no": 2])
        #expect(low.moduleOrder == ["basics"])
        #expect(low.suggestions.first?.advice.en == "Start with the basics.")
        #expect(!low.allClear)
        let high = ReadinessAdvice(readiness: readiness, ratings: ["say-no": 5])
        #expect(high.allClear)
        #expect(high.moduleOrder.isEmpty)
        #expect(!ReadinessAdvice(readiness: readiness, ratings: [:]).allClear)
    }
}
