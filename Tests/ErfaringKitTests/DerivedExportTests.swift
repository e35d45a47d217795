import ErfaringKit
import ErfaringTestSupport
import Foundation
import Testing

private let t0 = Date(timeIntervalSince1970: 1_764_000_000)

/// The export read from the derived tables equals the replay of the event log it replaces.
@Suite("Export from the derived tables")
struct DerivedExportTests {
    /// A small seeded generator, so the rich history is the same on every run.
    private struct SplitMix {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    /// A learner who reads, reflects, answers the self-assessment, takes, fails and passes quizzes,
    /// reviews, and also has activity on a module, lesson and question the course no longer has.
    private func richHistory(_ store: ProgressStore, curriculum: Curriculum, seed: UInt64) throws -> String {
        var random = SplitMix(state: seed)
        let profile = try store.createProfile(name: "Kari", language: .nb, id: UUID(), at: t0).id
        let modules = curriculum.modules.map(\.id.value) + ["gone"]
        var time = t0
        func tick() -> Date {
            time = time.addingTimeInterval(Double(random.next(3)) * 30)
            return time
        }
        for _ in 0..<250 {
            let moduleID = modules[random.next(modules.count)]
            let module = curriculum.module(moduleID)
            let lessons = (module?.lessons.map(\.id.value) ?? []) + ["old-lesson"]
            let lesson = lessons[random.next(lessons.count)]
            switch random.next(8) {
            case 0, 1:
                try store.recordPosition(profile: profile, module: ModuleID(moduleID), lesson: LessonID(lesson), block: "b", at: tick())
            case 2:
                try store.markLessonDone(profile: profile, module: ModuleID(moduleID), lesson: LessonID(lesson), at: tick())
            case 3:
                try store.saveReflection(profile: profile, module: ModuleID(moduleID), lesson: LessonID(lesson), block: "r", text: "tanker", at: tick())
                try store.saveReadiness(profile: profile, ratings: ["a": random.next(5) + 1], at: tick())
            case 4, 5:
                guard let module, let quiz = curriculum.quiz(for: moduleID) else { continue }
                let seed = UInt64(random.next(1000))
                let draw = QuizDraw(quiz: quiz, seed: seed)
                let attempt = try store.startAttempt(profile: profile, module: ModuleID(moduleID), draw: draw, seed: seed, id: UUID(), at: tick())
                let answered = random.next(4) == 0 ? draw.items.prefix(1) : draw.items.prefix(draw.items.count)
                for item in answered {
                    let correct = random.next(3) > 0
                    try store.recordAnswer(profile: profile, attempt: attempt.id, module: ModuleID(moduleID), question: QuestionID(item.questionID),
                                           response: ["x"], correct: correct, rating: correct ? .good : .again,
                                           scheduler: .default, at: tick())
                }
                // Some attempts are left open, as after Ctrl-C.
                guard random.next(5) > 0 else { continue }
                try store.finishAttempt(profile: profile, attempt: attempt.id, module: ModuleID(moduleID), grade: { stored in
                    QuizResult(module: module, quiz: quiz,
                               answers: draw.items.compactMap { item in stored[item.questionID].map { (item.questionID, $0) } })
                }, at: tick())
            case 7:
                try playConversation(store, profile: profile, curriculum: curriculum, module: moduleID,
                                     draw: { random.next($0) }, tick: tick)
            default:
                let questions = (curriculum.quiz(for: moduleID)?.questions.map(\.id.value) ?? []) + ["old-question"]
                try store.recordReview(profile: profile, module: ModuleID(moduleID), question: QuestionID(questions[random.next(questions.count)]),
                                       rating: .good, correct: true, scheduler: .default, at: tick())
            }
        }
        // Private activity last: it must not count as the latest activity.
        try store.saveReflection(profile: profile, module: ModuleID(modules[0]), lesson: "x", block: "r", text: "sist", at: tick().addingTimeInterval(3600))
        return profile
    }

    /// Plays a conversation of the module (or one the course no longer has) from its start,
    /// picking options at random, to an ending or left half-way.
    private func playConversation(_ store: ProgressStore, profile: String, curriculum: Curriculum, module moduleID: String,
                                  draw: (Int) -> Int, tick: () -> Date) throws {
        let conversations = curriculum.conversations(for: moduleID)
        guard draw(4) > 0, let conversation = conversations.isEmpty ? nil : conversations[draw(conversations.count)],
              var node = conversation.startNode else {
            // A conversation the course no longer has: started and ended without a known node.
            try store.startConversation(profile: profile, module: ModuleID(moduleID), conversation: "old-talk", at: "a", date: tick())
            try store.recordConversationChoice(profile: profile, module: ModuleID(moduleID), conversation: "old-talk", node: "a",
                                               option: "o", next: "old-end", ending: .skill, date: tick())
            return
        }
        let id = ConversationID(conversation.id.value)
        try store.startConversation(profile: profile, module: ModuleID(moduleID), conversation: id, at: node.id.value, date: tick())
        for _ in 0..<12 where !node.options.isEmpty && draw(8) > 0 {
            let option = node.options[draw(node.options.count)]
            guard let next = conversation.node(option.next.value) else { return }
            try store.recordConversationChoice(profile: profile, module: ModuleID(moduleID), conversation: id,
                                               node: node.id.value, option: option.id.value, next: next.id.value,
                                               ending: next.endingKind, date: tick())
            node = next
        }
    }

