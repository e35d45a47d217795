import ErfaringKit
import Foundation
import Testing

/// The item analysis recovers what a simulated cohort was generated with, and its figures follow
/// Moodle's formulas.
@Suite("Item analysis")
struct ItemAnalysisTests {
    /// A seeded generator (SplitMix64), so the cohort is the same on every run.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }
        mutating func normal() -> Double {
            (-2 * log(max(uniform(), 1e-12))).squareRoot() * cos(2 * .pi * uniform())
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    /// What an item was generated with: a two-parameter logistic model,
    /// P(right | ability θ) = 1 / (1 + e^(−a(θ − b))), and the distractor that draws 70 % of the wrong answers.
    struct TrueItem {
        var difficulty: Double
        var discrimination: Double
        var distractor: String
        func probability(_ ability: Double) -> Double { 1 / (1 + exp(-discrimination * (ability - difficulty))) }
    }

    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The shipped module with the most single-choice and scenario questions of three or more
    /// options, those questions, and their generated properties: the first very easy, the second very
    /// hard, the third with a negative discrimination, the rest ordinary.
    static func setUp() throws -> (Curriculum, Module, Quiz, [String: TrueItem]) {
        let curriculum = try #require(try CurriculumLoader.load(root: root).curriculum)
        func usable(_ question: Question) -> Bool {
            [.single, .scenario].contains(question.kind) && question.choices.count >= 3
        }
        let module = try #require(curriculum.modules.max { a, b in
            (curriculum.quiz(for: a.id.value)?.questions.count(where: usable) ?? 0)
                < (curriculum.quiz(for: b.id.value)?.questions.count(where: usable) ?? 0)
        })
        let bank = try #require(curriculum.quiz(for: module.id.value))
        // Only the usable questions are drawn, all of them in every attempt's pool.
        var quiz = bank
        quiz.questions = bank.questions.filter(usable)
        quiz.draw = min(quiz.questions.count, max(8, quiz.draw))
        try #require(quiz.questions.count >= 8)
        var random = SplitMix(state: 99)
        var items: [String: TrueItem] = [:]
        for (index, question) in quiz.questions.enumerated() {
            let wrong = question.choices.filter { !$0.isCorrect }.map(\.id.value)
            let (difficulty, discrimination): (Double, Double) = switch index {
            case 0: (-3.5, 2)
            case 1: (3.5, 2)
            case 2: (0, -1.5)
            default: (random.uniform() * 2 - 1, 1.2 + random.uniform())
            }
            items[question.id.value] = TrueItem(difficulty: difficulty, discrimination: discrimination,
                                                distractor: random.pick(wrong))
        }
        return (curriculum, module, quiz, items)
    }

    /// `count` learners' first attempts, each written as a JSON export file and read back, and the
    /// expected facility of each question over the learners who were asked it.
    static func cohort(_ count: Int, curriculum: Curriculum, module: Module, quiz: Quiz,
                       items: [String: TrueItem], folder: URL) throws -> (learners: [(id: String, attempts: [FirstAttempt])],
                                                                          expected: [String: Double]) {
        var random = SplitMix(state: 2026)
        var sums: [String: (p: Double, n: Int)] = [:]
        var learners: [(id: String, attempts: [FirstAttempt])] = []
        let start = Date(timeIntervalSince1970: 1_764_000_000)
        for index in 0..<count {
            let ability = random.normal()
            let draw = QuizDraw(quiz: quiz, seed: random.next())
            let answers = draw.items.map { drawn -> FirstAttempt.Answer in
                let question = quiz.questions.first { $0.id.value == drawn.questionID }!
                let item = items[drawn.questionID]!
                let p = item.probability(ability)
                sums[drawn.questionID, default: (0, 0)].p += p
                sums[drawn.questionID, default: (0, 0)].n += 1
                if random.uniform() < p { return .init(questionID: drawn.questionID, response: question.correctChoiceIDs, correct: true) }
                let others = question.choices.filter { !$0.isCorrect && $0.id.value != item.distractor }.map(\.id.value)
                let chosen = random.uniform() < 0.7 || others.isEmpty ? item.distractor : random.pick(others)
                return .init(questionID: drawn.questionID, response: [chosen], correct: false)
            }
            let profile = Profile(id: UUID(uuid: (0, 0, 0, 0, 0, 0, 0x40, 0, 0x80, 0, 0, 0, 0, 0, UInt8(index >> 8), UInt8(index & 255)))
                                    .uuidString.lowercased(), name: "", language: .en, createdAt: start)
            let attempt = FirstAttempt(moduleID: module.id.value, attemptID: UUID().uuidString.lowercased(),
                                       finishedAt: start.addingTimeInterval(Double(index)), answers: answers)
            let export = ProgressExport(curriculum: curriculum, profile: profile, summaries: [], assignments: [],
                                        dueReviews: 0, includeName: false, privateData: nil, firstAttempts: [attempt], at: start)
            let file = folder.appendingPathComponent("learner-\(index).json")
            try ProgressExport.encoder.encode(export).write(to: file)
            let read = try ProgressExport.read(try Data(contentsOf: file))
            learners.append((read.learner.id, try #require(read.quizAnswers).firstAttempts))
        }
        return (learners, sums.mapValues { $0.p / Double($0.n) })
    }

    @Test("a simulated cohort: facility recovered within 0.08, the extremes and the negative item flagged, the distractor named")
    func recoversSimulatedCohort() throws {
        let (curriculum, module, quiz, items) = try Self.setUp()
        let temp = try TemporaryFolder()
        let (learners, expected) = try Self.cohort(600, curriculum: curriculum, module: module, quiz: quiz, items: items,
                                                   folder: temp.url)
        let analysis = ItemAnalysis(curriculum: curriculum, learners: learners)
        #expect(analysis.learners == 600)
        #expect(analysis.items.count == quiz.questions.count)
        var lines: [String] = []
        for (index, question) in quiz.questions.enumerated() {
            let id = question.id.value
            let item = try #require(analysis.items.first { $0.questionID == id })
            let truth = try #require(items[id])
            let facility = try #require(item.facility)
            let wanted = try #require(expected[id])
            #expect(abs(facility - wanted) < 0.08, "\(id): facility \(facility), generated \(wanted)")
            #expect(item.answered == learners.count { $0.attempts[0].answers.contains { $0.questionID == id } })
            #expect(item.options.reduce(0) { $0 + $1.count } == item.answered)
            switch index {
            case 0: #expect(item.flags.contains(.tooEasy), "\(id) \(item.flags)")
            case 1: #expect(item.flags.contains(.tooHard), "\(id) \(item.flags)")
            case 2:
                #expect(item.flags.contains(.negativeDiscrimination), "\(id) \(item.flags)")
                #expect((item.discrimination ?? 0) < -0.1)
            default:
                #expect((item.discrimination ?? 0) > 0.2, "\(id): discrimination \(item.discrimination ?? .nan)")
                #expect(!item.flags.contains(.negativeDiscrimination))
            }
            if item.answered - item.correct >= 10 {
                #expect(item.distractor == truth.distractor, "\(id): named \(item.distractor ?? "none"), generated \(truth.distractor)")
            }
            lines.append(String(format: "%@ a=%.2f b=%.2f facility %.3f (generated %.3f) discrimination %.2f efficiency %.2f distractor %@ (generated %@) %@",
                                id, truth.discrimination, truth.difficulty, facility, wanted, item.discrimination ?? .nan,
                                item.efficiency ?? .nan, item.distractor ?? "–", truth.distractor,
                                item.flags.map(\.rawValue).joined(separator: ",")))
        }
        if ProcessInfo.processInfo.environment["ERFARING_PRINT_ITEMS"] == "1" { print(lines.joined(separator: "\n")) }
    }

    @Test("discrimination index and efficiency as Moodle computes them, checked by hand")
    func moodleFormulas() {
        // Marks and rest scores of five attempts. Means 0.6 and 2; cov sum (0.4·1 + 0.4·2 + 0.4·0 − 0.6·−1 − 0.6·−2) = 3.0;
        // var x sum 1.2, var y sum 10; index 3 / sqrt(12) = 0.866; sorted y (0,1,2,3,4) with x (0,0,1,1,1):
        // cov max sum = −0.6·−2 − 0.6·−1 + 0.4·0 + 0.4·1 + 0.4·2 = 3.0; efficiency 1.
        let (index, efficiency) = ItemAnalysis.discrimination(marks: [1, 1, 1, 0, 0], rest: [3, 4, 2, 1, 0])
        #expect(abs((index ?? 0) - 3 / 12.0.squareRoot()) < 1e-12)
        #expect(abs((efficiency ?? 0) - 1) < 1e-12)
        // Reversed: the same size, negative.
        let reversed = ItemAnalysis.discrimination(marks: [0, 0, 0, 1, 1], rest: [3, 4, 2, 1, 0])
        #expect(abs((reversed.index ?? 0) + 3 / 12.0.squareRoot()) < 1e-12, "\(reversed.index ?? .nan)")
        #expect(abs((reversed.efficiency ?? 0) + 1) < 1e-12)
        // No spread: no figure.
        #expect(ItemAnalysis.discrimination(marks: [1, 1, 1], rest: [0, 1, 2]).index == nil)
        #expect(ItemAnalysis.discrimination(marks: [1], rest: [2]).index == nil)
    }

    @Test("fewer than five answers: figures shown, no flag; later attempts and removed questions do not count")
    func smallSamplesAndFirstOnly() throws {
        let curriculum = try #require(CurriculumLoader.load(files: try Fixtures.baseFiles()).curriculum)
        let date = Date(timeIntervalSince1970: 0)
        func attempt(_ right: Bool) -> FirstAttempt {
            FirstAttempt(moduleID: "basics", attemptID: "x", finishedAt: date, answers: [
                .init(questionID: "pick-one", response: [right ? "a" : "b"], correct: right),
                .init(questionID: "gone", response: ["a"], correct: true),
            ])
        }
        let four = (0..<4).map { ("l\($0)", [attempt(true), attempt(false)]) }
        let analysis = ItemAnalysis(curriculum: curriculum, learners: four)
        let item = try #require(analysis.items.first)
        #expect(analysis.items.map(\.questionID) == ["pick-one"])
        #expect(item.answered == 4 && item.correct == 4 && item.facility == 1)
        #expect(item.hasFewAnswers && item.flags.isEmpty)
        let five = ItemAnalysis(curriculum: curriculum, learners: four + [("l5", [attempt(true)])])
        #expect(five.items.first?.flags == [.tooEasy])
    }

    @Test("options of multiple-choice and ordering questions, and their distractors")
    func multipleAndOrdering() throws {
        let curriculum = try #require(CurriculumLoader.load(files: try Fixtures.baseFiles()).curriculum)
        let date = Date(timeIntervalSince1970: 0)
        let responses: [([String], [String], Bool, Bool)] = [
            (["a", "b"], ["first", "then"], true, true), (["a", "c"], ["then", "first"], false, false),
            (["b", "c"], ["then", "first"], false, false), (["a"], ["first", "then"], false, true),
        ]
        let learners = responses.enumerated().map { index, entry in
            ("l\(index)", [FirstAttempt(moduleID: "basics", attemptID: "a\(index)", finishedAt: date, answers: [
                .init(questionID: "pick-two", response: entry.0, correct: entry.2),
                .init(questionID: "in-order", response: entry.1, correct: entry.3),
            ])])
        }
        let analysis = ItemAnalysis(curriculum: curriculum, learners: learners)
        let multiple = try #require(analysis.items.first { $0.questionID == "pick-two" })
        #expect(multiple.options.map(\.count) == [3, 2, 2])
        #expect(multiple.distractor == "c")
        let ordering = try #require(analysis.items.first { $0.questionID == "in-order" })
        #expect(ordering.options.map(\.count) == [2, 2])
        #expect(ordering.distractor == "first")
    }

    @Test("the quiz answers of an export are checked: control characters, lengths, counts",
          arguments: [
            (#""questionID":"q","response":["b\u001b[2J"]"#, "'quizAnswers.firstAttempts[0].answers[0]' contains control characters"),
            (#""questionID":"\#(String(repeating: "q", count: 101))","response":["b"]"#,
             "the question id ('quizAnswers.firstAttempts[0].answers[0].questionID') is 101 characters long; expected at most 100"),
            (#""questionID":"q","response":[\#((0...100).map { _ in "\"a\"" }.joined(separator: ","))]"#,
             "'quizAnswers.firstAttempts[0].answers[0].response' has 101 choice ids; expected at most 100"),
          ])
    func answersChecked(answer: String, message: String) throws {
        let text = #"""
            {"schema":"erfaring-export/1","exportedAt":"2025-11-22T10:00:00.000Z","course":{"id":"c","title":"C"},
             "learner":{"id":"6f1c2d3e-0000-4000-8000-000000000001","language":"nb"},"modules":[],"dueReviews":0,"assignments":[],
             "quizAnswers":{"version":1,"firstAttempts":[{"moduleID":"m","attemptID":"a","finishedAt":"2025-11-22T10:00:00Z",
               "answers":[{\#(answer),"correct":false}]}]}}
            """#
        do {
            _ = try ProgressExport.read(Data(text.utf8))
            Issue.record("read without a complaint")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("an export from before answers were exported reads, with no answers")
    func oldExportReads() throws {
        let old = """
            {"schema":"erfaring-export/1","exportedAt":"2025-11-22T10:00:00.000Z","course":{"id":"c","title":"C"},
             "learner":{"id":"6f1c2d3e-0000-4000-8000-000000000001","language":"nb"},"modules":[],"dueReviews":0,"assignments":[]}
            """
        let export = try ProgressExport.read(Data(old.utf8))
        #expect(export.quizAnswers == nil)
        let bad = old.replacingOccurrences(of: #""assignments":[]}"#,
                                           with: #""assignments":[],"quizAnswers":{"version":1,"firstAttempts":[{"moduleID":"m","attemptID":"a","finishedAt":"2025-11-22T10:00:00Z","answers":[{"questionID":"q","response":"b","correct":false}]}]}}"#)
        #expect(throws: ProgressExport.ReadError.self) { try ProgressExport.read(Data(bad.utf8)) }
        do {
            _ = try ProgressExport.read(Data(bad.utf8))
        } catch {
            #expect(error.description.contains("the chosen options ('quizAnswers.firstAttempts[0].answers[0].response')"),
                    "\(error.description)")
        }
    }
}
