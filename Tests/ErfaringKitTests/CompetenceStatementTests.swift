import ErfaringKit
import Foundation
import Testing

@Suite("Competence statement: study time and objectives shown")
struct CompetenceStatementTests {
    private func event(_ seconds: Double, _ kind: LearningEvent.Kind = .blockViewed, module: String? = "basics",
                       item: String? = nil, payload: LearningEvent.Payload = .init()) -> LearningEvent {
        LearningEvent(id: Int64(seconds), profileID: "p", occurredAt: Date(timeIntervalSince1970: 1_750_000_000 + seconds),
                      kind: kind, moduleID: module, itemID: item, payload: payload)
    }

    private func curriculum() throws -> Curriculum {
        try #require(CurriculumLoader.load(files: try Fixtures.baseFiles()).curriculum)
    }

    @Test("study time adds the gaps between events up to the bound, in time order, and nothing after the last")
    func studyTime() {
        let times: [Double] = [0, 60, 120, 2000, 2100, 2100 + 600, 2100 + 600 + 601]
        let events = times.map { event($0) }
        // 60 + 60 + (1880 left out) + 100 + 600 (exactly the bound) + (601 left out)
        #expect(StudyTime.activeSeconds(events) == 820)
        #expect(StudyTime.activeSeconds(events.reversed()) == 820, "order of the log does not matter")
        #expect(StudyTime.activeSeconds(events, bound: 2000) == 3301, "60 + 60 + 1880 + 100 + 600 + 601")
        #expect(StudyTime.activeSeconds([event(5)]) == 0)
        #expect(StudyTime.activeSeconds([]) == 0)
        #expect(StudyTime.defaultBound == 600)
    }

    @Test("an objective is shown by right quiz answers once the module's quiz is passed")
    func objectivesShown() throws {
        let curriculum = try curriculum()
        let right = LearningEvent.Payload(attemptID: "a1", correct: true)
        let wrong = LearningEvent.Payload(attemptID: "a1", correct: false)
        var events = [
            event(10, .questionAnswered, item: "pick-one", payload: right),
            event(20, .questionAnswered, item: "is-it-so", payload: wrong),
            event(25, .questionAnswered, item: "pick-two", payload: .init(correct: true)),  // inline check: no attempt
            event(30, .questionAnswered, item: "gone-question", payload: right),
        ]
        #expect(ObjectiveEvidence.shown(curriculum: curriculum, events: events).isEmpty, "no passed quiz yet")
        events.append(event(40, .quizFinished, payload: .init(attemptID: "a1", score: 0.5, passed: false)))
        #expect(ObjectiveEvidence.shown(curriculum: curriculum, events: events).isEmpty, "a failed quiz shows nothing")
        events += [
            event(100, .questionAnswered, item: "pick-one", payload: .init(attemptID: "a2", correct: true)),
            event(110, .questionAnswered, item: "pick-two", payload: .init(attemptID: "a2", correct: true)),
            event(120, .quizFinished, payload: .init(attemptID: "a2", score: 0.8, passed: true)),
        ]
        let shown = ObjectiveEvidence.shown(curriculum: curriculum, events: events)
        #expect(shown.map(\.objectiveID) == ["explain"], "'apply' was only answered wrong")
        #expect(shown.first?.passedQuestions == 2, "pick-one twice counts once; the inline check not at all")
        #expect(shown.first?.firstAt == Date(timeIntervalSince1970: 1_750_000_010))
        #expect(shown.first?.latestAt == Date(timeIntervalSince1970: 1_750_000_110))
    }

    @Test("the statement follows the learner's choices: modules, scores, time")
    func choices() throws {
        let curriculum = try curriculum()
        let events = [
            event(0, .lessonCompleted, item: "first", payload: .init(lessonID: "first")),
            event(100, .questionAnswered, item: "pick-one", payload: .init(attemptID: "a", correct: true)),
            event(200, .quizFinished, payload: .init(attemptID: "a", score: 0.75, passed: true)),
            event(300, .blockViewed, module: "next-steps", item: "body"),
        ]
        let date = Date(timeIntervalSince1970: 1_750_001_000)
        let full = CompetenceStatement(curriculum: curriculum, events: events, name: "Kari", version: "9.9", date: date,
                                       assignment: nil)
        #expect(full.completed.count == 1 && full.completed.first?.attempts == 1)
        #expect(full.studySeconds == 300)
        #expect(full.areas.flatMap(\.competences).map(\.can.en) == ["can explain the basic idea"])
        let html = HTMLPages.competenceStatement(full, language: .en)
        #expect(html.contains("75\u{A0}%") && html.contains("5 min") && html.contains("Can explain the basic idea"))
        let bare = CompetenceStatement(curriculum: curriculum, events: events, name: "Kari", version: "9.9", date: date,
                                       assignment: nil, options: .init(scores: false, time: false))
        let page = HTMLPages.competenceStatement(bare, language: .en)
        #expect(bare.studySeconds == nil)
        #expect(!page.contains("\u{A0}%") && !page.contains("Time spent") && !page.contains("quiz question"))
        #expect(page.contains("Can explain the basic idea"), "the competences stay without scores")
        let other = CompetenceStatement(curriculum: curriculum, events: events, name: "Kari", version: "9.9", date: date,
                                        assignment: nil, options: .init(modules: ["next-steps"]))
        #expect(other.completed.isEmpty && other.areas.isEmpty && other.moduleCount == 1)
        #expect(other.studySeconds == 0, "only the chosen module's events are timed")
    }
}
