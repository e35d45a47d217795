import ErfaringKit
import Foundation
import Testing

/// A small fixed cohort on the fixture course: each learner has a data folder of their own, a first
/// attempt of 'basics' answered by a seeded ability model, and a second attempt answered all right
/// (which the item analysis must ignore).
struct ItemCohort {
    let folder: URL
    let homes: [URL]
    let curriculum: Curriculum
    static let start = Date(timeIntervalSince1970: 1_764_000_000)

    init(learners: Int, seed: UInt64) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-items-\(UUID().uuidString)")
        curriculum = try #require(try CurriculumLoader.load(root: Binary.fixtures.appendingPathComponent("base")).curriculum)
        let module = try #require(curriculum.module("basics"))
        let quiz = try #require(curriculum.quiz(for: "basics"))
        var state = seed
        func uniform() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
        var homes: [URL] = []
        for index in 0..<learners {
            let home = folder.appendingPathComponent("learner-\(index)")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            let store = try ProgressStore(url: home.appendingPathComponent("progress.sqlite"))
            let profileID = UUID(uuidString: String(format: "6f1c2d3e-0000-4000-8000-%012d", Int(seed) * 1000 + index)) ?? UUID()
            let profile = try store.createProfile(name: "L\(index)", language: .en, id: profileID, at: Self.start).id
            let ability = uniform()
            var time = Self.start.addingTimeInterval(Double(index) * 600)
            for round in 0..<2 {
                let seed = UInt64(index * 2 + round)
                let draw = QuizDraw(quiz: quiz, seed: seed)
                let attemptID = UUID(uuidString: String(format: "a71e0000-0000-4000-8000-%012d", Int(seed) + Int(state % 1000) * 1000))
                    ?? UUID()
                let attempt = try store.startAttempt(profile: profile, module: "basics", draw: draw, seed: seed, id: attemptID, at: time)
                var given: [(questionID: String, correct: Bool)] = []
                for item in draw.items {
                    let question = try #require(quiz.questions.first { $0.id.value == item.questionID })
                    let right = round == 1 || uniform() < ability
                    let response = right ? question.correctChoiceIDs : Self.wrongResponse(question)
                    let correct = Grader.grade(question, response: response).correct
                    time.addTimeInterval(20)
                    try store.recordAnswer(profile: profile, attempt: attempt.id, module: "basics", question: QuestionID(item.questionID),
                                           response: response, correct: correct, rating: correct ? .good : .again,
                                           scheduler: .default, at: time)
                    given.append((item.questionID, correct))
                }
                time.addTimeInterval(5)
                try store.finishAttempt(profile: profile, attempt: attempt.id, module: "basics",
                                        grade: { _ in QuizResult(module: module, quiz: quiz, answers: given) }, at: time)
            }
            // A spaced-review answer, wrong: never part of an attempt, so never counted.
            try store.recordReview(profile: profile, module: "basics", question: "pick-one", rating: .again, correct: false,
                                   scheduler: .default, at: time.addingTimeInterval(86_400))
            homes.append(home)
        }
        self.homes = homes
    }

    /// A wrong answer of the question's kind: the order reversed, or the first wrong option (with
    /// the first right one, for multiple choice).
    static func wrongResponse(_ question: Question) -> [String] {
        let wrong = question.choices.first { !$0.isCorrect }?.id.value ?? ""
        switch question.kind {
        case .ordering: return question.correctChoiceIDs.reversed()
        case .multiple: return [question.correctChoiceIDs.first ?? "", wrong]
        default: return [wrong]
        }
    }

    func command(_ index: Int, _ arguments: [String], environment: [String: String] = [:]) throws -> Binary.Result {
        try InProcess.run(arguments + ["--curriculum", Binary.fixtures.appendingPathComponent("base").path],
                       environment: environment.merging(["ERFARING_HOME": homes[index].path]) { given, _ in given })
    }

    /// Every learner's JSON export, written by `erfaring export`.
    func exportFiles() throws -> [String] {
        try homes.indices.map { index in
            let file = folder.appendingPathComponent("export-\(index).json").path
            let result = try command(index, ["export", "--format", "json", "--out", file])
            #expect(result.status == 0, "\(result.stderr)")
            return file
        }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

@Suite("facilitator items")
struct ItemsCommandTests {
    @Test("golden table, CSV and HTML of a small fixed cohort; an old export without answers is named and left out")
    func goldens() throws {
        let cohort = try ItemCohort(learners: 7, seed: 7)
        defer { cohort.remove() }
        var files = try cohort.exportFiles()
        // An export from before answers were exported: the same file without them.
        let old = cohort.folder.appendingPathComponent("old.json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: files[0]))) as? [String: Any])
        object.removeValue(forKey: "quizAnswers")
        var learner = try #require(object["learner"] as? [String: Any])
        learner["id"] = "6f1c2d3e-0000-4000-8000-999999999999"
        object["learner"] = learner
        try JSONSerialization.data(withJSONObject: object).write(to: old)
        files.append(old.path)
        let table = try cohort.command(0, ["facilitator", "items", "--lang", "en"] + files)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stderr.contains("'\(old.path)': no answers in this export"), "\(table.stderr)")
        try assertGolden(table.stdout, "items-table.txt")
        let csv = try cohort.command(0, ["facilitator", "items", "--format", "csv", "--lang", "en"] + files)
        try assertGolden(csv.stdout, "items.csv")
        let semicolon = try cohort.command(0, ["facilitator", "items", "--format", "csv", "--semicolon"] + files)
        #expect(semicolon.stdout.contains(";0,43;0,90;1,00;"), "decimal commas")
        #expect(semicolon.stdout.contains(";-0,17;-0,20;"), "a negative number is not taken for a formula: \(semicolon.stdout)")
        let html = try cohort.command(0, ["facilitator", "items", "--format", "html", "--lang", "en"] + files)
        try assertGolden(html.stdout, "items.html")
        #expect(!html.stdout.contains("<script") && !html.stdout.contains("<link") && !html.stdout.contains("src="))
        #expect(html.stdout.components(separatedBy: "http").count == html.stdout.components(separatedBy: "http://www.w3.org/2000/svg").count,
                "no address but the SVG namespace")
        // Every learner's first attempt, never the second (all right): not every question is at 100 %.
        let rows = csv.stdout.split(separator: "\r\n").dropFirst()
        #expect(rows.count == 5)
        #expect(rows.contains { !$0.contains(",1.00,") }, "first attempts only")
        let answered = rows.compactMap { Int($0.split(separator: ",")[4]) }.reduce(0, +)
        #expect(answered == 7 * 4, "seven learners, four questions drawn each")
    }

    @Test("bad input: usage errors, and a file that is not an export is skipped with status 65")
    func badInput() throws {
        let cohort = try ItemCohort(learners: 1, seed: 3)
        defer { cohort.remove() }
        let neither = try cohort.command(0, ["facilitator", "items"])
        #expect(neither.status == 64)
        #expect(neither.stderr.contains("give export files or --lrs URL, not both and not neither"))
        let files = try cohort.exportFiles()
        let semicolon = try cohort.command(0, ["facilitator", "items", "--semicolon"] + files)
        #expect(semicolon.status == 64)
        let bad = cohort.folder.appendingPathComponent("bad.json")
        try Data("{\"schema\":\"erfaring-export/1\"}".utf8).write(to: bad)
        let result = try cohort.command(0, ["facilitator", "items", "--format", "csv"] + files + [bad.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("skipped: '\(bad.path)'"), "\(result.stderr)")
        #expect(result.stdout.split(separator: "\r\n").count > 1, "the analysis of the others is written")
    }
}

/// Against the real Ralph LRS that `make test` starts (see ``LRSTests``).
@Suite("facilitator items from a real Learning Record Store",
       .enabled(if: ProcessInfo.processInfo.environment["ERFARING_TEST_LRS"] != nil))
struct ItemsLRSTests {
    @Test("a cohort synced to the LRS gives the same item analysis as its export files")
    func sameAsFiles() throws {
        let env = ProcessInfo.processInfo.environment
        let lrs = env["ERFARING_TEST_LRS"] ?? ""
        // An activity base of this run's own, so the LRS holds exactly this cohort under it.
        let environment = ["ERFARING_LRS_USER": env["ERFARING_TEST_LRS_USER"] ?? "",
                           "ERFARING_LRS_PASSWORD": env["ERFARING_TEST_LRS_PASSWORD"] ?? "",
                           "ERFARING_XAPI_ACTIVITY_BASE": "https://erfaring.no/xapi-items-\(UUID().uuidString.lowercased())"]
        let cohort = try ItemCohort(learners: 6, seed: 11)
        defer { cohort.remove() }
        for index in cohort.homes.indices {
            let sync = try cohort.command(index, ["sync", "--lrs", lrs], environment: environment)
            #expect(sync.status == 0, "\(sync.stderr)")
        }
        let files = try cohort.exportFiles()
        let fromFiles = try cohort.command(0, ["facilitator", "items", "--format", "csv", "--lang", "en"] + files)
        let fromLRS = try cohort.command(0, ["facilitator", "items", "--format", "csv", "--lang", "en", "--lrs", lrs],
                                        environment: environment)
        #expect(fromFiles.status == 0 && fromLRS.status == 0, "\(fromFiles.stderr) \(fromLRS.stderr)")
        #expect(fromFiles.stdout.split(separator: "\r\n").count == 6, "a header and five questions")
        #expect(fromLRS.stdout == fromFiles.stdout)
        let table = try cohort.command(0, ["facilitator", "items", "--lang", "en", "--lrs", lrs], environment: environment)
        #expect(table.stdout.contains("6 learners, first attempts"), "\(table.stdout)")
    }
}