    @Test("summaries from the derived tables equal the replay of every event", arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func sameAsReplay(seed: UInt64) throws {
        let curriculum = try fixtureCurriculum()
        let store = try ProgressStore.inMemory()
        let profileID = try richHistory(store, curriculum: curriculum, seed: seed)
        let replayed = ProgressReplay.summaries(curriculum: curriculum, events: try store.events(profile: profileID))
        let derived = try store.moduleSummaries(profile: profileID, curriculum: curriculum)
        #expect(derived == replayed)
        #expect(replayed.contains { $0.completedAt != nil } || replayed.contains { $0.attempts > 0 })
        // Conversation endings were reached, and one the course no longer has is left out.
        let events = try store.events(profile: profileID)
        #expect(replayed.contains { !$0.conversations.isEmpty })
        #expect(events.contains { $0.payload.conversationID == "old-talk" && $0.kind == .conversationEnded })
        #expect(!replayed.flatMap(\.conversations).contains { $0.conversationID == "old-talk" })
        // The report read back from the xAPI statements, in any order, has the same endings.
        let learners = StatementsProgress.learners(
            XAPIExporter(curriculum: curriculum).statements(profile: try #require(try store.profile(id: profileID)),
                                                            events: events).reversed(),
            curriculum: curriculum, activityBase: "https://erfaring.no/xapi")
        #expect(learners.first?.modules.map(\.conversations) == replayed.map(\.conversations))

        // The JSON export is byte for byte the same.
        let profile = try #require(try store.profile(id: profileID))
        let snapshot = try store.snapshot(profile: profileID, at: t0)
        let fromEvents = ProgressExport(curriculum: curriculum, profile: profile, events: try store.events(profile: profileID),
                                        assignments: snapshot.assignments, dueReviews: 3, includeName: true, privateData: nil, at: t0)
        let firstAttempts = try store.firstAttempts(profile: profileID, curriculum: curriculum)
        #expect(firstAttempts == FirstAttempt.replay(curriculum: curriculum, events: try store.events(profile: profileID)))
        #expect(firstAttempts.contains { !$0.answers.isEmpty })
        let fromTables = ProgressExport(curriculum: curriculum, profile: profile, summaries: derived,
                                        assignments: snapshot.assignments, dueReviews: 3, includeName: true, privateData: nil,
                                        firstAttempts: firstAttempts, at: t0)
        #expect(fromTables.quizAnswers?.firstAttempts == firstAttempts)
        // The same first attempts from the xAPI statements, as an LRS would give them back (in any order).
        let statements = XAPIExporter(curriculum: curriculum).statements(profile: profile, events: try store.events(profile: profileID))
        let fromStatements = StatementsAnswers.firstAttempts(statements.reversed(), curriculum: curriculum,
                                                             activityBase: "https://erfaring.no/xapi")
        #expect(fromStatements.map(\.id) == [profileID])
        // Answers given in the same instant come back in either order; nothing else may differ.
        func sorted(_ attempts: [FirstAttempt]) -> [FirstAttempt] {
            attempts.map { attempt in
                var attempt = attempt
                attempt.answers.sort { $0.questionID < $1.questionID }
                return attempt
            }
        }
        #expect(sorted(fromStatements.first?.attempts ?? []) == sorted(firstAttempts))
        #expect(try ProgressExport.encoder.encode(fromTables) == ProgressExport.encoder.encode(fromEvents))
    }

    @Test("a database from before the lesson_viewed table gets it filled from its events")
    func migrationFillsFromEvents() throws {
        let temp = try TemporaryFolder()
        let url = temp.url.appendingPathComponent("progress.sqlite")
        let curriculum = try fixtureCurriculum()
        let profileID = try richHistory(try ProgressStore(url: url), curriculum: curriculum, seed: 7)
        // As an earlier version left it: no table, no migration record.
        try StoreTestFiles.sqlite(url, "DROP TABLE lesson_viewed; DELETE FROM grdb_migrations WHERE identifier = 'v3-lesson-viewed';")
        let store = try ProgressStore(url: url)
        let replayed = ProgressReplay.summaries(curriculum: curriculum, events: try store.events(profile: profileID))
        #expect(try store.moduleSummaries(profile: profileID, curriculum: curriculum) == replayed)
        #expect(replayed.contains { $0.lastActivityAt != nil })
    }
}
